// @vitest-environment happy-dom
import { cleanup, render } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { SearchHit } from "@/lib/search/engine";
import { MUNICIPALITY_KEY } from "@/components/local-context";
import { searchDesk } from "@/lib/search/desk";
import { realDocs } from "../../tests/support/search-docs";
import { parseQuery } from "@/lib/search/query";

/** The general desk as content names it. */
const desk = searchDesk();
import { foundNothing, NoResults, RelatedHits, SearchHitList, searchStatus } from ".";

const hit: SearchHit = {
  id: 0,
  slug: "energy-saving",
  title: [
    { text: "<script>alert(1)</script>", hit: true },
    { text: "の相談", hit: false },
  ],
  need: "省エネで光熱費を下げたい",
  snippet: [{ text: "…本文の一部…", hit: false }],
  phones: [{ number: "017-734-9243", whom: "地球温暖化対策グループ", tier: 2 }],
};

describe("SearchHitList", () => {
  it("marks matches as text, never as markup", () => {
    const html = renderToStaticMarkup(<SearchHitList hits={[hit]} />);
    expect(html).toContain("<mark");
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain("<script>");
  });

  it("links the program and offers its number as a call", () => {
    const html = renderToStaticMarkup(<SearchHitList hits={[hit]} headingLevel={2} />);
    expect(html).toContain('href="/programs/energy-saving"');
    expect(html).toMatch(/<h2[^>]*>/);
    expect(html).toContain('href="tel:0177349243"');
    expect(html).toContain("省エネで光熱費を下げたい");
  });

  it("writes whom each number calls beside it, as its accessible name says", () => {
    const html = renderToStaticMarkup(<SearchHitList hits={[hit]} />);
    expect(html).toMatch(/<li><span[^>]*>地球温暖化対策グループ<\/span>.*aria-label="017-734-9243 地球温暖化対策グループに電話をかける"/);
  });
});

describe("a result's other ways in", () => {
  it("shows each desk's FAX, with its sheet, once beside the first of its numbers shown", () => {
    const two: SearchHit = {
      ...hit,
      phones: [
        { number: "017-734-9243", whom: "A", tier: 2, fax: "017-734-8065" },
        { number: "017-734-9244", whom: "A", tier: 2, fax: "017-734-8065" },
        { number: "0178-27-3323", whom: "B", tier: 3 },
      ],
    };
    const html = renderToStaticMarkup(<SearchHitList hits={[two]} />);
    expect(html.match(/data-fax="017-734-8065"/g)).toHaveLength(1);
    expect(html).toContain('href="/programs/energy-saving/fax/0177348065"');
    expect(html.match(/>FAX送付状<\/a>/g)).toHaveLength(1);
  });
});

describe("RelatedHits", () => {
  it("shows related programs under their own heading, as the same cards with the number to call", () => {
    const page = renderToStaticMarkup(<RelatedHits id="r" hits={[hit]} page />);
    expect(page).toMatch(/<section aria-labelledby="r"[^>]*><h2 id="r"[^>]*>関連する制度<\/h2>/);
    expect(page).toMatch(/<h3[^>]*>/);
    expect(page).toContain('href="tel:0177349243"');
    const preview = renderToStaticMarkup(<RelatedHits id="r" hits={[hit]} />);
    expect(preview).not.toMatch(/<h[23]/);
    expect(preview).toContain("関連する制度");
  });

  it("shows nothing when there are none", () => {
    expect(renderToStaticMarkup(<RelatedHits id="r" hits={[]} page />)).toBe("");
  });
});

describe("NoResults", () => {
  it("points to the needs, the consultation flow and the general desk with its number", () => {
    const html = renderToStaticMarkup(
      <NoResults desk={desk} />,
    );
    expect(html).toContain('href="/needs"');
    expect(html).toContain('href="/flow"');
    // the general desk as a result card of its own: its title, what it does, and its number
    expect(html).toContain(`href="/programs/${desk.slug}"`);
    expect(html).toContain(desk.title);
    expect(html).toContain(desk.summary);
    expect(html).toContain(`href="tel:${desk.phone.number.replace(/\D/g, "")}"`);
    // and beside it, the desk's FAX where content has one
    if (desk.channels.fax) expect(html).toContain(`data-fax="${desk.channels.fax}"`);
  });
});

describe("searchStatus", () => {
  it("says what was searched and how many were found, or that nothing was", () => {
    const query = parseQuery("香港");
    expect(searchStatus({ query, hits: [hit], total: 1, totalIsExact: true, related: [] }, false, false)).toBe("「香港」に一致する制度: 1件");
    expect(searchStatus({ query, hits: [], total: 0, totalIsExact: true, related: [] }, false, false)).toContain("見つかりませんでした");
    expect(searchStatus({ query, hits: [hit], total: 120, totalIsExact: false, related: [] }, false, false)).toContain("約120件");
    expect(searchStatus({ query: parseQuery("県"), hits: [], total: 0, totalIsExact: true, related: [] }, false, false)).toContain("2文字以上");
  });

  it("counts the related programs apart from the exact ones, and says when only related ones were found", () => {
    const query = parseQuery("ガス代が高い");
    expect(searchStatus({ query, hits: [], total: 0, totalIsExact: true, related: [hit] }, false, false)).toBe(
      "「ガス代が高い」をそのまま含む制度はありませんでした。関連する制度: 1件",
    );
    expect(searchStatus({ query, hits: [hit], total: 1, totalIsExact: true, related: [hit, hit] }, false, false)).toBe(
      "「ガス代が高い」に一致する制度: 1件、関連する制度: 2件",
    );
  });

  it("offers the desk only when neither exact nor related programs were found", () => {
    const query = parseQuery("ガス代が高い");
    expect(foundNothing({ query, hits: [], total: 0, totalIsExact: true, related: [hit] })).toBe(false);
    expect(foundNothing({ query, hits: [], total: 0, totalIsExact: true, related: [] })).toBe(true);
    expect(foundNothing({ query: parseQuery("県"), hits: [], total: 0, totalIsExact: true, related: [] })).toBe(false);
    expect(foundNothing(undefined)).toBe(false);
  });
});

describe("a result card with a remembered municipality", () => {
  // the real index document of a program with local offices, so its table is the one the build makes
  const doc = realDocs().find((d) => d.local)!;
  const [municipality, k] = Object.entries(doc.local!.byMunicipality)[0];
  const office = doc.local!.desks[k];
  const card: SearchHit = { ...hit, slug: doc.slug, phones: doc.phones.slice(0, 1), local: doc.local };

  it("shows the main desk without a choice", () => {
    const html = renderToStaticMarkup(<SearchHitList hits={[card]} />);
    expect(html).not.toContain("近くの窓口");
    expect(html).toContain(`href="tel:${doc.phones[0].number.replace(/\D/g, "")}"`);
  });

  it("shows the office near it above the main desk", () => {
    localStorage.setItem(MUNICIPALITY_KEY, municipality);
    try {
      render(<SearchHitList hits={[card]} />);
      const links = [...document.querySelectorAll("a[href^='tel:']")].map((a) => a.getAttribute("href"));
      expect(links).toEqual([`tel:${office.phone.number.replace(/\D/g, "")}`, `tel:${doc.phones[0].number.replace(/\D/g, "")}`]);
      expect(document.body.textContent).toContain(`近くの窓口（${office.municipality}）`);
    } finally {
      cleanup();
      localStorage.clear();
    }
  });
});
