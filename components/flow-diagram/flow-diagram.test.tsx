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
});
