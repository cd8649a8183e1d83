import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { InternalLink } from ".";

describe("InternalLink", () => {
  it("renders an ordinary anchor with its href, text and attributes", () => {
    const html = renderToStaticMarkup(
      <InternalLink href="/programs/yorozu" className="font-bold" aria-current="page">
        よろず支援拠点
      </InternalLink>,
    );
    expect(html).toBe('<a class="font-bold" aria-current="page" href="/programs/yorozu">よろず支援拠点</a>');
  });
});
