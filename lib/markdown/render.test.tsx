import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render";

const html = (md: string) => renderToStaticMarkup(<>{renderMarkdown(md)}</>);

describe("renderMarkdown", () => {
  it("drops raw HTML, scripts and event handlers", () => {
    const out = html('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n<a href="#" onclick="x()">a</a>\n\n本文');
    expect(out).not.toMatch(/<script|onerror|onclick|<img/i);
    expect(out).toContain("本文");
  });

  it.each([
    "<iframe src=\"https://example.com\"></iframe>",
    "<svg onload=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "[x](JaVaScRiPt:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](javascript:alert(1))",
    "[x][ref]\n\n[ref]: javascript:alert(1)",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<style>body{display:none}</style>",
    "<form action=\"https://evil.example\"><button>送信</button></form>",
    "<object data=\"x.swf\"></object>",
  ])("renders %j inert", (md) => {
    const out = html(md);
    expect(out).not.toMatch(/<(script|iframe|svg|details|style|form|object|button)\b/i);
    expect(out).not.toMatch(/\son\w+=|javascript:|data:text/i);
  });

  it("neutralises javascript: links", () => {
    const out = html("[押す](javascript:alert(1))");
    expect(out).not.toMatch(/javascript:/i);
  });

  it("marks external links and keeps them from reaching back to the page", () => {
    const out = html("[発明協会](https://www.aomori-ipc.jp/)");
    expect(out).toContain('rel="noopener noreferrer"');
    expect(out).toContain("（外部サイト）");
  });

  it("labels table cells with their column header for the card layout", () => {
    const out = html("| 業種 | 従業員 |\n| --- | --- |\n| 製造業等 | 500人以下 |");
    expect(out).toContain('class="stack-table"');
    expect(out).toContain('data-label="従業員"');
  });
});

describe("renderMarkdown: what the cases above do not cover", () => {
  it.each([
    ["a vbscript: URL", "[x](vbscript:msgbox(1))", /vbscript:/i],
    ["an entity-encoded javascript: URL", "[x](JaVaScRiPt&#58;alert(1))", /javascript/i],
    ["a link title that tries to break out of its attribute", '[x](https://example.jp "a\\" onmouseover=\\"alert(1)")', /\sonmouseover=["']/i],
  ])("renders %s harmlessly", (_, md, forbidden) => {
    expect(html(md)).not.toMatch(forbidden);
  });

  it("marks bare and angle-bracket URLs as external too", () => {
    for (const md of ["<https://www.pref.aomori.lg.jp/>", "https://www.pref.aomori.lg.jp/ を参照"]) {
      const out = html(md);
      expect(out, md).toContain('rel="noopener noreferrer"');
      expect(out, md).toContain("（外部サイト）");
    }
  });

  it("leaves links within the site unmarked", () => {
    const out = html("[制度の一覧](/programs)");
    expect(out).toContain('href="/programs"');
    expect(out).not.toContain("外部サイト");
  });
});

describe("renderMarkdown keeps a link only where validation would", () => {
  const href = (md: string) => /<a [^>]*href="([^"]*)"/.exec(html(md))?.[1];

  it.each([
    ["tel:0177349243", "a phone number the sanitiser would strip to a dead link"],
    ["mailto:info@example.jp?bcc=all@example.jp", "a mail link that adds recipients"],
    ["mailto:info@example.jp%0ABcc:all@example.jp", "a mail link with a header in it"],
    ["//evil.example/", "a protocol-relative address"],
    ["https://www.pref.aomori.lg.jp@evil.example/", "an address hiding its host behind a user name"],
    ["#top", "a fragment no heading carries"],
  ])("drops the href of %s (%s) and keeps the text", (url) => {
    const out = html(`[押す](<${url}>)`);
    expect(href(`[押す](<${url}>)`)).toBeUndefined();
    expect(out).toContain("押す");
  });

  it.each(["https://www.pref.aomori.lg.jp/", "/programs/yorozu", "mailto:info@example.jp"])("keeps %s", (url) => {
    expect(href(`[押す](${url})`)).toBe(url);
  });

  it("turns a backslash path, which browsers would read as another site, into a path of this site", () => {
    expect(href("[押す](/\\evil.example/)")).toBe("/%5Cevil.example/");
  });

  it("shows no image, external or local", () => {
    for (const md of ["![地図](https://example.com/map.png)", "![地図](/map.png)", "![地図][m]\n\n[m]: /map.png"]) expect(html(md), md).not.toMatch(/<img/i);
  });

  it("shows character references as the characters they stand for, never as markup", () => {
    const out = html("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(out).not.toMatch(/<script/i);
    expect(out).toContain("&lt;script&gt;");
  });
});
