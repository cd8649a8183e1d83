import { OpenStatus } from "@/components/open-status";
import type { Hours } from "@/lib/content/hours";

/** The hours as content states them (static HTML, closures included), then whether the desk is open now (browser). */
export function HoursText({ hours }: { hours: Hours }) {
  return (
    <>
      {hours.text}
      <OpenStatus hours={hours} />
    </>
  );
}
