import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Button, buttonClass } from ".";

describe("Button", () => {
  it("is a plain button (never a form submit by accident) of at least 44 px", () => {
    const html = renderToStaticMarkup(<Button variant="outline">さらに表示する</Button>);
    expect(html).toMatch(/^<button type="button" class="[^"]*\bmin-h-11\b[^"]*\bborder-brand\b[^"]*">さらに表示する<\/button>$/);
  });

  it("submits a form only when asked to, and passes its handlers and extra classes through", () => {
    const html = renderToStaticMarkup(
      <Button variant="primary" type="submit" size="large" className="shrink-0" aria-describedby="x">
        検索
      </Button>,
    );
    expect(html).toContain('type="submit"');
    expect(html).toContain('aria-describedby="x"');
    expect(html).toMatch(/class="[^"]*\bmin-h-12\b[^"]*\bbg-brand\b[^"]*\bshrink-0"/);
  });

  it("gives the two variants different looks", () => {
    expect(buttonClass("primary")).toContain("text-white");
    expect(buttonClass("outline")).not.toContain("text-white");
  });
});
