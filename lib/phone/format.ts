/** A number as content writes it: the number, and the extension the operator is asked for. */
export type WrittenPhone = { number: string; extension?: string };

/**
 * How a number is written on the site, its open data and its calendar files:
 * 内線 stays in the text because in Japan an extension is asked for from the
 * operator, not dialled.
 */
export function phoneVisibleText(phone: WrittenPhone): string {
  return phone.extension ? `${phone.number}（内線${phone.extension}）` : phone.number;
}

/** What a screen reader announces for a call link: exactly what is on screen, then whom the call reaches. */
export function phoneCallName(phone: WrittenPhone, whom: string): string {
  return `${phoneVisibleText(phone)} ${whom}に電話をかける`;
}
