/**
 * JSON for an inline <script type="application/ld+json">. JSON.stringify alone
 * is not enough inside HTML: a "</script>" in any string would end the element
 * and let the rest be parsed as markup, so every character that can open or
 * close a tag or an entity is written as a \u escape, which JSON readers undo.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
