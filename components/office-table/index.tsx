import { HoursText } from "@/components/hours";
import { NearestRows, NearnessMark } from "@/components/nearest-rows";
import { FaxNumber, PhoneLink } from "@/components/phone-link";
import { Provenance } from "@/components/provenance";
import type { Office } from "@/lib/content/schema";

/** Offices and venues: where to go, when, and whom to call there. */
export function OfficeTable({ offices, caption }: { offices: Office[]; caption: string }) {
  const has = (k: keyof Office) => offices.some((o) => o[k] !== undefined);
  return (
    <table className="stack-table" role="table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">名称</th>
          {has("address") ? <th scope="col">所在地</th> : null}
          {has("tel") ? <th scope="col">電話</th> : null}
          {has("fax") ? <th scope="col">FAX</th> : null}
          {has("hours") ? <th scope="col">受付時間</th> : null}
          {has("note") ? <th scope="col">備考</th> : null}
        </tr>
      </thead>
      <tbody>
        <NearestRows places={offices.map((o) => o.municipality)}>
        {offices.map((o, i) => (
          <tr key={i} data-municipality={o.municipality}>
            <th scope="row">
              {o.name}
              <NearnessMark municipality={o.municipality} />
            </th>
            {has("address") ? <td data-label="所在地">{o.address ?? "—"}</td> : null}
            {has("tel") ? (
              <td data-label="電話">
                {o.tel ? (
                  <ul className="m-0 list-none p-0">
                    {o.tel.map((t, j) => (
                      <li key={j}>
                        {t.label && t.label !== o.name ? <span className="block text-sm">{t.label}</span> : null}
                        <PhoneLink phone={t} whom={t.label ?? o.name} prefix={false} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  "—"
                )}
                <Provenance confirmed={o.confirmed} />
              </td>
            ) : null}
            {has("fax") ? <td data-label="FAX">{o.fax ? <FaxNumber number={o.fax} prefix={false} /> : "—"}</td> : null}
            {has("hours") ? (
              <td data-label="受付時間">
                {o.hours ? <HoursText hours={o.hours} /> : "—"}
              </td>
            ) : null}
            {has("note") ? <td data-label="備考">{o.note ?? "—"}</td> : null}
          </tr>
        ))}
        </NearestRows>
      </tbody>
    </table>
  );
}
