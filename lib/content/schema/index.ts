/**
 * The one description of what each content file may contain, one file per
 * collection (program.ts with review.ts and translations.ts, need.ts, flow.ts,
 * areas.ts, settings.ts, names.ts) and the pieces they share (shared.ts).
 * Types for the pages, the build-time checks, the form editor, the editors'
 * JSON Schemas and the open data's field list all come from here;
 * reflection.ts reads the labels and hints they carry.
 */
export * from "./areas";
export * from "./flow";
export * from "./names";
export * from "./need";
export * from "./program";
export * from "./review";
export * from "./settings";
export * from "./translations";
export { CONFIRMATION_METHODS } from "../confirmation-methods";
export { confirmationSchema, phoneSchema, type Confirmation, type Phone } from "./shared";
export type { Hours } from "../hours";
