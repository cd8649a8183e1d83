import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { freshnessOf, freshnessText, type Review } from "@/lib/content/reviews";
import { programs } from "../../tests/support/content";
import { Freshness } from ".";

const source = { document: "中小企業支援ガイドブック", fiscalYear: 2023 };
const review = (edition: number, date: string): Review => ({ edition, date, method: "電話", department: "商工労働部 商工政策課" });
/** What a reader hears and sees: the element's text. */
const text = (html: string) => html.replace(/<[^>]+>/g, "");

describe("Freshness", () => {
  it("says a review of the current edition with its day as a machine-readable date", () => {
    const f = freshnessOf({ reviews: [review(2026, "2026-05-12")], source }, 2026);
    const html = renderToStaticMarkup(<Freshness freshness={f} />);
    expect(text(html)).toBe("令和8年度に確認（2026年5月12日、担当課に電話で確認）");
    expect(text(html)).toBe(freshnessText(f));
    expect(html).toContain('<time dateTime="2026-05-12">2026年5月12日</time>');
    expect(html).toContain('data-freshness="reviewed"');
  });

  it("says an earlier edition's review and that this year's is still to come", () => {
    const f = freshnessOf({ reviews: [review(2025, "2025-06-02")], source }, 2026);
    expect(text(renderToStaticMarkup(<Freshness freshness={f} />))).toBe(freshnessText(f));
  });

  it("for every real program, says exactly the sentence its records allow, and no date without a review", () => {
    for (const p of programs) {
      const html = renderToStaticMarkup(<Freshness freshness={p.freshness} />);
      expect(text(html), p.slug).toBe(freshnessText(p.freshness));
      if (!p.review) expect(html, p.slug).not.toMatch(/<time|\d+年\d+月\d+日/);
    }
  });

  it("hides its icon from screen readers", () => {
    const html = renderToStaticMarkup(<Freshness freshness={freshnessOf({ source }, 2026)} />);
    expect(html).toMatch(/<svg aria-hidden="true"/);
  });
});
