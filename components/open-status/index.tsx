"use client";

import { useEffect, useState } from "react";
import { useHolidays } from "@/components/local-context";
import { describeOpenStatus, openStatus } from "@/lib/hours/open-status";
import type { Hours } from "@/lib/content/hours";

/**
 * 受付中 / 受付時間外, computed in the visitor's browser. The static HTML keeps
 * the hours text; this line has its space reserved so nothing moves when it appears.
 */
export function OpenStatus({ hours }: { hours: Hours }) {
  const holidays = useHolidays();
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    // Set after mount, on purpose: the server cannot know the visitor's "now".
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setNow(new Date());
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  if (!hours.days) return null;
  const status = now ? openStatus(hours, now, holidays) : undefined;
  const text = status ? describeOpenStatus(status) : undefined;
  const open = status?.state === "open";
  return (
    <span className="mt-1 block min-h-7 text-sm" data-open-status={status?.state ?? "pending"}>
      {text ? (
        <span className={`inline-block rounded px-2 py-0.5 font-bold ${open ? "bg-[#e6f5ec] text-[#00603c]" : "bg-surface text-ink"}`}>
          {text}
        </span>
      ) : null}
    </span>
  );
}
