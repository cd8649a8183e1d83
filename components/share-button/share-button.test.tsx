import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ShareButton } from ".";

describe("ShareButton", () => {
  const html = () => renderToStaticMarkup(<ShareButton url="/programs/yorozu" title="よろず" />);

  it("renders no button on the server, so a visitor without JavaScript never sees a button that does nothing", () => {
    expect(html()).not.toContain("<button");
  });

  it("reserves the button's height on the server, so the page does not shift when it appears", () => {
    expect(html()).toMatch(/^<div class="[^"]*\bmin-h-11\b/);
  });

  it("has its status region in place before anything is announced", () => {
    expect(html()).toContain('role="status"');
  });
});
