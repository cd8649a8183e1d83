import type { ReactNode } from "react";
import { OpenStatus } from "@/components/open-status";
import type { DeskCall } from "@/lib/areas/local-desk";
import { phoneDigits } from "@/lib/phone/number";
import { phoneCallName, phoneVisibleText } from "@/lib/phone/format";

/** What a call desk shows: the shape of lib/areas/local-desk's `DeskCall`, so `localCall()`/`mainCall()` results fit as they are. */
export type CallDeskData = Pick<DeskCall, "name" | "phone" | "hours">;

export type CallDeskProps = {
  desk: CallDeskData;
  /** A short line above the name, e.g. 「八戸市の窓口」. */
  label?: ReactNode;
  /**
   * "large": the number as a full-width call button (a program's first screen);
   * "compact": a tappable number on a card or in a list.
   */
  size?: "large" | "compact";
  /** Say so when content has no hours for this desk (where a caller would look for them). */
  sayNoHours?: boolean;
  /** Anything about this desk's numbers, after the hours (where they come from, how to report one). */
  children?: ReactNode;
  className?: string;
};

/**
 * One desk to call: its name, its number as one tap to call, and its hours
 * with whether it is open now, together, so a caller never matches a number
 * with hours found elsewhere. Renders on the server or in the browser (no
 * hooks of its own); the open-now line is the browser's (components/open-status),
 * with its height reserved so the page does not move when it appears.
 */
export function CallDesk({ desk, label, size = "compact", sayNoHours = false, children, className = "" }: CallDeskProps) {
  const large = size === "large";
  const shown = phoneVisibleText(desk.phone);
  return (
    <div className={`${large ? "rounded-lg border-2 border-brand p-3" : ""} ${className}`.trim()} data-call-desk={desk.phone.number}>
      {label ? <span className="mb-1 inline-block rounded bg-[#fff3c4] px-2 text-sm font-bold text-ink">{label}</span> : null}
      <span className={`block font-bold ${large ? "" : "text-sm"}`}>{desk.name}</span>
      {desk.phone.label && desk.phone.label !== desk.name ? <span className="block text-sm">{desk.phone.label}</span> : null}
      <a
        href={`tel:${phoneDigits(desk.phone.number)}`}
        aria-label={phoneCallName(desk.phone, desk.phone.whom)}
        className={
          large
            ? "mt-1 flex min-h-12 w-full items-center justify-center gap-2 rounded-md bg-brand px-4 text-xl font-bold whitespace-nowrap text-white tabular-nums no-underline hover:bg-brand-dark hover:text-white sm:w-auto sm:justify-start"
            : "inline-flex min-h-11 items-center gap-1 rounded-md py-1.5 font-bold whitespace-nowrap tabular-nums"
        }
      >
        <PhoneIcon large={large} />
        <span>{shown}</span>
      </a>
      {desk.phone.note ? <span className="ml-1 text-sm text-ink-muted">（{desk.phone.note}）</span> : null}
      {desk.hours ? (
        <span className="mt-1 block text-sm">
          <span className="font-bold">受付時間</span> {desk.hours.text}
          <OpenStatus hours={desk.hours} />
        </span>
      ) : sayNoHours ? (
        <span className="mt-1 block text-sm text-ink-muted">受付時間はガイドブックに記載がありません</span>
      ) : null}
      {children}
    </div>
  );
}

/** A handset, drawn inline (no image request); the number beside it is what is read out. */
function PhoneIcon({ large }: { large: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className={`${large ? "size-6" : "size-4"} shrink-0 fill-current`}>
      <path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.6a1 1 0 0 1-.25 1z" />
    </svg>
  );
}
