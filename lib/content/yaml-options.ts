import type { DocumentOptions, ParseOptions, ScalarTag, SchemaOptions } from "yaml";

/**
 * How every part of the project reads YAML: the loader (front-matter.ts) and
 * the form editor (lib/cms/admin), so that what the form shows and writes back
 * is what the site reads. Kept apart from front-matter.ts so the editor's
 * bundle takes this without the loader's file handling.
 */
const INT = /^-?(?:0|[1-9][0-9]*)$/;
const FLOAT = /^-?(?:0|[1-9][0-9]*)\.[0-9]+$/;

export const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: "1.2",
  schema: "core",
  prettyErrors: false,
  strict: true,
  // Duplicates are found in one pass by front-matter.ts, comparing keys as a reader would (ｔｉｔｌｅ is title).
  uniqueKeys: false,
  customTags: plainNumbersOnly,
};

type Tag = Parameters<Extract<NonNullable<SchemaOptions["customTags"]>, (...args: never[]) => unknown>>[0][number];

/** The core schema with decimal-only numbers: no octal, hex, exponent, infinity or not-a-number, no sign or leading zero. */
function plainNumbersOnly(tags: Tag[]): Tag[] {
  const out: Tag[] = [];
  for (const tag of tags) {
    // The core schema's own tags are objects; a name would be a tag of another schema, which core does not give.
    if (typeof tag !== "object") out.push(tag);
    else if (tag.tag === "tag:yaml.org,2002:int") {
      if (!tag.format) out.push({ ...(tag as ScalarTag), test: INT });
    } else if (tag.tag === "tag:yaml.org,2002:float") {
      if (!tag.format && (tag as ScalarTag).test?.test("1.5")) out.push({ ...(tag as ScalarTag), test: FLOAT });
    } else out.push(tag);
  }
  return out;
}

