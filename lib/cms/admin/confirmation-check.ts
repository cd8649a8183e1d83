import { notInSourceMessage, unconfirmedNumbers } from "../../content/confirmed";
import { numbersOf } from "../../content/numbers";
import { withoutEmpty } from "./front-matter-format";

/**
 * Before the form saves: each phone or fax number the build would refuse for
 * want of a confirmation record (lib/content/confirmed.ts, the same rule and
 * the same words), with where in the form the record goes. Empty answers are
 * dropped first, as the file will be written without them.
 */
export function missingConfirmations(data: unknown, sourceDigits: ReadonlySet<string>, recordLabel: string): string[] {
  return unconfirmedNumbers(numbersOf(withoutEmpty(data)), sourceDigits).map(
    (n) => `${notInSourceMessage(n)}番号を確かめてから、${n.where}の「${recordLabel}」に確かめた日と方法を入力してください。`,
  );
}
