import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReportLink } from ".";

describe("ReportLink", () => {
  const target = {
    programTitle: "ＦＢ相談会",
    pageUrl: "/programs/food-business-consultation",
    contact: "総合支援課",
    numbers: ["017-777-4066"],
    updated: "2026-11-04",
  };
  const both = { email: "navi@pref.test", issues: "https://github.com/owner/repo/issues/new" };
  const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&"));

  it("offers a pre-filled e-mail, which needs no account, beside the GitHub issue, each naming the contact", () => {
    const html = renderToStaticMarkup(<ReportLink {...target} channels={both} />);
    const [mail, issue] = hrefs(html);
    expect(mail.startsWith("mailto:navi@pref.test?subject=")).toBe(true);
    const body = decodeURIComponent(/[?&]body=([^&]*)/.exec(mail)![1]);
    for (const s of [target.programTitle, target.pageUrl, target.contact, "017-777-4066"]) expect(body).toContain(s);
    expect(issue.startsWith(`${both.issues}?`)).toBe(true);
    expect(new URL(issue).searchParams.get("body")).toContain("017-777-4066");
    expect(html).toContain("番号が違う?");
    expect(html).toContain('aria-label="メールで知らせる: 総合支援課の番号の誤り（メールソフトが開きます）"');
    expect(html).toContain('aria-label="GitHub で知らせる: 総合支援課の番号の誤り（GitHub、外部サイト）"');
  });

  it("offers only what is configured", () => {
    expect(hrefs(renderToStaticMarkup(<ReportLink {...target} channels={{ email: both.email }} />)).map((h) => h.slice(0, 7))).toEqual(["mailto:"]);
    expect(hrefs(renderToStaticMarkup(<ReportLink {...target} channels={{ issues: both.issues }} />)).map((h) => h.slice(0, 8))).toEqual(["https://"]);
  });

  it("shows nothing at all when nowhere is configured: no dead or invented link", () => {
    expect(renderToStaticMarkup(<ReportLink {...target} channels={{}} />)).toBe("");
  });
});
