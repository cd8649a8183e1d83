import { describe, expect, it } from "vitest";
import { callNumbers, faxNumber } from "@/lib/content/model";
import { programs } from "../../tests/support/content";
import { phoneVisibleText } from "@/lib/phone/format";
import { MAX_MAILTO_LENGTH, MAX_REPORT_URL_LENGTH, reportedDesk, reportIssueUrl as issueUrl, reportMailtoUrl, truncate, type ReportTarget } from "./report";
import { programUrl } from "./paths";

const target: ReportTarget = {
  programTitle: "創業・起業支援に関する相談（創業支援拠点）",
  pageUrl: "https://navi.test/programs/startup-centers",
  contact: "黒石市商工課",
  numbers: ["0172-52-2111（内線641）", "FAX 017-734-8107"],
  updated: "2026-11-24",
};

const params = (url: string) => new URL(url).searchParams;
/** A desk's numbers as its row on the page shows them: each call number, then the fax. */
const shownNumbers = (d: (typeof programs)[number]["desks"][number]) => [...callNumbers(d).map(phoneVisibleText), ...(faxNumber(d) ? [`FAX ${faxNumber(d)!.number}`] : [])];
/** A repository the tests configure; the site's own comes from ISSUES_URL (lib/site/config.ts). */
const ISSUES = "https://github.com/owner/repo/issues/new";
const reportIssueUrl = (t: ReportTarget, base = ISSUES) => issueUrl(t, base)!;

describe("reportIssueUrl", () => {
  it("is no link at all when no issue tracker is configured", () => {
    expect(issueUrl(target, undefined)).toBeUndefined();
  });

  it("opens a new issue in the configured repository with title and body filled in", () => {
    const url = reportIssueUrl(target);
    expect(url.startsWith(`${ISSUES}?`)).toBe(true);
    const title = params(url).get("title")!;
    const body = params(url).get("body")!;
    expect(title).toContain("黒石市商工課");
    expect(title).toContain(target.programTitle);
    for (const s of [target.programTitle, target.pageUrl, target.contact, ...target.numbers, "2026年11月24日", "正しい番号", "出典"]) {
      expect(body).toContain(s);
    }
  });

  it("states a confirmation only when the contact has one", () => {
    expect(params(reportIssueUrl(target)).get("body")).not.toContain("最終確認");
    const confirmed = params(reportIssueUrl({ ...target, confirmed: { date: "2026-12-01", method: "電話で確認" } })).get("body")!;
    expect(confirmed).toContain("番号の最終確認: 2026年12月1日（電話で確認）");
  });

  it("encodes what would break a URL", () => {
    const url = reportIssueUrl({ ...target, contact: "A&B #1 + 50%?" });
    expect(url).not.toMatch(/[ #]/);
    expect(params(url).get("title")).toContain("A&B #1 + 50%?");
    expect(params(url).get("body")).toContain("A&B #1 + 50%?");
  });

  it("adds to a base that already has a query", () => {
    const url = reportIssueUrl(target, "https://github.com/owner/repo/issues/new?template=phone.md");
    expect(params(url).get("template")).toBe("phone.md");
    expect(params(url).get("title")).toContain("黒石市商工課");
  });

  it("stays short however long the fields are", () => {
    const huge = "長".repeat(5000);
    const url = reportIssueUrl({ programTitle: huge, pageUrl: `https://e.jp/${"a".repeat(5000)}`, contact: huge, numbers: Array(50).fill(huge), updated: "2026-11-24" });
    expect(url.length).toBeLessThanOrEqual(MAX_REPORT_URL_LENGTH);
    expect(params(url).get("title")).toBeTruthy();
  });

  it("keeps the whole body for every desk on the site", () => {
    for (const p of programs) {
      for (const d of p.desks) {
        const url = reportIssueUrl({ programTitle: p.title, pageUrl: programUrl(p.slug), updated: p.updated, ...reportedDesk(d) });
        expect(url.length).toBeLessThanOrEqual(MAX_REPORT_URL_LENGTH);
        expect(params(url).get("body")).toContain(shownNumbers(d).join("、"));
      }
    }
  });
});

describe("reportMailtoUrl", () => {
  const body = (url: string) => decodeURIComponent(/[?&]body=([^&]*)/.exec(url)?.[1] ?? "");

  it("is no link at all when no address is configured", () => {
    expect(reportMailtoUrl(target, undefined)).toBeUndefined();
  });

  it("writes to the configured address with the desk, the numbers as shown and the page filled in, lines as CRLF", () => {
    const url = reportMailtoUrl(target, "navi@pref.test")!;
    expect(url.startsWith("mailto:navi@pref.test?subject=")).toBe(true);
    expect(decodeURIComponent(/subject=([^&]*)/.exec(url)![1])).toContain("黒石市商工課");
    for (const s of [target.programTitle, target.pageUrl, target.contact, ...target.numbers]) expect(body(url)).toContain(s);
    expect(url).toContain("%0D%0A");
    expect(url).not.toMatch(/[ #\n]/);
    expect(body(url)).not.toContain("公開されます");
  });

  it("stays short enough for mail programs for every desk on the site, keeping the lines that find the entry", () => {
    for (const p of programs) {
      for (const d of p.desks) {
        const url = reportMailtoUrl({ programTitle: p.title, pageUrl: `https://navi.test${programUrl(p.slug)}`, updated: p.updated, ...reportedDesk(d) }, "navi@pref.test")!;
        expect(url.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
        expect(body(url)).toContain(shownNumbers(d).join("、"));
        expect(body(url)).toContain(d.name);
      }
    }
  });
});

describe("truncate", () => {
  it("cuts by character, never inside one", () => {
    expect(truncate("🍎🍎🍎", 2)).toBe("🍎…");
    expect(truncate("あいう", 3)).toBe("あいう");
  });
});
