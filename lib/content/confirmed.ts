import { formatJapaneseDate } from "./schedule";
import type { NumberEntry } from "./numbers";
import { phoneDigits } from "../phone/number";
import { CONFIRMATION_METHODS, CONFIRMATION_RECORD } from "./confirmation-methods";

/**
 * A number that is not in the guidebook's text (docs/source/) has been typed by
 * someone; it may be published only with a record of who confirmed it how
 * and when (`confirmed` on its contact or office). Validation refuses the
 * others and `npm run audit:phones` reports them, from this one rule.
 */
/** The rule in the words both validation and the form editor's hint use (lib/cms/config.ts). */
export const CONFIRMATION_RULE = "ガイドブックにない番号は、確かめた記録がないと載せられません";

export function unconfirmedNumbers<N extends NumberEntry>(numbers: N[], sourceDigits: ReadonlySet<string>): N[] {
  return numbers.filter((n) => !sourceDigits.has(phoneDigits(n.number)) && !n.confirmed);
}

/**
 * What is wrong, in the words validation and the form editor both use.
 * `edition`: the guidebook the numbers were compared with (「令和5年度版」, from the file's own source).
 */
export function notInSourceMessage(n: Pick<NumberEntry, "kind" | "number">, edition?: string): string {
  return `${n.kind === "FAX" ? "FAX番号" : "電話番号"} ${n.number} は${edition ?? ""}ガイドブックにない番号です。${CONFIRMATION_RULE}。`;
}

/** The refusal, for a file (with the lines to add) and for the form at /admin (with the record's place): one rule, two ways of putting it right. */
export function needsConfirmationMessage(n: NumberEntry, edition?: string): { message: string; formMessage: string } {
  const holder = n.holder[0] === "contacts" ? "この窓口（contacts）" : "この事務所・会場（offices）";
  return {
    message: [
      notInSourceMessage(n, edition),
      `番号を確かめてから、${holder}の項目に次のように confirmed を書き足してください（method は ${CONFIRMATION_METHODS.join("・")} のどれか、date は確かめた日）:`,
      "      confirmed:",
      "        date: 2026-12-01",
      "        method: 電話で確認",
      "        note: 代表番号から担当課につないでもらい確認",
    ].join("\n"),
    formMessage: `${notInSourceMessage(n, edition)}番号を確かめてから、「${n.where}」の「${CONFIRMATION_RECORD}」に、確かめた日と確かめた方法を入力してください。`,
  };
}

/** A confirmation as the content diff and the phone audit list it: 「確認済み 2026年12月1日（電話で確認）」 and its note. */
export function confirmedRecord(c: { date: string; method: string; note?: string }): string {
  return `確認済み ${confirmedText(c)}${c.note ? `「${c.note}」` : ""}`;
}

/** 「2026年12月1日（電話で確認）」: the only way a page may say a number was confirmed. */
export function confirmedText(c: { date: string; method: string }): string {
  return `${formatJapaneseDate(c.date)}（${c.method}）`;
}
