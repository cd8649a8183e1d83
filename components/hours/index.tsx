import type { Hours } from "@/lib/content/schema";

export function HoursText({ hours }: { hours: Hours }) {
  return (
    <>
      {hours.text}
      {hours.closed?.length ? <span className="block text-sm">休業: {hours.closed.join("、")}</span> : null}
    </>
  );
}
