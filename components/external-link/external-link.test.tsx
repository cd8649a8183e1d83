import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ExternalLink } from ".";

describe("ExternalLink", () => {
  it("keeps the other site away from this window and says in its text that it leaves the site", () => {
    const html = renderToStaticMarkup(<ExternalLink href="https://www.digital.go.jp/">デジタル庁</ExternalLink>);
    expect(html).toBe('<a href="https://www.digital.go.jp/" rel="noopener noreferrer">デジタル庁<span class="external-mark">（外部サイト）</span></a>');
  });

  it("puts the mark, with the site's name, into an accessible name that starts with the visible text", () => {
    const html = renderToStaticMarkup(
      <ExternalLink href="https://github.com/x/y/issues/new" name="番号が違う? 総合支援課の番号の誤りを報告する" via="GitHub">
        番号が違う?
      </ExternalLink>,
    );
    expect(html).toContain('aria-label="番号が違う? 総合支援課の番号の誤りを報告する（GitHub、外部サイト）"');
    expect(html).toMatch(/>番号が違う\?<\/a>$/);
    expect(html).toContain('rel="noopener noreferrer"');
  });
});
