import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Breadcrumbs } from ".";

describe("Breadcrumbs", () => {
  it("links the trail and marks the current page without a link", () => {
    const html = renderToStaticMarkup(<Breadcrumbs trail={[{ href: "/", label: "ホーム" }]} current="制度の一覧" />);
    expect(html).toContain('aria-label="パンくずリスト"');
    expect(html).toContain('href="/"');
    expect(html).toMatch(/<li aria-current="page"[^>]*>制度の一覧<\/li>/);
  });
});
