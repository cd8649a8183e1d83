import { getGeneralDesk } from "@/lib/content/api";
import { contactShortName } from "@/lib/content/contact-names";
import type { GeneralDesk } from "./types";

/** The general consultation desk as the search's no-results message shows it. Server only. */
export function searchDesk(): GeneralDesk {
  const program = getGeneralDesk();
  const contact = program.contacts[0];
  return { name: contact.organization, slug: program.slug, phone: contact.tel[0], whom: contactShortName(contact), title: program.title, summary: program.summary };
}
