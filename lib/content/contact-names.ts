import type { Contact } from "./schema";

/** The desk a visitor reaches, as one line: 青森県商工労働部 地域産業課 創業支援グループ */
export function contactName(c: Pick<Contact, "organization" | "department" | "group">): string {
  return [c.organization, c.department, c.group].filter(Boolean).join(" ");
}

/** The most specific part of the name, for "…に電話する". */
export function contactShortName(c: Pick<Contact, "organization" | "department" | "group">): string {
  return c.group ? [c.department, c.group].filter(Boolean).join(" ") : [c.organization, c.department].filter(Boolean).join(" ");
}
