/**
 * Site-wide settings in one place. Everything that names a place outside this
 * build — the public address, where a visitor can report a wrong number — is
 * configuration read from the environment at build time (README, "Configuration"),
 * never a value written here: an unconfigured build shows no invented host or
 * address anywhere, and leaves out what it cannot honestly fill in (canonical
 * URLs, the sitemap's entries, the printed QR code, the report links).
 */
export const SITE_NAME = "あおもり支援ナビ";
export const SITE_TAGLINE = "青森県の中小企業支援を、困りごとから探せます";
export const SITE_DESCRIPTION =
  "青森県の中小企業・小規模事業者向けの相談窓口、専門家派遣、情報提供の制度を、事業承継・省エネ・創業などの困りごとから探せます。担当窓口の電話番号にそのまま電話できます。";

/** Thrown at build time, so a mistyped setting stops the build instead of publishing a broken link. */
export class SiteConfigError extends Error {}

const blank = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** `https://shien.example.org/` → `https://shien.example.org`; a path, query or non-http(s) URL is refused. */
export function parseSiteUrl(value: string | undefined): string | undefined {
  const raw = blank(value);
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SiteConfigError(`SITE_URL「${raw}」は URL として読めません。公開するサイトのアドレスを https://ホスト名 の形で書いてください`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new SiteConfigError(`SITE_URL「${raw}」は https:// か http:// で始めてください`);
  if (url.pathname !== "/" || url.search || url.hash) {
    throw new SiteConfigError(`SITE_URL「${raw}」にはサイトのオリジン（https://ホスト名 まで）だけを書いてください。このサイトはパスの下に置く作りではありません`);
  }
  return url.origin;
}

/** The "new issue" page of the repository where corrections are tracked (https only). */
export function parseIssuesUrl(value: string | undefined): string | undefined {
  const raw = blank(value);
  if (!raw) return undefined;
  if (!/^https:\/\/\S+$/.test(raw)) throw new SiteConfigError(`ISSUES_URL「${raw}」は https:// から始まる、新しい issue を作るページのアドレスにしてください（例: https://github.com/組織名/リポジトリ名/issues/new）`);
  return raw;
}

/** A plain mailbox address; anything that could smuggle extra headers into a mailto: link is refused. */
export function parseEmail(value: string | undefined): string | undefined {
  const raw = blank(value);
  if (!raw) return undefined;
  if (!/^[^\s@?&#<>"'()]+@[^\s@?&#<>"'()]+\.[^\s@?&#<>"'()]+$/.test(raw)) {
    throw new SiteConfigError(`CORRECTIONS_EMAIL「${raw}」はメールアドレスとして読めません（訂正を受け付ける窓口のアドレスを 名前@ドメイン の形で書いてください）`);
  }
  return raw;
}

/**
 * Read through `process.env.X` written out in full, so that next.config.mjs's
 * `env` can inline them into the browser's code as well as the server's.
 */
/** The public origin (https://host), or undefined when the build was not told it. */
export const SITE_URL = parseSiteUrl(process.env.SITE_URL);
/** Where a visitor reports a wrong number on GitHub, or undefined. */
export const ISSUES_URL = parseIssuesUrl(process.env.ISSUES_URL);
/** The mailbox that takes corrections by e-mail (no account needed), or undefined. */
export const CORRECTIONS_EMAIL = parseEmail(process.env.CORRECTIONS_EMAIL);

/** A site path as a full URL on `origin`, or undefined without one (then there is nothing honest to write). */
export function urlOn(origin: string | undefined, path: string): string | undefined {
  return origin ? `${origin}${path === "/" ? "/" : path}` : undefined;
}

/** A site path as a full public URL, or undefined when no origin is configured. */
export function absoluteUrl(path: string): string | undefined {
  return urlOn(SITE_URL, path);
}

/**
 * A site path as the best address this build knows: the full URL when the
 * origin is configured, else the path itself, which every place that takes
 * this (JSON-LD, open data, the feed's links, a shared or reported page)
 * resolves against the page it was found on.
 */
export function publicUrl(path: string): string {
  return urlOn(SITE_URL, path) ?? path;
}
