import { KANJI_RUN, SKIPPED_ELEMENTS, hasKanji, type FuriganaData, type Ruby } from "@/lib/furigana/data";

/**
 * Furigana over the text of an element (the page's <main>), and off again.
 *
 * React owns the page's text nodes, so none is moved or split: a text node
 * that gets furigana keeps its place and is emptied, and the same text with
 * ruby goes in a span right after it. React can still update the node (its
 * text comes back: the span is redone), remove it (its span goes with it) or
 * insert before it (the new node lands before both), and the page never
 * shows a text twice or loses one. New and changed text is followed with a
 * MutationObserver while furigana are on.
 *
 * What is drawn (the text with ruby) is hidden from screen readers, and the
 * text as it was is there for them instead, visually hidden: a screen reader
 * reads each word once and never a reading, and a link or button keeps
 * exactly its name (Chromium would put spaces between the rubies of a name).
 */
const SKIP = new Set<string>(SKIPPED_ELEMENTS.map((e) => e.toUpperCase()));
/** Marks the spans this module adds; the one inside for screen readers is the plain text. */
export const RUBY_ATTRIBUTE = "data-furigana";
export const PLAIN_ATTRIBUTE = "data-furigana-plain";

type Annotated = { span: HTMLElement; text: string };

export class Furigana {
  private readonly annotated = new Map<Text, Annotated>();
  private readonly observer: MutationObserver;

  constructor(
    private readonly root: HTMLElement,
    private readonly data: FuriganaData,
  ) {
    this.observer = new MutationObserver((records) => this.follow(records));
  }

  on(): void {
    this.annotateWithin(this.root);
    this.observer.observe(this.root, { childList: true, characterData: true, subtree: true });
  }

  off(): void {
    this.observer.disconnect();
    for (const [node, { span, text }] of this.annotated) {
      span.remove();
      if (node.data === "") node.data = text;
    }
    this.annotated.clear();
  }

  private follow(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === "characterData" && r.target instanceof Text) this.textChanged(r.target);
      for (const n of r.removedNodes) if (n instanceof Text) this.forget(n);
      for (const n of r.addedNodes) if (!(n instanceof HTMLElement && n.hasAttribute(RUBY_ATTRIBUTE))) this.annotateWithin(n);
    }
  }

  private textChanged(node: Text): void {
    if (node.data === "" || !node.isConnected) return;
    this.forget(node);
    this.annotate(node);
  }

  private forget(node: Text): void {
    this.annotated.get(node)?.span.remove();
    this.annotated.delete(node);
  }

  private annotateWithin(start: Node): void {
    if (start instanceof Text) return void this.annotate(start);
    if (!(start instanceof Element) || this.skipped(start)) return;
    const walker = document.createTreeWalker(start, NodeFilter.SHOW_TEXT);
    const found: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) found.push(n as Text);
    for (const n of found) this.annotate(n);
  }

  private skipped(el: Element | null): boolean {
    for (let e = el; e && e !== this.root.parentElement; e = e.parentElement) {
      if (SKIP.has(e.tagName) || e.hasAttribute(RUBY_ATTRIBUTE)) return true;
    }
    return false;
  }

  private annotate(node: Text): void {
    const text = node.data;
    if (this.annotated.has(node) || !hasKanji(text) || this.skipped(node.parentElement)) return;
    const span = document.createElement("span");
    span.setAttribute(RUBY_ATTRIBUTE, "");
    const plain = document.createElement("span");
    plain.className = "sr-only";
    plain.setAttribute(PLAIN_ATTRIBUTE, "");
    plain.textContent = text;
    const drawn = document.createElement("span");
    drawn.setAttribute("aria-hidden", "true");
    drawn.append(...rubyNodes(text, rubiesOf(text, this.data)));
    span.append(plain, drawn);
    node.after(span);
    node.data = "";
    this.annotated.set(node, { span, text });
  }
}

/** The rubies of a text: as the build read it in context, else run by run from the page's words. */
export function rubiesOf(text: string, data: FuriganaData): Ruby[] {
  const known = data.texts[text];
  if (known && known.every(([s, e]) => hasKanji(text.slice(s, e)))) return known;
  const out: Ruby[] = [];
  for (const m of text.matchAll(KANJI_RUN)) out.push(...runRubies(m[0], m.index, data.words));
  return out;
}

/** A run of kanji from the words the page knows: the whole run, else the longest known words from its start. */
function runRubies(run: string, at: number, words: Record<string, string>): Ruby[] {
  const out: Ruby[] = [];
  for (let i = 0; i < run.length; ) {
    let len = run.length - i;
    while (len > 0 && !Object.hasOwn(words, run.slice(i, i + len))) len--;
    if (len === 0) {
      i++;
      continue;
    }
    out.push([at + i, at + i + len, words[run.slice(i, i + len)]]);
    i += len;
  }
  return out;
}

function rubyNodes(text: string, rubies: Ruby[]): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  for (const [s, e, reading] of [...rubies].sort((a, b) => a[0] - b[0])) {
    if (s < at) continue;
    if (s > at) nodes.push(document.createTextNode(text.slice(at, s)));
    const ruby = document.createElement("ruby");
    const rt = document.createElement("rt");
    rt.textContent = reading;
    ruby.append(text.slice(s, e), rt);
    nodes.push(ruby);
    at = e;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}
