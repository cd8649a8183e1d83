import { confirmedText } from "@/lib/content/confirmed";
import { formatJapaneseDate } from "@/lib/content/schedule";
import { ISSUES_URL } from "./config";

/**
 * A pre-filled "new issue" link for reporting a wrong number. Everything the
 * maintainers need to find the entry is filled in; the visitor only adds the
 * right number and where they saw it. Each field is capped so that the URL
 * stays well under the length browsers and GitHub accept (about 8,000).
 */
export type ReportTarget = {
  programTitle: string;
  /** The absolute URL of the page the number is on. */
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

export const MAX_REPORT_URL_LENGTH = 6000;
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

export function reportBody(t: ReportTarget): string {
  const numbers = t.numbers.slice(0, MAX_NUMBERS).map((n) => truncate(n, 40));
  if (t.numbers.length > MAX_NUMBERS) numbers.push(`ほか${t.numbers.length - MAX_NUMBERS}件`);
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
    "### 正しい番号",
    "（ここに正しい番号を書いてください）",
    "",
    "### 正しい番号を確かめた出典",
    "（例: 窓口のウェブページの URL、広報誌の号、電話で確かめた日付）",
    "",
    "※ この報告は公開されます。ご自身の電話番号やメールアドレスなどは書かないでください。",
  ].join("\n");
}

export function reportIssueUrl(t: ReportTarget, base: string = ISSUES_URL): string {
  const query = `title=${encodeURIComponent(reportTitle(t))}&body=${encodeURIComponent(reportBody(t))}`;
  const url = `${base}${base.includes("?") ? "&" : "?"}${query}`;
  // Unreachable with the caps above unless ISSUES_URL itself is huge; a link that fails to open is worse than a short one.
  return url.length <= MAX_REPORT_URL_LENGTH ? url : `${base}${base.includes("?") ? "&" : "?"}title=${encodeURIComponent(reportTitle(t))}`;
}
