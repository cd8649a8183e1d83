import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ShareButton } from ".";

describe("ShareButton", () => {
  it("renders nothing on the server, so a visitor without JavaScript never sees a button that does nothing", () => {
    expect(renderToStaticMarkup(<ShareButton url="https://shien-navi.example.jp/programs/yorozu" title="よろず" />)).toBe("");
  });
});
