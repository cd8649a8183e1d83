import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ISSUES_URL } from "@/lib/site/config";
import { ReportLink } from ".";

describe("ReportLink", () => {
  const target = {
    programTitle: "ＦＢ相談会",
    pageUrl: "https://shien-navi.example.jp/programs/food-business-consultation",
    contact: "総合支援課",
    numbers: ["017-777-4066"],
    updated: "2026-11-04",
  };
  const html = renderToStaticMarkup(<ReportLink {...target} />);

  it("links 「番号が違う?」 to a new issue, naming the contact in the accessible name", () => {
    const href = /href="([^"]+)"/.exec(html)![1].replace(/&amp;/g, "&");
    expect(href.startsWith(`${ISSUES_URL}?`)).toBe(true);
    expect(new URL(href).searchParams.get("body")).toContain("017-777-4066");
    expect(html).toMatch(/>番号が違う\?<\/a>/);
    expect(html).toContain('aria-label="番号が違う? 総合支援課の番号の誤りを報告する（GitHub、外部サイト）"');
  });

  it("says nothing about confirmation when content records none", () => {
    expect(html).not.toContain("確認");
    expect(html).not.toContain("<time");
  });

  it("shows the confirmation, and only that, when the contact has one", () => {
    const confirmed = renderToStaticMarkup(<ReportLink {...target} confirmed={{ date: "2026-12-01", method: "電話で確認" }} />);
    expect(confirmed).toContain('最終確認: <time dateTime="2026-12-01">2026年12月1日</time>（電話で確認）');
  });
});
