import { HoursText } from "@/components/hours";
import { FaxNumber, PhoneLink } from "@/components/phone-link";
import { Provenance } from "@/components/provenance";
import { ReportLink } from "@/components/report-link";
import { contactName, contactShortName } from "@/lib/content/contact-names";
import type { Contact } from "@/lib/content/schema";
import { phoneVisibleText } from "@/lib/phone/format";
import type { ReportTarget } from "@/lib/site/report";

type ReportContext = Pick<ReportTarget, "programTitle" | "pageUrl" | "updated">;

/**
 * 担当窓口: who to call, with every number tappable, where each desk's numbers
 * come from (`source`, or the record of who confirmed them) and, where the
 * build is configured for it, a way to report a wrong one.
 */
export function ContactTable({
  contacts,
  caption = "担当窓口",
  source,
  report,
}: {
  contacts: Contact[];
  caption?: string;
  source: { document: string; fiscalYear: number };
  report?: ReportContext;
}) {
  const hasHours = contacts.some((c) => c.hours);
  const hasNote = contacts.some((c) => c.note || c.location);
  return (
    <table className="stack-table" role="table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">窓口</th>
          <th scope="col">電話</th>
          <th scope="col">FAX</th>
          {hasHours ? <th scope="col">受付時間</th> : null}
          {hasNote ? <th scope="col">備考</th> : null}
        </tr>
      </thead>
      <tbody>
        {contacts.map((c, i) => (
          <tr key={i}>
            <th scope="row">
              {c.role !== "担当窓口" ? <span className="mr-2 inline-block rounded bg-brand-soft px-2 text-sm">{c.role}</span> : null}
              {contactName(c)}
            </th>
            <td data-label="電話">
              <ul className="m-0 list-none p-0">
                {c.tel.map((t, j) => (
                  <li key={j}>
                    <PhoneLink phone={t} whom={t.label ?? contactShortName(c)} prefix={false} />
                  </li>
                ))}
              </ul>
              <Provenance confirmed={c.confirmed} source={source} />
              {report ? (
                <ReportLink
                  {...report}
                  contact={contactName(c)}
                  confirmed={c.confirmed}
                  numbers={[...c.tel.map(phoneVisibleText), ...(c.fax ? [`FAX ${c.fax}`] : [])]}
                />
              ) : null}
            </td>
            <td data-label="FAX">{c.fax ? <FaxNumber number={c.fax} prefix={false} /> : "—"}</td>
            {hasHours ? <td data-label="受付時間">{c.hours ? <HoursText hours={c.hours} /> : "—"}</td> : null}
            {hasNote ? (
              <td data-label="備考">
                {[c.location, c.note].filter(Boolean).join("／") || "—"}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
