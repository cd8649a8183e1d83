/**
 * CSV as RFC 4180 describes it, with the two things Japanese spreadsheet users
 * need: a UTF-8 byte order mark, without which Excel reads the file as
 * Shift_JIS and shows mojibake, and CRLF line ends.
 */
export const BOM = "\uFEFF";

/** A column of a published CSV: its header, what it holds, and how to read it from a row. */
export type CsvColumn<Row> = {
  name: string;
  description: string;
  /** e.g. "YYYY-MM-DD", "市外局番からハイフン区切り" */
  format?: string;
  value: (row: Row) => string | number | undefined;
};

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string | number | undefined): string {
  const text = value === undefined ? "" : String(value);
  return NEEDS_QUOTES.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const line = (fields: (string | number | undefined)[]) => fields.map(csvField).join(",");
  return BOM + [line(columns.map((c) => c.name)), ...rows.map((r) => line(columns.map((c) => c.value(r))))].map((l) => `${l}\r\n`).join("");
}

/** Reads back what toCsv writes (used by the tests and by anyone checking a download). */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && src[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += ch;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
