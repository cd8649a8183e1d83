/** Names shared by the config generator (Node) and the /admin page (browser). */

/** The form field that names a new file; it is the page URL, not front matter, so it is never written into the file. */
export const FILE_NAME_FIELD = "fileName";

/** Decap's own front-matter writer folds long lines and drops comments; this project registers its own under this name. */
export const FRONT_MATTER_FORMAT = "site-front-matter";

/** decap-server's usual port; `?local_backend=PORT` on /admin picks another (scripts/cms-local.ts). */
export const LOCAL_BACKEND_DEFAULT_PORT = 8081;

/**
 * Comment lines of a front matter, carried through the form untouched: by the
 * top-level key they stand above ("" for the file's first key, e.g. the
 * yaml-language-server schema link).
 */
export const HEADER_KEY = "__comments";

/**
 * On a list field whose items may be written either as plain text or as an
 * object (a flow item: 「商工会」 or { text, link }): the object's field that
 * plain text stands for. The form always shows the object; an item with only
 * this field filled in is written as plain text. Decap ignores the key.
 */
export const PLAIN_KEY = "plain_key";
