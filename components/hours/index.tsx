import { OpenStatus } from "@/components/open-status";
import type { Hours } from "@/lib/content/schema";

/** The hours as the source states them (static HTML), then whether the desk is open now (browser). */
export function HoursText({ hours }: { hours: Hours }) {
  return (
    <>
      {hours.text}
      {hours.closed?.length ? <span className="block text-sm">休業: {hours.closed.join("、")}</span> : null}
      <OpenStatus hours={hours} />
    </>
  );
}
