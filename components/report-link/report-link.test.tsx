import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";

/**
 * 「番号が違う?」 as a build draws it under each configuration: the settings
 * are read from the environment by lib/site/config.ts when the modules load,
 * so each case loads them afresh with its own environment.
 */
const target = {
  programTitle: "ＦＢ相談会",
  pageUrl: "/programs/food-business-consultation",
  contact: "総合支援課",
  numbers: ["017-777-4066"],
  updated: "2026-11-04",
};
const EMAIL = "navi@pref.test";
const ISSUES = "https://github.com/owner/repo/issues/new";

async function renderedWith(env: { CORRECTIONS_EMAIL?: string; ISSUES_URL?: string }): Promise<string> {
  vi.stubEnv("CORRECTIONS_EMAIL", env.CORRECTIONS_EMAIL ?? "");
  vi.stubEnv("ISSUES_URL", env.ISSUES_URL ?? "");
  vi.resetModules();
  const { ReportLink } = await import(".");
  return renderToStaticMarkup(<ReportLink {...target} />);
}
const links = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]+)"[^>]*aria-label="([^"]+)"/g)].map((m) => ({ href: m[1].replace(/&amp;/g, "&"), label: m[2] }));
const mailBody = (href: string) => decodeURIComponent(/[?&]body=([^&]*)/.exec(href)![1]);

afterEach(() => {
  vi.unstubAllEnvs();
  // the modules loaded with this test's settings must not reach the test files that share this worker
  vi.resetModules();
});

describe("ReportLink under each configuration", () => {
  it("shows nothing at all when neither a mailbox nor an issue tracker is configured: no dead or invented link", async () => {
    expect(await renderedWith({})).toBe("");
  });

  it("with CORRECTIONS_EMAIL only: a pre-filled e-mail, which needs no account, naming the desk and its numbers", async () => {
    const html = await renderedWith({ CORRECTIONS_EMAIL: EMAIL });
    expect(html).toContain("番号が違う?");
    const [mail, ...rest] = links(html);
    expect(rest).toEqual([]);
    expect(mail.href.startsWith(`mailto:${EMAIL}?subject=`)).toBe(true);
    expect(mail.label).toBe("メールで知らせる: 総合支援課の番号の誤り（メールソフトが開きます）");
    for (const s of [target.programTitle, target.pageUrl, target.contact, ...target.numbers]) expect(mailBody(mail.href)).toContain(s);
  });

  it("with ISSUES_URL only: a pre-filled issue in that repository", async () => {
    const html = await renderedWith({ ISSUES_URL: ISSUES });
    expect(html).toContain("番号が違う?");
    const [issue, ...rest] = links(html);
    expect(rest).toEqual([]);
    expect(issue.href.startsWith(`${ISSUES}?`)).toBe(true);
    expect(issue.label).toBe("GitHub で知らせる: 総合支援課の番号の誤り（GitHub、外部サイト）");
    expect(new URL(issue.href).searchParams.get("body")).toContain("017-777-4066");
  });

  it("with both: the e-mail first, then the issue", async () => {
    const html = await renderedWith({ CORRECTIONS_EMAIL: EMAIL, ISSUES_URL: ISSUES });
    expect(links(html).map((l) => l.href.slice(0, l.href.indexOf("?")))).toEqual([`mailto:${EMAIL}`, ISSUES]);
  });
});
