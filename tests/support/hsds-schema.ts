import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import schema from "../../lib/open-data/hsds/schema.json";

/**
 * Our HSDS JSON Schema (lib/open-data/hsds/schema.json) compiled by Ajv in
 * strict mode, with the formats it names (uuid, uri, email, date,
 * date-time): what a consumer of /data/hsds/ would validate against.
 */
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
ajv.addSchema(schema);

/** The schema's object definitions and the HSDS file each top-level file of the export is. */
export type HsdsDefinition = keyof typeof schema.$defs;

export function hsdsValidator(definition: HsdsDefinition): ValidateFunction {
  const validate = ajv.getSchema(`${schema.$id}#/$defs/${definition}`);
  if (!validate) throw new Error(`${definition} is not defined in the HSDS schema`);
  return validate;
}

/** Every error, one per line with where it is, or [] when the value is valid. */
export function hsdsErrors(definition: HsdsDefinition, value: unknown): string[] {
  const validate = hsdsValidator(definition);
  return validate(value) ? [] : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params)}`);
}
