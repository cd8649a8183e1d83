/**
 * 全国地方公共団体コード: five digits (two for the prefecture, three for the
 * municipality) and a check digit. The check digit is the remainder rule of
 * the code's own definition: weight the five digits 6, 5, 4, 3, 2, take the
 * sum modulo 11, and the check digit is the last digit of 11 minus that
 * remainder (a remainder of 0 gives 1, of 1 gives 0).
 */
/** Aomori's codes begin with its prefecture number. */
export const AOMORI_CODE_PREFIX = "02";

export function checkDigit(fiveDigits: string): number {
  const sum = [...fiveDigits].reduce((total, d, i) => total + Number(d) * (6 - i), 0);
  return (11 - (sum % 11)) % 10;
}

export type CodeProblem = "format" | "prefecture" | "checkDigit";

/** What is wrong with a written code, or undefined when it is a well-formed Aomori code. */
export function localGovernmentCodeProblem(code: string): CodeProblem | undefined {
  if (!/^\d{6}$/.test(code)) return "format";
  if (!code.startsWith(AOMORI_CODE_PREFIX)) return "prefecture";
  if (checkDigit(code.slice(0, 5)) !== Number(code[5])) return "checkDigit";
  return undefined;
}
