import type { PhoneNumber } from "@/lib/content/model";
import { phoneDigits } from "@/lib/phone/number";
import { phoneCallName, phoneVisibleText } from "@/lib/phone/format";

/**
 * One tap to call. The href carries the digits only: extensions in Japan are
 * asked for by the operator, not dialled, so the 内線 stays in the text and in
 * the accessible name, which begins with exactly what is on screen.
 */
export function PhoneLink({ phone, prefix = true }: { phone: Pick<PhoneNumber, "number" | "extension" | "note" | "whom">; prefix?: boolean }) {
  const visible = phoneVisibleText(phone);
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2">
      <a
        href={`tel:${phoneDigits(phone.number)}`}
        aria-label={phoneCallName(phone, phone.whom)}
        className="inline-flex min-h-11 items-center gap-1 rounded-md py-1.5 font-bold whitespace-nowrap tabular-nums"
      >
        {prefix ? (
          <span aria-hidden="true" className="text-sm">
            TEL
          </span>
        ) : null}
        <span>{visible}</span>
      </a>
      {phone.note ? <span className="text-sm text-ink-muted">（{phone.note}）</span> : null}
    </span>
  );
}

/** FAX numbers are shown but never linked: a phone cannot send a fax. */
export function FaxNumber({ number, prefix = true }: { number: string; prefix?: boolean }) {
  return (
    <span className="whitespace-nowrap tabular-nums">
      {prefix ? <span className="text-sm">FAX </span> : null}
      {number}
    </span>
  );
}
