import { characterCount, shown } from "./characters";
import { LIMITS } from "./limits";

/**
 * Where a link may go: a page of this site (/programs/yorozu), a web page
 * (https://…), or an e-mail address (mailto: with the address only). The
 * check for the front-matter's `links`, the check for links in a body and the
 * renderer all ask this one module, so what validation accepts is exactly
 * what a page keeps as a working link, and nothing else becomes a link.
 */
export type LinkKind = "site" | "external" | "mailto";

export const EXAMPLE_URL = "https://www.pref.aomori.lg.jp/";

/** What is wrong with a web address written for a link, in plain words; undefined when it is fine. */
export function externalUrlProblem(value: string): string | undefined {
  if (/\s/.test(value)) return "URL に空白が入っています。空白を取り除いてください";
  if (characterCount(value) > LIMITS.url) return `URL が長すぎます（${characterCount(value)}文字。上限は ${LIMITS.url}文字）。ページのトップなど短い URL にしてください`;
  if (value.includes("\\")) return "URL に \\ は使えません。/ に直してください";
  if (!/^https?:\/\//i.test(value)) {
    return /^[a-z][a-z0-9+.-]*:/i.test(value) && !/^https?:/i.test(value)
      ? "URL は https:// か http:// で始めてください"
      : `URL の形になっていません。https:// から書いてください（例: ${EXAMPLE_URL}）`;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `URL の形になっていません。https:// から書いてください（例: ${EXAMPLE_URL}）`;
  }
  // https://www.pref.aomori.lg.jp@evil.example/ goes to evil.example; nobody needs a user name in a public link.
  if (url.username || url.password) return "URL に @ より前の部分（ユーザー名など）は書けません。https:// の直後にサイトの名前が来るように直してください";
  if (!url.hostname.includes(".")) return `URL のサイトの名前（${shown(url.hostname)}）が正しくありません。https:// から書いてください（例: ${EXAMPLE_URL}）`;
  return undefined;
}

/**
 * An e-mail address as staff may write one: the characters public offices'
 * addresses use, one @, a domain with a dot. The loose shape for the editors'
 * pattern and a body's mailto: link; emailAddressProblem says more.
 */
export const EMAIL_ADDRESS = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;
const MAILTO = new RegExp(`^mailto:${EMAIL_ADDRESS.source.slice(1)}`, "i");
const EMAIL_EXAMPLE = "soudan@example.jp";

/**
 * What is wrong with an e-mail address written in a field, in plain words;
 * undefined when it is fine. Only the address: a display name (「担当 <…>」)
 * or mailto: in front would not reach anyone when the page makes the link.
 */
export function emailAddressProblem(value: string): string | undefined {
  const now = `（いまは「${shown(value, 60)}」）`;
  if (/^mailto:/i.test(value)) return `mailto: は書かずに、メールアドレスだけを書いてください${now}`;
  if (/[<>"()]/.test(value)) return `名前や < > などは書かずに、${EMAIL_EXAMPLE} のようにアドレスだけを書いてください${now}`;
  if (/\s/.test(value)) return `メールアドレスに空白が入っています。空白を取り除いてください${now}`;
  if (/[^\x21-\x7e]/.test(value)) return `メールアドレスに全角の文字が入っています。＠ や英数字も半角で書いてください${now}`;
  if (value.length > 254) return `メールアドレスが長すぎます（${value.length}文字。上限は 254文字）`;
  const parts = value.split("@");
  if (parts.length !== 2 || !parts[0] || !parts[1]) return `メールアドレスには、${EMAIL_EXAMPLE} のように @ を1つだけ入れ、その前と後ろを書いてください${now}`;
  const [local, domain] = parts;
  if (!/^[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*$/.test(local) || local.length > 64) {
    return `@ より前の部分（${shown(local)}）に使えない文字か、先頭・末尾・続けての「.」があります。アドレスを確かめてください${now}`;
  }
  const labels = domain.split(".");
  if (labels.length < 2 || labels.some((l) => !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(l)) || !/^[A-Za-z]{2,}$/.test(labels[labels.length - 1])) {
    return `@ より後ろの部分（${shown(domain)}）がドメイン名の形ではありません（例: pref.aomori.lg.jp）。アドレスを確かめてください${now}`;
  }
  return undefined;
}

/** What is wrong with the address of a web form, which owners fill in with their name and business: a web address, and an encrypted one. */
export function formUrlProblem(value: string): string | undefined {
  const problem = externalUrlProblem(value);
  if (problem) return problem;
  if (!/^https:\/\//i.test(value)) return "フォームの URL は https:// で始まるものにしてください（http:// のページでは、書き込んだ内容が暗号化されずに送られます）";
  return undefined;
}

/**
 * The problem with a link in a body, or undefined with the kind of link it is.
 * `tel:` is not here: a number belongs in the front-matter (see body.ts).
 */
export function bodyLink(url: string): { kind: LinkKind; problem?: undefined } | { kind?: undefined; problem: string } {
  if (url.startsWith("/") && !url.startsWith("//")) {
    if (/[\s\\]/.test(url)) return { problem: `サイト内のリンク先「${shown(url)}」に空白か \\ が入っています。/programs/ファイル名 の形で書いてください` };
    return { kind: "site" };
  }
  if (url.startsWith("//")) return { problem: `リンク先「${shown(url)}」は使えません。ほかのサイトへは https:// から書いてください` };
  if (/^https?:/i.test(url)) {
    const problem = externalUrlProblem(url);
    return problem ? { problem: `リンク先「${shown(url)}」: ${problem}` } : { kind: "external" };
  }
  if (/^mailto:/i.test(url)) {
    if (/[?&]/.test(url)) return { problem: "mailto: のリンクにはメールアドレスだけを書いてください（? から後の件名や宛先の追加は使えません）" };
    return MAILTO.test(url) ? { kind: "mailto" } : { problem: `メールアドレス「${shown(url.slice(7))}」の形が正しくありません。mailto:info@example.jp のように書いてください` };
  }
  if (url.startsWith("#")) return { problem: "ページ内へのリンク（# で始まるもの）は使えません（見出しには名前が付かないため、どこにも飛びません）。リンクをやめて文だけにしてください" };
  return { problem: `リンク先「${shown(url)}」は使えません。https:// で始まる URL か、サイト内のパス（/ で始まる）にしてください` };
}
