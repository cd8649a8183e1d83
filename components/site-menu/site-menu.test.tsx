// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { SiteMenu } from ".";

const items = [
  { href: "/needs", label: "困りごとから探す" },
  { href: "/phone-book", label: "電話帳" },
];

afterEach(cleanup);

const button = () => screen.getByRole("button", { name: "メニュー" });
const panel = () => document.getElementById(button().getAttribute("aria-controls")!)!;
const isOpen = () => !panel().classList.contains("hidden");

describe("SiteMenu", () => {
  it("without JavaScript is a <details> that opens the same links, with no button that would do nothing", () => {
    const html = renderToStaticMarkup(<SiteMenu items={items} />);
    expect(html).toMatch(/^<details[^>]*><summary[^>]*>.*メニュー<\/summary><nav aria-label="メインメニュー"/);
    expect(html).not.toContain("<button");
    for (const i of items) expect(html).toContain(`href="${i.href}"`);
  });

  it("in the browser is a disclosure button: closed at first, it says what it controls and whether it is open", () => {
    render(<SiteMenu items={items} />);
    expect(button().getAttribute("aria-expanded")).toBe("false");
    expect(panel().tagName).toBe("NAV");
    expect(panel().getAttribute("aria-label")).toBe("メインメニュー");
    expect(isOpen()).toBe(false);
    fireEvent.click(button());
    expect(button().getAttribute("aria-expanded")).toBe("true");
    expect(isOpen()).toBe(true);
    expect(screen.getByRole("link", { name: "電話帳" }).getAttribute("href")).toBe("/phone-book");
    fireEvent.click(button());
    expect(button().getAttribute("aria-expanded")).toBe("false");
  });

  it("closes on Escape, from a link inside it, and gives focus back to the button", () => {
    render(<SiteMenu items={items} />);
    fireEvent.click(button());
    const link = screen.getByRole("link", { name: "困りごとから探す" });
    link.focus();
    act(() => {
      fireEvent.keyDown(link, { key: "Escape" });
    });
    expect(button().getAttribute("aria-expanded")).toBe("false");
    expect(isOpen()).toBe(false);
    expect(document.activeElement).toBe(button());
  });

  it("closes when the visitor taps outside it or follows one of its links", () => {
    render(
      <>
        <SiteMenu items={items} />
        <p>本文</p>
      </>,
    );
    fireEvent.click(button());
    act(() => {
      fireEvent.pointerDown(screen.getByText("本文"));
    });
    expect(isOpen()).toBe(false);
    fireEvent.click(button());
    fireEvent.click(screen.getByRole("link", { name: "電話帳" }));
    expect(isOpen()).toBe(false);
  });
});
