import { formatJapaneseDate, sessionsOf } from "@/lib/content/schedule";
import type { Schedule } from "@/lib/content/schema";

export function ScheduleTable({ schedule }: { schedule: Schedule }) {
  const sessions = sessionsOf(schedule);
  return (
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
        {schedule.venues.map((v) => (
          <tr key={v.name}>
            <th scope="row">{v.name}</th>
            <td data-label="開催場所">{v.place}</td>
            <td data-label="開催日">
              <ul className="m-0 grid list-none grid-cols-1 gap-x-4 p-0 min-[400px]:grid-cols-2">
                {sessions
                  .filter((s) => s.venue === v.name)
                  .map((s) => (
                    <li key={s.date}>
                      <time dateTime={s.date}>{formatJapaneseDate(s.date, s.weekday)}</time>
                    </li>
                  ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
