import { DeskChannels, FaxSheetLink } from "@/components/desk-channels";
import { HoursText } from "@/components/hours";
import { FaxNumber, PhoneLink } from "@/components/phone-link";
import { Provenance } from "@/components/provenance";
import { ReportLink } from "@/components/report-link";
import { callNumbers, faxNumber, type Desk } from "@/lib/content/model";
import { reportedDesk, type ReportTarget } from "@/lib/site/report";

type ReportContext = Pick<ReportTarget, "programTitle" | "pageUrl" | "updated">;

/**
 * 担当窓口: who to call, with every number tappable, where each desk's numbers
 * come from (`source`, or the record of who confirmed them) and, where the
 * build is configured for it, a way to report a wrong one.
 */
export function ContactTable({
  slug,
  desks,
  caption = "担当窓口",
  source,
  report,
}: {
  /** The program's, for the FAX sheet beside each FAX number. */
  slug: string;
  /** The program's contacts (lib/content/model's contactDesks). */
  desks: Desk[];
  caption?: string;
  source: { document: string; fiscalYear: number };
  report?: ReportContext;
}) {
  const hasHours = desks.some((d) => d.hours);
  const hasNote = desks.some((d) => d.note || d.location);
  const hasWritten = desks.some((d) => d.email || d.form);
  return (
    <table className="stack-table" role="table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">窓口</th>
          <th scope="col">電話</th>
          <th scope="col">FAX</th>
          {hasWritten ? <th scope="col">メール・フォーム</th> : null}
          {hasHours ? <th scope="col">受付時間</th> : null}
          {hasNote ? <th scope="col">備考</th> : null}
        </tr>
      </thead>
      <tbody>
        {desks.map((d, i) => {
          const fax = faxNumber(d);
          return (
            <tr key={i}>
              <th scope="row">
                {d.role !== "担当窓口" ? <span className="mr-2 inline-block rounded bg-brand-soft px-2 text-sm">{d.role}</span> : null}
                {d.name}
              </th>
              <td data-label="電話">
                <ul className="m-0 list-none p-0">
                  {callNumbers(d).map((n, j) => (
                    <li key={j}>
                      <PhoneLink phone={n} prefix={false} />
                    </li>
                  ))}
                </ul>
                <Provenance confirmed={d.confirmed} source={source} />
                {report ? <ReportLink {...report} {...reportedDesk(d)} /> : null}
              </td>
              <td data-label="FAX">
                {fax ? (
                  <>
                    <FaxNumber number={fax.number} prefix={false} /> <FaxSheetLink slug={slug} fax={fax.number} whom={fax.whom} />
                  </>
                ) : (
                  "—"
                )}
              </td>
              {hasWritten ? <td data-label="メール・フォーム">{d.email || d.form ? <DeskChannels slug={slug} desk={{ email: d.email, form: d.form }} whom={d.shortName} /> : "—"}</td> : null}
              {hasHours ? <td data-label="受付時間">{d.hours ? <HoursText hours={d.hours} /> : "—"}</td> : null}
              {hasNote ? <td data-label="備考">{[d.location, d.note].filter(Boolean).join("／") || "—"}</td> : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
