/** Names shared by the config generator (Node) and the /admin page (browser). */

/** The form field that names a new file; it is the page URL, not front matter, so it is never written into the file. */
export const FILE_NAME_FIELD = "fileName";

/** Decap's own front-matter writer folds long lines and drops comments; this project registers its own under this name. */
export const FRONT_MATTER_FORMAT = "site-front-matter";

/** decap-server's usual port; `?local_backend=PORT` on /admin picks another (scripts/cms-local.ts). */
export const LOCAL_BACKEND_DEFAULT_PORT = 8081;

/** Leading `# …` lines of a front matter (e.g. the yaml-language-server schema link), carried through the form untouched. */
export const HEADER_KEY = "__comments";
