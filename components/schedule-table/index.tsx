"use client";

import { useEffect, useState } from "react";
import { IcsLink, VenueIcsLink } from "@/components/ics-link";
import { fiscalYearLabel } from "@/lib/content/edition";
import { japanToday, scheduleStatus, type ScheduleStatus } from "@/lib/content/schedule-status";
import { formatJapaneseDate, sessionsOf } from "@/lib/content/schedule";
import type { Schedule } from "@/lib/content/schema";

export const SCHEDULE_FINISHED = "今年度の日程は終了しました。担当窓口にお問い合わせください";

/** What a schedule of a fiscal year that has ended says, in place of anything about "this year" or "next". */
export function pastYearNotice(fiscalYear: number): string {
  return `${fiscalYearLabel(fiscalYear)}の日程です。今年度の日程は担当窓口にお問い合わせください`;
}

function yearLine(fiscalYear: number): string {
  return `${fiscalYearLabel(fiscalYear)}（${fiscalYear}年4月〜${fiscalYear + 1}年3月）の日程です。`;
}

function notice(status: ScheduleStatus): { text: string; warn: boolean } {
  if (status.pastYear) return { text: pastYearNotice(status.fiscalYear), warn: true };
  return status.finished ? { text: `${yearLine(status.fiscalYear)}${SCHEDULE_FINISHED}`, warn: true } : { text: yearLine(status.fiscalYear), warn: false };
}

/**
 * Every date stays in the HTML, read as of `builtOn` (the day of the build,
 * when the page was made); once the browser knows today's date it reads them
 * again: past ones greyed, the next one per venue marked (only in a schedule
 * for the current fiscal year), and a schedule for a year that has ended says
 * so instead. Calendar files exist only for sessions still to come on the day
 * of the build (lib/calendar/paths.ts), and the browser hides those it knows
 * have passed since. The notice line's space is reserved to avoid a jump.
 */
export function ScheduleTable({ schedule, slug, builtOn }: { schedule: Schedule; slug: string; builtOn: string }) {
  const sessions = sessionsOf(schedule);
  const [today, setToday] = useState<string | null>(null);
  useEffect(() => {
    // The page is static; only the browser knows what day it is.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setToday(japanToday(new Date()));
  }, []);
  const status = scheduleStatus(schedule, today ?? builtOn);
  const said = notice(status);
  return (
    <>
      <p className="mb-3 min-h-7 font-bold" data-schedule-status={today ? (status.pastYear ? "past-year" : status.finished ? "finished" : "upcoming") : "pending"}>
        <span className={said.warn ? "rounded bg-[#fff3c4] px-2 py-1" : undefined}>{said.text}</span>
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
            const venueStatus = status.venues[vi];
            const own = sessions.filter((s) => s.venue === v.name);
            const withFiles = own.filter((s) => s.date >= builtOn && !venueStatus.past.has(s.date));
            return (
              <tr key={v.name}>
                <th scope="row">
                  {v.name}
                  {withFiles.length ? (
                    <span className="block font-normal">
                      <VenueIcsLink slug={slug} schedule={schedule} venue={v.name} />
                    </span>
                  ) : null}
                </th>
                <td data-label="開催場所">{v.place}</td>
                <td data-label="開催日">
                  <ul className="m-0 grid list-none grid-cols-1 gap-x-4 p-0 min-[400px]:grid-cols-2">
                    {own.map((s) => {
                      const past = venueStatus.past.has(s.date);
                      const next = venueStatus.next?.date === s.date;
                      const file = s.date >= builtOn && !past;
                      return (
                        <li key={s.date} className={past ? (status.pastYear ? "text-ink-muted" : "text-ink-muted line-through") : next ? "font-bold" : undefined} data-session={past ? "past" : next ? "next" : undefined}>
                          <time dateTime={s.date}>{formatJapaneseDate(s.date, s.weekday)}</time>
                          {past ? <span className="sr-only">（終了）</span> : null}
                          {next ? <span className="ml-1 rounded bg-brand px-1.5 text-sm text-white no-underline">次回</span> : null}
                          {file ? <IcsLink slug={slug} schedule={schedule} session={s} className="ml-2 inline-flex min-h-11 items-center text-sm" /> : null}
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
