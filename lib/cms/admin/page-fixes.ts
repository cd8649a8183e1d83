import { PREVIEW_CHECK_LABEL } from "./phrases";

/**
 * What Decap's own interface gets wrong for this site and no setting mends,
 * put right on the page:
 * - the toolbar's 「プレビューの確認」 button, which looks for a deploy preview
 *   this site never has (Decap shows it after a save even with
 *   show_preview_links: false), is hidden;
 * - the icon buttons of a list item (fold, remove) get names a screen reader
 *   can say;
 * - a refused save is not reported as an uncaught error: Decap rejects a
 *   promise nobody waits for whenever a field says no, which the form has
 *   already told staff about;
 * - another entry's address pasted into the same tab shows that entry (Decap
 *   keeps the form it has when only the entry in the address changes);
 * - asking the local backend for a draft that does not exist is answered
 *   here, without a request that fails with 404 on every entry opened.
 */

/** Watches the page and mends what Decap renders, as it renders it. */
export function mendThePage(root: Node = document.body): void {
  let pending = false;
  const mend = () => {
    pending = false;
    hidePreviewCheck();
    nameListItemButtons();
  };
  // Once per frame however much Decap renders in it.
  new MutationObserver(() => {
    if (!pending) requestAnimationFrame(mend);
    pending = true;
  }).observe(root, { childList: true, subtree: true });
  mend();
}

function hidePreviewCheck() {
  for (const b of document.querySelectorAll("button")) {
    // Decap's styles give the container its display, which the hidden attribute alone would not override.
    if (b.textContent?.trim() === PREVIEW_CHECK_LABEL) b.parentElement?.style.setProperty("display", "none", "important");
  }
}

/**
 * A list item's top bar (ListControl: the list's element holds its header,
 * then its items; an item's first child is its bar): the fold button first,
 * the remove button last, both only an icon.
 */
function nameListItemButtons() {
  for (const label of document.querySelectorAll<HTMLLabelElement>("label[for]")) {
    for (const item of document.getElementById(label.htmlFor)?.children[1]?.children ?? []) {
      const buttons = [...(item.firstElementChild?.querySelectorAll(":scope > button") ?? [])].filter((b) => !b.getAttribute("aria-label") && !b.textContent?.trim());
      if (buttons.length !== 2) continue;
      buttons[0].setAttribute("aria-label", "この項目をたたむ・広げる");
      buttons[1].setAttribute("aria-label", "この項目を削除");
    }
  }
}

/**
 * A save the form has refused: Decap rejects with nothing at all when a field
 * said no (actions/editorialWorkflow.ts persistUnpublishedEntry), and nobody
 * waits for that promise. The panel has said why; any other rejection is
 * left to be reported.
 */
export function quietRefusedSaves(): void {
  window.addEventListener("unhandledrejection", (event) => {
    if (event.reason === undefined) event.preventDefault();
  });
}

/** `#/collections/programs/entries/yorozu` → "programs/yorozu"; undefined for any other screen. */
function entryOf(hash: string): string | undefined {
  const m = /^#\/collections\/([^/]+)\/entries\/(.+)$/.exec(hash);
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/** One entry's address replaced by another's in the same tab: the page is loaded again, for the other entry. */
export function reloadOnAnotherEntry(): void {
  let shown = entryOf(location.hash);
  window.addEventListener("hashchange", () => {
    const next = entryOf(location.hash);
    if (shown && next && next !== shown) location.reload();
    shown = next;
  });
}

/**
 * Decap asks the local backend for each entry's draft, and decap-server
 * answers 404 when there is none, which the browser logs as an error. The
 * list of drafts is asked first; a draft not in it is answered here with the
 * same 404, without a request. Opening a page of a collection of single files
 * (the flow, the municipalities…) Decap also asks for the media of a folder it
 * names "" (the site has no media folder), which decap-server refuses and
 * Decap then shows as a broken screen: answered here with no media.
 */
export function answerMissingDrafts(backendUrl: string, entryFile: (collection: string, slug: string) => string | undefined): void {
  const fetchFromNetwork = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (url === backendUrl && typeof init?.body === "string") {
      const request = JSON.parse(init.body) as { action?: string; params?: { branch?: string; id?: string; collection?: string; slug?: string; mediaFolder?: string } };
      if (request.action === "getMedia" && !request.params?.mediaFolder) {
        return new Response("[]", { status: 200, headers: { "Content-Type": "application/json" } });
      }
      if (request.action === "unpublishedEntry" && request.params) {
        const { branch, id, collection, slug } = request.params;
        const drafts = await fetchFromNetwork(backendUrl, { ...init, body: JSON.stringify({ action: "unpublishedEntries", params: { branch } }) });
        const keys: unknown = drafts.ok ? await drafts.json() : undefined;
        if (Array.isArray(keys) && !keys.includes(id ?? `${collection}/${slug}`)) {
          return new Response(JSON.stringify({ message: "Not Found" }), { status: 404, headers: { "Content-Type": "application/json" } });
        }
        return ownFileOnly(await fetchFromNetwork(input, init), collection && slug ? entryFile(collection, slug) : undefined);
      }
    }
    return fetchFromNetwork(input, init);
  };
}

/**
 * decap-server lists a draft's files as `git diff <base> <draft>`, so once
 * another draft is published (the base moved on), every draft also "changes"
 * the files published since, and Decap may open, say, a program showing the
 * consultation flow's values. A draft of this site only ever changes its own
 * file: the list is cut to that file.
 */
async function ownFileOnly(response: Response, file: string | undefined): Promise<Response> {
  if (!response.ok || !file) return response;
  const entry = (await response.json()) as { diffs?: { path?: string }[] };
  const own = entry.diffs?.filter((d) => d.path === file);
  return new Response(JSON.stringify(own?.length ? { ...entry, diffs: own } : entry), { status: response.status, headers: { "Content-Type": "application/json" } });
}
