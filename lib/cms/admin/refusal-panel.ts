import { findField, unfold, type FoundField } from "./form-dom";
import type { IssuePath } from "./form-words";

/**
 * A refused save, on the page: a panel that stays until it is closed, listing
 * every problem with where it is; the first field scrolled to and focused; and
 * each field marked where it stands (a red frame, aria-invalid, the message
 * right under its label, read out with it). A number typed with full-width
 * digits or dashes gets a button that writes it the way the site needs.
 * Styles: public/admin/admin.css.
 */

export type PanelItem = {
  /** Where the problem is in the form: a path to find, or a field already found (Decap's own checks). */
  path?: IssuePath;
  field?: FoundField;
  /** 「担当窓口 1 件目 › FAX 番号」 */
  place: string;
  message: string;
  fix?: { value: string };
  /** Fields this problem makes required (a desk's confirmation record): marked and labelled 必須. */
  requires?: IssuePath[];
};

const PANEL_ID = "aomori-refusal";
const MARK = "aomori-invalid";
const MESSAGE = "aomori-field-message";
/** What a field that has become required is labelled, in place of Decap's 「(任意)」. */
const NOW_REQUIRED = " (この番号では必須)";

let counter = 0;

/** Shows the panel (replacing an earlier one), marks the fields and moves to the first. */
export function showRefusal(root: ParentNode, title: string, items: PanelItem[], summaryText = `直すところが ${items.length} か所あります。直してから、もう一度「保存」を押してください。`): void {
  clearRefusal();
  const panel = document.createElement("section");
  panel.id = PANEL_ID;
  panel.className = "aomori-refusal";
  panel.setAttribute("aria-labelledby", `${PANEL_ID}-title`);
  const heading = document.createElement("h2");
  heading.id = `${PANEL_ID}-title`;
  heading.textContent = title;
  const summary = document.createElement("p");
  summary.setAttribute("role", "alert");
  summary.textContent = summaryText;
  const list = document.createElement("ol");
  const located = items.map((item) => ({ item, field: item.field ?? (item.path ? findField(root, item.path) : undefined) }));
  for (const { item, field } of located) list.append(entry(root, item, field));
  const close = button("閉じる", () => clearRefusal());
  close.className = "aomori-refusal-close";
  panel.append(heading, summary, ...(items.length ? [list] : []), close);
  document.body.append(panel);
  const first = located.find((l) => l.field)?.field;
  if (first) goTo(first);
}

/** Removes the panel and every mark: a new save is checked afresh. */
export function clearRefusal(): void {
  document.getElementById(PANEL_ID)?.remove();
  for (const el of document.querySelectorAll(`.${MARK}`)) unmark(el as HTMLElement);
}

function entry(root: ParentNode, item: PanelItem, field: FoundField | undefined): HTMLLIElement {
  const li = document.createElement("li");
  if (item.place) {
    const place = document.createElement("p");
    place.className = "aomori-refusal-place";
    place.textContent = item.place;
    li.append(place);
  }
  const message = document.createElement("p");
  message.textContent = item.message;
  li.append(message);
  if (field) {
    mark(field, item.message);
    li.append(button("この欄へ移動", () => goTo(field)));
    const fix = item.fix;
    const input = field.control;
    if (fix && (input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)) {
      const convert = button(`半角の「${fix.value}」に直す`, () => {
        setValue(input, fix.value);
        unmark(field.container);
        convert.replaceWith(done("直しました。ほかを直したら、もう一度「保存」を押してください"));
      });
      li.append(convert);
    }
  }
  for (const path of item.requires ?? []) {
    const required = findField(root, path);
    if (required) markRequired(required);
  }
  return li;
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = text;
  b.addEventListener("click", onClick);
  return b;
}

function done(text: string): HTMLParagraphElement {
  const p = document.createElement("p");
  p.setAttribute("role", "status");
  p.textContent = text;
  return p;
}

/** Opens what folds the field, brings it to the middle of the window and puts the cursor in it. */
function goTo(field: FoundField): void {
  unfold(field);
  field.container.scrollIntoView({ block: "start" });
  const target = field.control && /^(INPUT|TEXTAREA|SELECT)$/.test(field.control.tagName) ? field.control : field.container.querySelector<HTMLElement>("input, textarea, button");
  target?.focus({ preventScroll: true });
}

function mark(field: FoundField, text: string): void {
  const { container, label, control } = field;
  container.classList.add(MARK);
  const id = `aomori-issue-${++counter}`;
  const message = document.createElement("p");
  message.className = MESSAGE;
  message.id = id;
  message.textContent = text;
  // Under the label's row, before the field itself.
  label.parentElement?.after(message);
  if (control && /^(INPUT|TEXTAREA)$/.test(control.tagName)) {
    control.setAttribute("aria-invalid", "true");
    control.setAttribute("aria-describedby", [control.getAttribute("aria-describedby"), id].filter(Boolean).join(" "));
  }
  // Typing in the field takes its mark away; the panel stays until it is closed.
  container.addEventListener("input", () => unmark(container), { once: true });
}

function unmark(container: HTMLElement): void {
  container.classList.remove(MARK);
  for (const m of container.querySelectorAll(`:scope > .${MESSAGE}`)) {
    const id = m.id;
    m.remove();
    for (const el of container.querySelectorAll(`[aria-describedby~="${id}"]`)) {
      const rest = (el.getAttribute("aria-describedby") ?? "").split(" ").filter((x) => x && x !== id);
      if (rest.length) el.setAttribute("aria-describedby", rest.join(" "));
      else el.removeAttribute("aria-describedby");
      el.removeAttribute("aria-invalid");
    }
  }
}

/** Decap labels it 「(任意)」, which it no longer is: the label says so. */
function markRequired(field: FoundField): void {
  field.container.classList.add(MARK);
  const optional = field.label.querySelector("span");
  if (optional) optional.textContent = NOW_REQUIRED;
}

/** A value typed into a field Decap's React owns: set as the browser would, so that React hears it. */
function setValue(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, "value")?.set?.call(input, value);
  input.dispatchEvent(new Event("input", { bubbles: true }));
}
