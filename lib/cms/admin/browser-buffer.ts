/**
 * gray-matter, which reads a file for the form as it does for the site
 * (lib/content/front-matter.ts), also keeps the text it was given as Node's
 * Buffer (`orig`, which nothing here reads). The browser has no Buffer, so
 * the editor's bundle (scripts/build-admin.ts) gives it this one.
 */
export const Buffer = { from: (text: string) => new TextEncoder().encode(text) };
