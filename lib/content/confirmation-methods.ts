/**
 * How a number was confirmed; nothing else may be shown as "last confirmed".
 * A module of its own, imported by the schema and by confirmed.ts, so that the
 * browser code that says a confirmation (components/provenance) never loads Zod.
 */
export const CONFIRMATION_METHODS = ["電話で確認", "公式サイトで確認", "窓口で確認", "文書で確認"] as const;

/** What the form and its messages call a desk's confirmation record (the schema's title for `confirmed`). */
export const CONFIRMATION_RECORD = "この窓口の電話・FAX番号などを確かめた記録";
