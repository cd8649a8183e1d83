/** Names shared by the config generator (Node) and the /admin page (browser). */

/** The form field that names a new file; it is the page URL, not front matter, so it is never written into the file. */
export const FILE_NAME_FIELD = "fileName";

/** Decap's own front-matter writer folds long lines and drops comments; this project registers its own under this name. */
export const FRONT_MATTER_FORMAT = "site-front-matter";

/** decap-server's usual port; `?local_backend=PORT` on /admin picks another (scripts/cms-local.ts). */
export const LOCAL_BACKEND_DEFAULT_PORT = 8081;

/**
 * The file as it was read, carried through the form unseen (Decap keeps keys
 * no field shows), so that saving changes that file rather than writing a new
 * one (admin/front-matter-format.ts).
 */
export const ORIGINAL_KEY = "__original";

/**
 * On a list field whose items may be written either as plain text or as an
 * object (a flow item: 「商工会」 or { text, link }): the object's field that
 * plain text stands for. The form always shows the object; an item with only
 * this field filled in is written as plain text. Decap ignores the key.
 */
export const PLAIN_KEY = "plain_key";

/** The form widget of a desk's hours: the object's fields with, beside them, the sentence the site will show (widgets.ts). */
export const HOURS_WIDGET = "hours";

/**
 * The branch the local backend starts from and publishes to, in a worktree of
 * its own beside the working copy (scripts/lib/cms-local-backend.ts): never a
 * branch someone has checked out.
 */
export const LOCAL_BACKEND_BRANCH = "cms-local";

/** The site shows no images: a media library of this name offers none, and Decap then shows no media button (admin/main.ts). */
export const NO_MEDIA_LIBRARY = "none";

/** The form's last field, which checks the whole page when 保存 is pressed (widgets.ts); never written into a file. */
export const SAVE_CHECK_FIELD = "saveCheck";
export const SAVE_CHECK_WIDGET = "save-check";
