import { parsePhoneNumberWithError } from "libphonenumber-js/max";

/**
 * Phone numbers are stored exactly as a Japanese reader writes them
 * (市外局番-市内局番-加入者番号). We check them with libphonenumber's full
 * metadata rather than a hand regex, because the only thing worse than no
 * number on this site is a number that looks right and rings nobody.
 */
export type PhoneCheck = { ok: true; digits: string } | { ok: false; reason: string; hasSuggestion?: boolean };

const FULLWIDTH_OR_DASH = /[０-９－ー―‐−–—]/;

/** 市外局番-市内局番-加入者番号 in half-width digits: the shape before libphonenumber checks the number. */
export const WRITTEN_PHONE = /^0\d{1,4}-\d{1,4}-\d{3,4}$/;

export function checkJapanesePhone(input: string): PhoneCheck {
  if (FULLWIDTH_OR_DASH.test(input)) {
    return {
      ok: false,
      reason: "全角の数字や記号が含まれています。半角の数字と半角のハイフン（-）で書いてください",
    };
  }
  if (!WRITTEN_PHONE.test(input)) {
    return {
      ok: false,
      reason: "番号の形式ではありません。市外局番から半角数字とハイフンで書いてください",
    };
  }
  let national: string;
  try {
    const parsed = parsePhoneNumberWithError(input, "JP");
    if (!parsed.isValid()) {
      return { ok: false, reason: "日本で使われていない番号です。桁数と市外局番を確かめてください" };
    }
    national = parsed.formatNational();
  } catch {
    return { ok: false, reason: "電話番号として読み取れません。桁数を確かめてください" };
  }
  if (national !== input) {
    return {
      ok: false,
      reason: `ハイフンの位置が正しくありません（正しくは ${national}）`,
      hasSuggestion: true,
    };
  }
  return { ok: true, digits: input.replace(/\D/g, "") };
}

export function phoneDigits(number: string): string {
  return number.replace(/\D/g, "");
}
