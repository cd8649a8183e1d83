import { oneLine, visible } from "./characters";

/**
 * A problem found in content/, phrased for the member of staff who made it:
 * which file, which line, which field, what is wrong, how to put it right.
 */
export type ContentIssue = {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line?: number;
  column?: number;
  /** Field path in the front-matter, e.g. contacts[0].tel[0].number */
  field?: string;
  message: string;
  /**
   * What the form at /admin says instead, where a rule is put right by
   * picking and typing in labelled fields rather than by writing lines of the
   * file (made beside `message`, by the same rule). Without it the form shows
   * `message` in the form's words (lib/cms/admin/form-words.ts).
   */
  formMessage?: string;
  /** A field this problem makes required, by path like `field` (a desk's confirmed): the form labels it so. */
  requires?: string;
};

export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/**
 * One issue on one line. A file or key name may hold control or direction
 * characters (that may be the very problem); they are shown as <U+202E> so
 * the message cannot rewrite the terminal or the annotation it is shown in.
 */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.line ? ` ${issue.line}行目${issue.column ? `${issue.column}文字目` : ""}` : "";
  const field = issue.field ? ` ${oneLine(issue.field)}` : "";
  return `${oneLine(issue.file)}${where}${field}: ${visible(issue.message)}`;
}

/**
 * Every issue as a list item. A message of several lines goes on indented, so
 * no line of the list starts with what a file gave it (a CI log takes a line
 * that starts with `::` as a command).
 */
export function formatIssues(issues: readonly ContentIssue[]): string {
  const lines = issues.map((i) => `  - ${formatIssue(i).replace(/\n/g, "\n    ")}`);
  return [
    `content/ に ${issues.length} 件の問題があります。次の箇所を直してください。`,
    ...lines,
    "書き方は docs/editing.md を参照してください。",
  ].join("\n");
}

export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];
  constructor(issues: readonly ContentIssue[]) {
    super(formatIssues(issues));
    this.name = "ContentError";
    this.issues = issues;
  }
}
