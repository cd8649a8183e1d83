import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SummaryList } from ".";

describe("SummaryList", () => {
  it("renders a description list in the given order", () => {
    const html = renderToStaticMarkup(
      <SummaryList
        rows={[
          { key: "対象者", value: "県内中小企業者等" },
          { key: "費用", value: "原則無料" },
        ]}
      />,
    );
    expect(html.indexOf("<dt")).toBeGreaterThanOrEqual(0);
    expect(html.indexOf("対象者")).toBeLessThan(html.indexOf("費用"));
  });

  it("renders nothing without rows", () => {
    expect(renderToStaticMarkup(<SummaryList rows={[]} />)).toBe("");
  });
});
