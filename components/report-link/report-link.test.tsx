import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ISSUES_URL } from "@/lib/site/config";
import { ReportLink } from ".";

describe("ReportLink", () => {
  const html = renderToStaticMarkup(
    <ReportLink
      programTitle="ＦＢ相談会"
      pageUrl="https://shien-navi.example.jp/programs/food-business-consultation"
      contact="総合支援課"
      numbers={["017-777-4066"]}
      lastChecked="2026-11-04"
    />,
  );

  it("links 「番号が違う?」 to a new issue, naming the contact in the accessible name", () => {
    const href = /href="([^"]+)"/.exec(html)![1].replace(/&amp;/g, "&");
    expect(href.startsWith(`${ISSUES_URL}?`)).toBe(true);
    expect(new URL(href).searchParams.get("body")).toContain("017-777-4066");
    expect(html).toMatch(/>番号が違う\?<\/a>/);
    expect(html).toContain('aria-label="番号が違う? 総合支援課の番号の誤りを報告する（GitHub、外部サイト）"');
  });

  it("shows the day the entry was last checked", () => {
    expect(html).toContain('最終確認日: <time dateTime="2026-11-04">2026年11月4日</time>');
  });
});
