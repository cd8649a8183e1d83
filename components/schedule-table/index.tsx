"use client";

import { useEffect, useState } from "react";
import { IcsLink, VenueIcsLink } from "@/components/ics-link";
import { japanToday, scheduleStatus } from "@/lib/content/schedule-status";
import { formatJapaneseDate, sessionsOf } from "@/lib/content/schedule";
import type { Schedule } from "@/lib/content/schema";

export const SCHEDULE_FINISHED = "今年度の日程は終了しました。担当窓口にお問い合わせください";

/**
 * Every date stays in the static HTML; once the browser knows today's date the
 * past ones are greyed out, the next one per venue is marked, and a schedule
 * that has run out says so. The notice line's space is reserved to avoid a jump.
 */
export function ScheduleTable({ schedule, slug }: { schedule: Schedule; slug: string }) {
  const sessions = sessionsOf(schedule);
  const [today, setToday] = useState<string | null>(null);
  useEffect(() => {
    // The page is static; only the browser knows what day it is.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setToday(japanToday(new Date()));
  }, []);
  const status = today ? scheduleStatus(schedule, today) : undefined;
  return (
    <>
      <p className="mb-3 min-h-7 font-bold" data-schedule-status={status ? (status.finished ? "finished" : "upcoming") : "pending"}>
        {status?.finished ? <span className="rounded bg-[#fff3c4] px-2 py-1">{SCHEDULE_FINISHED}</span> : null}
      </p>
      <table className="stack-table" role="table">
        <caption className="sr-only">{schedule.title}</caption>
        <thead>
          <tr>
            <th scope="col">開催地区</th>
            <th scope="col">開催場所</th>
            <th scope="col">開催日</th>
          </tr>
        </thead>
        <tbody>
          {schedule.venues.map((v, vi) => {
            const venueStatus = status?.venues[vi];
            return (
              <tr key={v.name}>
                <th scope="row">
                  {v.name}
                  <span className="block font-normal">
                    <VenueIcsLink slug={slug} schedule={schedule} venue={v.name} />
                  </span>
                </th>
                <td data-label="開催場所">{v.place}</td>
                <td data-label="開催日">
                  <ul className="m-0 grid list-none grid-cols-1 gap-x-4 p-0 min-[400px]:grid-cols-2">
                    {sessions
                      .filter((s) => s.venue === v.name)
                      .map((s) => {
                        const past = venueStatus?.past.has(s.date);
                        const next = venueStatus?.next?.date === s.date;
                        return (
                          <li key={s.date} className={past ? "text-ink-muted line-through" : next ? "font-bold" : undefined} data-session={past ? "past" : next ? "next" : undefined}>
                            <time dateTime={s.date}>{formatJapaneseDate(s.date, s.weekday)}</time>
                            {past ? <span className="sr-only">（終了）</span> : null}
                            {next ? <span className="ml-1 rounded bg-brand px-1.5 text-sm text-white no-underline">次回</span> : null}
                            {past ? null : <IcsLink slug={slug} schedule={schedule} session={s} className="ml-2 inline-flex min-h-11 items-center text-sm" />}
                          </li>
                        );
                      })}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
