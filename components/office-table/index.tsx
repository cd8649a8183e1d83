import { DeskChannels, FaxSheetLink } from "@/components/desk-channels";
import { HoursText } from "@/components/hours";
import { NearestRows, NearnessMark } from "@/components/nearest-rows";
import { FaxNumber, PhoneLink } from "@/components/phone-link";
import { Provenance } from "@/components/provenance";
import { callNumbers, faxNumber, type Desk } from "@/lib/content/model";

/** Offices and venues (lib/content/model's officeDesks): where to go, when, and whom to call there. */
export function OfficeTable({ slug, desks, caption }: { slug: string; desks: Desk[]; caption: string }) {
  const any = (column: (d: Desk) => unknown) => desks.some((d) => column(d));
  const [address, phones, fax, written, hours, note] = [any((d) => d.address), any((d) => callNumbers(d).length), any(faxNumber), any((d) => d.email || d.form), any((d) => d.hours), any((d) => d.note)];
  return (
    <table className="stack-table" role="table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">名称</th>
          {address ? <th scope="col">所在地</th> : null}
          {phones ? <th scope="col">電話</th> : null}
          {fax ? <th scope="col">FAX</th> : null}
          {written ? <th scope="col">メール・フォーム</th> : null}
          {hours ? <th scope="col">受付時間</th> : null}
          {note ? <th scope="col">備考</th> : null}
        </tr>
      </thead>
      <tbody>
        <NearestRows places={desks.map((d) => d.municipality?.name)}>
        {desks.map((d, i) => {
          const numbers = callNumbers(d);
          const faxed = faxNumber(d);
          return (
            <tr key={i} data-municipality={d.municipality?.name}>
              <th scope="row">
                {d.name}
                <NearnessMark municipality={d.municipality?.name} />
              </th>
              {address ? <td data-label="所在地">{d.address ?? "—"}</td> : null}
              {phones ? (
                <td data-label="電話">
                  {numbers.length ? (
                    <ul className="m-0 list-none p-0">
                      {numbers.map((n, j) => (
                        <li key={j}>
                          {n.label && n.label !== d.name ? <span className="block text-sm">{n.label}</span> : null}
                          <PhoneLink phone={n} prefix={false} />
                        </li>
                      ))}
                    </ul>
                  ) : (
                    "—"
                  )}
                  <Provenance confirmed={d.confirmed} />
                </td>
              ) : null}
              {fax ? (
                <td data-label="FAX">
                  {faxed ? (
                    <>
                      <FaxNumber number={faxed.number} prefix={false} /> <FaxSheetLink slug={slug} fax={faxed.number} whom={faxed.whom} />
                    </>
                  ) : (
                    "—"
                  )}
                </td>
              ) : null}
              {written ? <td data-label="メール・フォーム">{d.email || d.form ? <DeskChannels slug={slug} desk={{ email: d.email, form: d.form }} whom={d.shortName} /> : "—"}</td> : null}
              {hours ? <td data-label="受付時間">{d.hours ? <HoursText hours={d.hours} /> : "—"}</td> : null}
              {note ? <td data-label="備考">{d.note ?? "—"}</td> : null}
            </tr>
          );
        })}
        </NearestRows>
      </tbody>
    </table>
  );
}
