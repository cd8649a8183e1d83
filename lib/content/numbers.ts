import { parseFrontMatter, type ParsedFrontMatter } from "./front-matter";
import { formatFieldPath } from "./issues";
import { contactName } from "./contact-names";

/**
 * Every phone and fax number of a content file's contacts and offices, with
 * where it sits, whom it reaches and the confirmation of its contact or
 * office. Reads the raw front-matter defensively, so the data diff can still
 * list the numbers of a file that no longer validates; validated data reads
 * the same way.
 */
export type NumberEntry = {
  kind: "TEL" | "FAX";
  number: string;
  extension?: string;
  /** e.g. ["contacts", 0, "tel", 1, "number"] */
  path: (string | number)[];
  /** contacts[0].tel[1].number — stable while the list is not reordered. */
  field: string;
  /** The contact or office the number belongs to, which is where `confirmed` is written. */
  holder: ["contacts" | "offices", number];
  /** Whom the number reaches, for the reader: 青森県… 地域産業課 / 黒石市創業相談ルーム */
  where: string;
  confirmed?: { date: string; method: string; note?: string };
};

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === "object" && v !== null && !Array.isArray(v);
const optionalString = (v: unknown) => (v === undefined || v === null ? undefined : String(v));

export function numbersOf(data: unknown): NumberEntry[] {
  if (!isObject(data)) return [];
  const out: NumberEntry[] = [];
  for (const key of ["contacts", "offices"] as const) {
    const list = data[key];
    if (!Array.isArray(list)) continue;
    list.forEach((item: unknown, i) => {
      if (!isObject(item)) return;
      const where =
        key === "contacts"
          ? contactName({ organization: String(item.organization ?? ""), department: optionalString(item.department), group: optionalString(item.group) })
          : String(item.name ?? "");
      const confirmed = confirmationOf(item.confirmed);
      const holder: NumberEntry["holder"] = [key, i];
      const tels = Array.isArray(item.tel) ? item.tel : [];
      tels.forEach((t: unknown, j: number) => {
        if (!isObject(t) || t.number === undefined) return;
        const path = [key, i, "tel", j, "number"];
        const label = optionalString(t.label);
        out.push({
          kind: "TEL",
          number: String(t.number),
          extension: optionalString(t.extension),
          path,
          field: formatFieldPath(path),
          holder,
          where: label && label !== where ? `${where}（${label}）` : where,
          confirmed,
        });
      });
      if (item.fax !== undefined) {
        const path = [key, i, "fax"];
        out.push({ kind: "FAX", number: String(item.fax), path, field: formatFieldPath(path), holder, where, confirmed });
      }
    });
  }
  return out;
}

function confirmationOf(value: unknown): NumberEntry["confirmed"] {
  if (!isObject(value) || value.date === undefined || value.method === undefined) return undefined;
  return { date: String(value.date), method: String(value.method), note: optionalString(value.note) };
}


export type NumberOnLine = NumberEntry & { line?: number };

/** The numbers of a parsed front-matter, each with the line it is written on. */
export function numbersOnLines(fm: Pick<Extract<ParsedFrontMatter, { ok: true }>, "data" | "lineOf">): NumberOnLine[] {
  return numbersOf(fm.data).map((n) => ({ ...n, line: fm.lineOf(n.path)?.line }));
}

/** The numbers of one file as written; undefined when its front-matter cannot be read at all. */
export function numbersInFile(text: string): NumberOnLine[] | undefined {
  const fm = parseFrontMatter(text);
  return fm.ok ? numbersOnLines(fm) : undefined;
}
