import type { z } from "zod";
import { CONFIRMATION_RECORD } from "./confirmation-methods";
import { CONFIRMATION_RULE } from "./confirmed";
import { REVIEW_RULE } from "./review/rule";
import { areasSchema, flowSchema, namesSchema, needSchema, programSchema, settingsSchema } from "./schema";
import { EASY_PATH, englishProgramPath, ENGLISH_PATH, needPath, programPath } from "../site/paths";

/**
 * Every kind of file under content/ and everything that differs between
 * them: folder, schema, one file or many, what staff call it, the order of
 * its entries, its form in the editor, its editors' JSON Schema and the pages
 * a change to it shows on. The loader, the messages, the JSON Schemas, the
 * form editor's configuration and the reviewer's preview all read this table
 * (each takes it as a parameter, so a test can add a collection), so a
 * collection is added here and nowhere else.
 */
export type Collection<S extends z.ZodType = z.ZodType> = {
  folder: string;
  schema: S;
  count: "one" | "many";
  /** What staff call one file of it, in messages and in the editor. */
  label: string;
  /** The editors' JSON Schema of its front matter (`npm run schema`). */
  jsonSchema: string;
  /** The order pages list its entries in (the loader sorts by it). */
  order?(a: z.output<S>, b: z.output<S>): number;
  form: {
    /** Fields offered as choices read from content, by dotted path (lists without positions): which list (choices.ts). */
    choices?: Record<string, ChoiceList>;
    /** Of those, the fields whose choices the JSON Schema lists too; `npm run schema` again when they change. */
    listedInJsonSchema?: readonly string[];
    /** Where the form departs from the schema's order and wording, by dotted path. */
    adjust?: Record<string, FormAdjustment>;
  };
  /** The page an entry (one file of a many-file collection) has of its own, from its file name. */
  page?: (slug: string) => string;
  /** The other pages that show its files, for the reviewer's preview (lib/preview); `site` has every collection's file names. */
  shownOn: (site: Readonly<Record<string, readonly string[]>>) => string[];
};

/** A value a field may take, as the form offers it. */
export type Choice = { label: string; value: string };

/** The lists of values that live in content rather than in the schema (read by choices.ts); which list a field takes is a column below. */
export type ChoiceList = "needs" | "needGroups" | "businessTypes" | "reviewMethods" | "municipalities" | "regions" | "programs" | "pages";
export type ChoiceLists = Record<ChoiceList, Choice[]>;

/** Where one field of the form departs from the schema. */
export type FormAdjustment = {
  /** Placed right after this sibling instead of in schema order. */
  after?: string;
  /** In place of the hint made from the schema. */
  hint?: string;
  /** Added to the hint made from the schema. */
  addHint?: string;
  /** For an object: shown open or folded, whatever its optionality says. */
  collapsed?: boolean;
  /** Beside the field, what the site will show from it, updated as staff type: the hours' sentence (hours.ts hoursText). */
  preview?: "hours";
};

/** One entry of the table, typed by its own schema. */
export function collection<S extends z.ZodType>(c: Collection<S>): Collection<S> {
  return c;
}

/**
 * A number not in the guidebook, and any e-mail address or form, needs its
 * confirmation (confirmed.ts, schema/shared.ts), so the form asks for the
 * record right after the numbers and the other ways to reach the desk, open,
 * in the rule's own words.
 */
function confirmationAfterNumbers(holder: string): Record<string, FormAdjustment> {
  const number: FormAdjustment = { addHint: `ガイドブックにない番号にしたときは、下の「${CONFIRMATION_RECORD}」も入力します` };
  const channel: FormAdjustment = { addHint: `書いたときは、下の「${CONFIRMATION_RECORD}」も入力します` };
  return {
    [`${holder}.confirmed`]: {
      after: "form",
      collapsed: false,
      hint: `${CONFIRMATION_RULE}。番号を変えたとき・足したとき、メールアドレスやフォームを書いたときは、確かめた日と方法を入力します。ガイドブックのままの番号だけなら空けておきます`,
    },
    [`${holder}.tel.number`]: number,
    [`${holder}.fax`]: number,
    [`${holder}.email`]: channel,
    [`${holder}.form`]: channel,
  };
}

export const COLLECTIONS = {
  programs: collection({
    folder: "programs",
    schema: programSchema,
    count: "many",
    label: "制度",
    jsonSchema: "schemas/program.schema.json",
    order: (a, b) => a.source.number - b.source.number,
    form: {
      choices: {
        categories: "needs",
        businessTypes: "businessTypes",
        "offices.municipality": "municipalities",
        "schedule.venues.municipality": "municipalities",
        related: "programs",
        "reviews.method": "reviewMethods",
      },
      // Needs are few and change seldom; programs are added from the form, which cannot rewrite the JSON Schema.
      listedInJsonSchema: ["categories"],
      adjust: {
        ...confirmationAfterNumbers("contacts"),
        ...confirmationAfterNumbers("offices"),
        reviews: { hint: `担当課に内容を確かめたら「確認の記録を追加」で、確かめた日・方法・部署を入力します。${REVIEW_RULE}` },
        "contacts.hours": { preview: "hours" },
        "offices.hours": { preview: "hours" },
      },
    },
    page: programPath,
    shownOn: () => ["/programs", "/phone-book"],
  }),
  needs: collection({
    folder: "needs",
    schema: needSchema,
    count: "many",
    label: "困りごと",
    jsonSchema: "schemas/need.schema.json",
    order: (a, b) => a.order - b.order,
    form: { choices: { group: "needGroups" } },
    page: needPath,
    shownOn: () => ["/needs"],
  }),
  flow: collection({
    folder: "flow",
    schema: flowSchema,
    count: "one",
    label: "相談フロー",
    jsonSchema: "schemas/flow.schema.json",
    form: { choices: { generalDesks: "programs", "stages.boxes.items.link": "pages" } },
    shownOn: () => ["/flow"],
  }),
  areas: collection({
    folder: "areas",
    schema: areasSchema,
    count: "one",
    label: "市町村の一覧",
    jsonSchema: "schemas/areas.schema.json",
    form: { choices: { "municipalities.region": "regions" } },
    // Program pages order their local desks by municipality; the finder asks for one.
    shownOn: (site) => ["/phone-book", "/finder", ...(site.programs ?? []).map(programPath)],
  }),
  settings: collection({
    folder: "settings",
    schema: settingsSchema,
    count: "one",
    label: "サイトの設定",
    jsonSchema: "schemas/settings.schema.json",
    form: {},
    // The current edition decides the line beside every number and the year's progress.
    shownOn: (site) => ["/about/updates", "/phone-book", ...(site.programs ?? []).map(programPath), ...(site.needs ?? []).map(needPath)],
  }),
  names: collection({
    folder: "names",
    schema: namesSchema,
    count: "one",
    label: "名前の読みと英語",
    jsonSchema: "schemas/names.schema.json",
    form: {},
    // Readings go into every page's furigana; English names onto the English pages.
    shownOn: (site) => [ENGLISH_PATH, EASY_PATH, ...(site.programs ?? []).flatMap((slug) => [programPath(slug), englishProgramPath(slug)])],
  }),
};

/** The table as the loader and the generators take it: these, and any a test adds. */
export type Collections = typeof COLLECTIONS & Record<string, Collection>;

export type CollectionName = keyof typeof COLLECTIONS;

export const COLLECTION_NAMES = Object.keys(COLLECTIONS).filter((k): k is CollectionName => k in COLLECTIONS);

/**
 * What a new file of a collection starts from before its fields are written
 * (front-matter-writer.ts): the comment that tells an editor such as VS Code
 * which JSON Schema checks the file, as every file in content/ has it.
 */
export function newFileTemplate(c: Pick<Collection, "jsonSchema">): string {
  return `---\n# yaml-language-server: $schema=../../${c.jsonSchema}\n---\n`;
}

/** 「制度は content/programs/、困りごとは content/needs/ …」 */
export function whereEachGoes(collections: Collections = COLLECTIONS): string {
  return Object.values(collections)
    .map((c) => `${c.label}は content/${c.folder}/`)
    .join("、");
}
