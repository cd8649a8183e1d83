import type { CsvColumn } from "@/lib/open-data/csv";
import type { JsonField } from "@/lib/open-data/json-fields";

/**
 * The tables /data documents its files with: a CSV's columns (name, what it
 * holds, its format) and a JSON file's fields (path, what, type). Each is a
 * real table with its caption, stacked into cards on a phone (.stack-table);
 * a long one can start closed.
 */
export function ColumnTable<Row>({ title, columns, closed = false }: { title: string; columns: readonly CsvColumn<Row>[]; closed?: boolean }) {
  const table = (
    <table className="stack-table mt-2" role="table">
      <caption className="sr-only">{title}</caption>
      <thead>
        <tr>
          <th scope="col">列名</th>
          <th scope="col">内容と形式</th>
        </tr>
      </thead>
      <tbody>
        {columns.map((c) => (
          <tr key={c.name}>
            <th scope="row">{c.name}</th>
            <td data-label="">
              {c.description}
              <span className="block text-sm text-ink-muted">形式: {c.format ?? "文字列"}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (closed) {
    return (
      <details className="mt-4">
        <summary className="min-h-11 cursor-pointer py-2 font-bold">
          {title}（{columns.length}列）
        </summary>
        {table}
      </details>
    );
  }
  return (
    <>
      <h3 className="mt-6 text-lg font-bold">{title}</h3>
      {table}
    </>
  );
}

export function FieldTable({ title, fields }: { title: string; fields: JsonField[] }) {
  return (
    <details className="mt-4">
      <summary className="min-h-11 cursor-pointer py-2 font-bold">
        {title}（{fields.length}項目）
      </summary>
      <table className="stack-table mt-2" role="table">
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr>
            <th scope="col">項目</th>
            <th scope="col">内容と型</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.path}>
              <th scope="row" className="break-all">
                <code>{f.path}</code>
              </th>
              <td data-label="">
                {f.description}
                <span className="block text-sm text-ink-muted">
                  型: {f.type}
                  {f.required ? "（必ずある）" : "（ないことがある）"}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
