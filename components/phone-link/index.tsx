import type { Phone } from "@/lib/content/schema";
import { phoneDigits } from "@/lib/content/phone";

export function phoneVisibleText(phone: Pick<Phone, "number" | "extension">): string {
  return phone.extension ? `${phone.number}（内線${phone.extension}）` : phone.number;
}

/**
 * One tap to call. The href carries the digits only: extensions in Japan are
 * asked for by the operator, not dialled, so the 内線 stays in the text and in
 * the accessible name, which begins with exactly what is on screen.
 */
export function PhoneLink({ phone, whom }: { phone: Phone; whom: string }) {
  const visible = phoneVisibleText(phone);
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2">
      <a
        href={`tel:${phoneDigits(phone.number)}`}
        aria-label={`${visible} ${whom}に電話をかける`}
        className="inline-flex min-h-11 items-center gap-1 rounded-md py-1.5 font-bold whitespace-nowrap tabular-nums"
      >
        <span aria-hidden="true" className="text-sm no-underline">
          TEL
        </span>
        <span>{phone.number}</span>
        {phone.extension ? <span>（内線{phone.extension}）</span> : null}
      </a>
      {phone.note ? <span className="text-sm text-ink-muted">（{phone.note}）</span> : null}
    </span>
  );
}

export function FaxNumber({ number }: { number: string }) {
  return (
    <span className="whitespace-nowrap tabular-nums">
      <span className="text-sm">FAX</span> {number}
    </span>
  );
}
