import { parse } from "csv-parse/sync";

/** A published CSV read back as a spreadsheet would, by a parser that is not ours: rows of fields, the BOM dropped. */
export function parseCsv(text: string): string[][] {
  return parse(text, { bom: true }) as string[][];
}
