import type { Phone } from "@/lib/content/schema";

/**
 * How a number is written on the site, its open data and its calendar files:
 * 内線 stays in the text because in Japan an extension is asked for from the
 * operator, not dialled.
 */
export function phoneVisibleText(phone: Pick<Phone, "number" | "extension">): string {
  return phone.extension ? `${phone.number}（内線${phone.extension}）` : phone.number;
}

/** What a screen reader announces for a call link: exactly what is on screen, then whom the call reaches. */
export function phoneCallName(phone: Pick<Phone, "number" | "extension">, whom: string): string {
  return `${phoneVisibleText(phone)} ${whom}に電話をかける`;
}
