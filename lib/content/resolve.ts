import type { z } from "zod";
import { formatFieldPath } from "./issues";
import type { ProgramFile } from "./load";
import { callNumbers, contactDesks, contactName, contactShortName, defined, faxNumber, officeDesks, type Desk, type Flow, type Need, type PhoneNumber, type Program, type SiteContent } from "./model";
import { freshnessOf, latestReview, reviewDueDate } from "./reviews";
import { contactSchema, officeSchema, phoneSchema, programSchema, type Areas, type Contact, type Municipality, type Names, type Office, type ProgramFrontMatter, type Settings } from "./schema";

/** The model of lib/content/model.ts from validated content: every need looked up and every desk resolved, once. */
export function resolveContent({ programs: files, needs, flow, areas, settings, names }: { programs: ProgramFile[]; needs: Need[]; flow: Flow; areas: Areas; settings: Settings; names: Names }): SiteContent {
  const programs = files.map((p) => resolveProgram(p, needs, areas.municipalities, settings.edition));
  // Validation has refused a general desk that is not a program, so every slug is found.
  const generalDesks = flow.generalDesks.flatMap((slug) => programs.filter((p) => p.slug === slug));
  return { programs, needs, flow, areas, generalDesks, settings, names: names.names };
}

function resolveProgram({ categories, contacts, offices, ...rest }: ProgramFile, needs: Need[], municipalities: Municipality[], edition: number): Program {
  return {
    ...rest,
    needs: categories.flatMap((slug) => needs.filter((n) => n.slug === slug)),
    desks: resolveDesks({ contacts, offices }, municipalities),
    ...defined({ review: latestReview(rest.reviews) }),
    reviewDue: reviewDueDate(rest),
    freshness: freshnessOf(rest, edition),
  };
}

/** A program's contacts, then its offices, as desks; an office's municipality looked up in `municipalities` (content/areas/). */
export function resolveDesks({ contacts, offices = [] }: { contacts: Contact[]; offices?: Office[] }, municipalities: readonly Municipality[]): Desk[] {
  return [
    ...contacts.map((c, i) => desk(["contacts", i], c, { kind: "contact", role: c.role, name: contactName(c), shortName: contactShortName(c) })),
    ...offices.map((o, i) => desk(["offices", i], o, { kind: "office", name: o.name, shortName: o.name, municipality: municipalities.find((m) => m.name === o.municipality) })),
  ];
}

function desk(path: Desk["path"], d: Contact | Office, own: Pick<Desk, "kind" | "role" | "name" | "shortName" | "municipality">): Desk {
  const at = (...rest: (string | number)[]) => formatFieldPath([...path, ...rest]);
  const voice = (d.tel ?? []).map((t, j): PhoneNumber => ({ type: "voice", ...t, whom: t.label ?? own.shortName, field: at("tel", j, "number") }));
  const fax: PhoneNumber[] = d.fax ? [{ type: "fax", number: d.fax, whom: own.shortName, field: at("fax") }] : [];
  // the file's own fields but its numbers (and an office's municipality, resolved in own)
  return defined({ ...d, tel: undefined, fax: undefined, municipality: undefined, ...own, path, field: at(), phones: [...voice, ...fax] });
}

/** The program's front-matter exactly as its file has it, for the open data: the same fields, values and order. */
export function frontMatterOf(program: Program): ProgramFrontMatter {
  const written = (d: Desk) => {
    const tel = callNumbers(d).map((n) => inSchemaOrder(phoneSchema, n));
    return { ...d, municipality: d.municipality?.name, tel: tel.length ? tel : undefined, fax: faxNumber(d)?.number };
  };
  const offices = officeDesks(program).map((d) => inSchemaOrder(officeSchema, written(d)));
  return inSchemaOrder(programSchema, {
    ...program,
    categories: program.needs.map((n) => n.slug),
    contacts: contactDesks(program).map((d) => inSchemaOrder(contactSchema, written(d))),
    offices: offices.length ? offices : undefined,
  });
}

/** The schema's keys of `fields` that have a value, in the schema's order (the order its output and the files have). */
function inSchemaOrder<S extends z.ZodObject>(schema: S, fields: Record<string, unknown>): z.output<S> {
  return defined(Object.fromEntries(Object.keys(schema.shape).map((k) => [k, fields[k]]))) as z.output<S>;
}
