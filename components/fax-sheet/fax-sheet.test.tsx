// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FaxSheet } from ".";

const source = { document: "中小企業支援ガイドブック", fiscalYear: 2023 };
const sheet = (extra: Partial<Parameters<typeof FaxSheet>[0]> = {}) =>
  render(<FaxSheet to="青森県事業承継・引継ぎ支援センター" fax="017-735-5777" programTitle="事業承継に関する相談をしたいとき" source={source} {...extra} />);

afterEach(cleanup);

describe("FaxSheet", () => {
  it("is addressed at the top: one heading, then the desk, its FAX number and the program", () => {
    const { container } = sheet();
    expect(screen.getAllByRole("heading").map((h) => h.textContent)).toEqual(["FAX送付状"]);
    const to = container.querySelector("dl")!;
    expect([...to.querySelectorAll("dt")].map((d) => d.textContent)).toEqual(["あて先", "FAX番号", "相談したい制度"]);
    expect([...to.querySelectorAll("dd")].map((d) => d.textContent)).toEqual(["青森県事業承継・引継ぎ支援センター", "017-735-5777", "事業承継に関する相談をしたいとき"]);
  });

  it("lists the boxes to fill in by hand, each named, as blank space rather than form fields", () => {
    const { container } = sheet();
    const boxes = screen.getByRole("list", { name: "手で書き込む欄" });
    expect(within(boxes).getAllByRole("listitem").map((li) => li.querySelector(".fax-sheet__label")!.textContent)).toEqual([
      "事業者名",
      "担当者",
      "返信先（FAX またはメール）",
      "相談したいこと",
    ]);
    expect(container.querySelectorAll("input, textarea, select")).toHaveLength(0);
  });

  it("says where the number comes from, and prints the program page's address only when the build knows it", () => {
    expect(sheet().container.textContent).toContain("出典: 中小企業支援ガイドブック 令和5年度版");
    cleanup();
    expect(sheet().container.textContent).not.toContain("https://");
    cleanup();
    const confirmed = sheet({ confirmed: { date: "2026-12-01", method: "電話で確認" }, programUrl: "https://navi.example.jp/programs/business-succession" }).container.textContent;
    expect(confirmed).toContain("最終確認: 2026年12月1日（電話で確認）");
    expect(confirmed).toContain("（https://navi.example.jp/programs/business-succession）");
  });

  it("says how to print it without JavaScript, and offers a print button only once in a browser that can print", () => {
    const server = renderToStaticMarkup(<FaxSheet to="窓口" fax="017-735-5777" programTitle="制度" source={source} />);
    expect(server).toContain("ブラウザーのメニューの「印刷」から印刷できます");
    expect(server).not.toContain("<button");
    const print = vi.fn();
    vi.stubGlobal("print", print);
    sheet();
    fireEvent.click(screen.getByRole("button", { name: "この送付状を印刷する" }));
    expect(print).toHaveBeenCalledOnce();
    vi.unstubAllGlobals();
  });
});
