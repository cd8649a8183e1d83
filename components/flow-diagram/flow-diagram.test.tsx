import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FlowDiagram } from ".";

describe("FlowDiagram", () => {
  it("renders steps as text in order with decorative arrows hidden", () => {
    const html = renderToStaticMarkup(
      <FlowDiagram
        stages={[
          { boxes: [{ title: "中小企業者" }] },
          { relation: "連携", boxes: [{ title: "初期対応", items: ["課題の把握"] }, { title: "各種機関との連携", items: ["金融機関"] }] },
        ]}
      />,
    );
    expect(html.indexOf("中小企業者")).toBeLessThan(html.indexOf("初期対応"));
    expect(html).toContain("連携");
    expect(html).toContain('<div aria-hidden="true"');
    expect(html).toContain("ステップ2: ");
  });

  it("links an item that names a page of the site", () => {
    const html = renderToStaticMarkup(
      <FlowDiagram stages={[{ boxes: [{ title: "窓口相談", items: ["商工会", { text: "よろず支援拠点", link: "/programs/yorozu" }] }] }, { boxes: [{ title: "初期対応" }] }]} />,
    );
    expect(html).toMatch(/<li><a [^>]*href="\/programs\/yorozu"[^>]*>よろず支援拠点<\/a><\/li>/);
    expect(html).toContain("<li>商工会</li>");
  });
});
