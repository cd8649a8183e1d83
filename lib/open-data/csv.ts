/**
 * CSV as RFC 4180 describes it, with the two things Japanese spreadsheet users
 * need: a UTF-8 byte order mark, without which Excel reads the file as
 * Shift_JIS and shows mojibake, and CRLF line ends.
 *
 * Spreadsheets run a cell that begins with = + - @ (or a tab or CR before
 * one) as a formula, so a title typed as `=HYPERLINK(…)` would run on the
 * reader's machine. As OWASP's CSV-injection guidance says, every cell is
 * quoted and such a cell gets a leading single quote, which spreadsheets show
 * as text. Only the CSV changes: JSON and pages show the value as written.
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

/** What a reader of the files needs to know about the quoting, for the page that describes them. */
export const CSV_QUOTING_NOTE =
  "すべての値を二重引用符で囲みます（RFC 4180）。表計算ソフトが数式として実行しないよう、= + - @ やタブ・復帰で始まる値には先頭に ' を付けています。";

/** Also after leading spaces, and full-width ＝＋－＠, which some spreadsheets convert as they read. */
const FORMULA_START = /^(?:[\t\r]|[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

export function csvField(value: string | number | undefined): string {
  const text = value === undefined ? "" : String(value);
  const safe = typeof value === "string" && FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const line = (fields: (string | number | undefined)[]) => fields.map(csvField).join(",");
  return BOM + [line(columns.map((c) => c.name)), ...rows.map((r) => line(columns.map((c) => c.value(r))))].map((l) => `${l}\r\n`).join("");
}
