import { confirmedText } from "@/lib/content/confirmed";
import type { Desk } from "@/lib/content/model";
import { formatJapaneseDate } from "@/lib/content/schedule";
import { phoneVisibleText } from "@/lib/phone/format";
import { CORRECTIONS_EMAIL, ISSUES_URL } from "./config";

/**
 * Pre-filled reports of a wrong number, by e-mail (anyone can send one) and
 * as a GitHub issue, to whichever of the two the build is configured with
 * (lib/site/config.ts); with neither, there is no link. Everything the
 * maintainers need to find the entry is filled in; the visitor only adds the
 * right number and where they saw it. Each field is capped so that the link
 * stays well under what browsers, mail programs and GitHub accept.
 */
export type ReportTarget = {
  programTitle: string;
  /** The page the number is on: its full URL when the origin is configured, else its path. */
  pageUrl: string;
  /** Whose number it is, as the page names the desk. */
  contact: string;
  /** The numbers exactly as shown, e.g. 「0172-52-2111（内線641）」「FAX 017-734-8107」. */
  numbers: string[];
  /** The day the page's content was last updated, YYYY-MM-DD. */
  updated: string;
  /** Only when the contact's numbers were confirmed (content's `confirmed`); never inferred. */
  confirmed?: { date: string; method: string };
};

/** What a report says of the desk: its name, its numbers as its row shows them, and its confirmation. */
export function reportedDesk(d: Pick<Desk, "name" | "phones" | "confirmed">): Pick<ReportTarget, "contact" | "numbers" | "confirmed"> {
  return { contact: d.name, numbers: d.phones.map((n) => (n.type === "fax" ? `FAX ${n.number}` : phoneVisibleText(n))), confirmed: d.confirmed };
}

/** Where reports can go; each is undefined when not configured. */
export type ReportChannels = { email?: string; issues?: string };
export const CONFIGURED_CHANNELS: ReportChannels = { email: CORRECTIONS_EMAIL, issues: ISSUES_URL };

export const MAX_REPORT_URL_LENGTH = 6000;
/** Some mail programs cut a mailto: link far sooner than browsers do. */
export const MAX_MAILTO_LENGTH = 2000;
const MAX_FIELD = 100;
const MAX_NUMBERS = 10;

/** Cuts by code point, so a kanji or emoji is never split. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

export function reportTitle(t: ReportTarget): string {
  return `電話番号の誤り: ${truncate(t.contact, 40)}（${truncate(t.programTitle, 60)}）`;
}

/** The facts as shown, then what the visitor is asked to add; an issue is public, an e-mail is not. */
export function reportBody(t: ReportTarget, channel: "issue" | "mail" = "issue"): string {
  const numbers = t.numbers.slice(0, MAX_NUMBERS).map((n) => truncate(n, 40));
  if (t.numbers.length > MAX_NUMBERS) numbers.push(`ほか${t.numbers.length - MAX_NUMBERS}件`);
  const ask =
    channel === "issue"
      ? ["### 正しい番号", "（ここに正しい番号を書いてください）", "", "### 正しい番号を確かめた出典", "（例: 窓口のウェブページの URL、広報誌の号、電話で確かめた日付）", "", "※ この報告は公開されます。ご自身の電話番号やメールアドレスなどは書かないでください。"]
      : ["正しい番号と、それを確かめた出典（窓口のウェブページ、広報誌など）:", ""];
  return [
    "掲載している電話番号が違うようです。",
    "",
    `- 制度: ${truncate(t.programTitle, MAX_FIELD)}`,
    `- ページ: ${truncate(t.pageUrl, 300)}`,
    `- 窓口: ${truncate(t.contact, MAX_FIELD)}`,
    `- 掲載している番号: ${numbers.join("、")}`,
    `- このページの更新日: ${formatJapaneseDate(t.updated)}`,
    ...(t.confirmed ? [`- 番号の最終確認: ${confirmedText(t.confirmed)}`] : []),
    "",
    ...ask,
  ].join("\n");
}

/** `base`: the "new issue" page (CONFIGURED_CHANNELS.issues); undefined, none configured, and so no link. */
export function reportIssueUrl(t: ReportTarget, base: string | undefined): string | undefined {
  if (!base) return undefined;
  const joiner = base.includes("?") ? "&" : "?";
  const url = `${base}${joiner}title=${encodeURIComponent(reportTitle(t))}&body=${encodeURIComponent(reportBody(t, "issue"))}`;
  // Unreachable with the caps above unless ISSUES_URL itself is huge; a link that fails to open is worse than a short one.
  return url.length <= MAX_REPORT_URL_LENGTH ? url : `${base}${joiner}title=${encodeURIComponent(reportTitle(t))}`;
}

/** RFC 6068: percent-encoded, line breaks as CRLF; no account, no site of ours in between. */
export function reportMailtoUrl(t: ReportTarget, address: string | undefined): string | undefined {
  if (!address) return undefined;
  const encode = (s: string) => encodeURIComponent(s).replace(/%0A/g, "%0D%0A");
  const link = (body?: string) => `mailto:${address}?subject=${encode(reportTitle(t))}${body === undefined ? "" : `&body=${encode(body)}`}`;
  // Encoded Japanese is nine characters a letter: when the whole body is too long, the lines that find the entry are kept.
  const full = reportBody(t, "mail");
  const essential = full.split("\n").filter((l) => /^- (制度|ページ|窓口|掲載している番号):/.test(l)).join("\n");
  return [link(full), link(essential)].find((u) => u.length <= MAX_MAILTO_LENGTH) ?? link();
}
