import type { Contact } from "./schema";

/** How a contact is named; apart from the model (model.ts re-exports it) so that numbers.ts, which reads raw files, can use it without a circle through load.ts. */
type NameParts = Pick<Contact, "organization" | "department" | "group">;
/** A contact's name in one line (Desk.name): 青森県商工労働部 地域産業課 創業支援グループ. */
export const contactName = (c: NameParts): string => [c.organization, c.department, c.group].filter(Boolean).join(" ");
/** Its most specific part (Desk.shortName): 地域産業課 創業支援グループ. */
export const contactShortName = (c: NameParts): string => (c.group ? [c.department, c.group] : [c.organization, c.department]).filter(Boolean).join(" ");
