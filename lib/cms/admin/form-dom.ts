import { EXPAND_LABEL, FIELD_CONTAINER_LABEL } from "./phrases";
import type { IssuePath } from "./form-words";

/**
 * Finding a field of Decap's form on the page by its path in the file
 * (["contacts", 0, "tel", 0, "number"]), to scroll to it and mark it. Decap
 * gives no way to reach its form from outside, so this reads the form as
 * Decap renders it (decap-cms-core EditorControl, ListControl, ObjectControl):
 * - every field sits in a container labelled FIELD_CONTAINER_LABEL (our
 *   phrase for Decap's `widgetLabel`), whose first child holds the field's
 *   <label for="<name>-field-<n>">;
 * - a list's element (the label's target) holds a header, then an element
 *   with its items in order, each holding the fields of that item;
 * - an object folded shut has a button labelled EXPAND_LABEL in its header.
 * tests/e2e/cms.spec.ts drives refusals through it in Chromium.
 */

const CONTAINER = `[aria-label="${FIELD_CONTAINER_LABEL}"]`;

export type FoundField = {
  /** The field's container: label, messages and control. */
  container: HTMLElement;
  /** The element its label points at: the input, or the list's or object's element. */
  control: HTMLElement | null;
  label: HTMLLabelElement;
};

/** The container a container sits in, or null at the top of the form. */
function parentContainer(el: Element): Element | null {
  return el.parentElement?.closest(CONTAINER) ?? null;
}

/** The fields directly inside `parent` (null: the top of the form), named `name`. */
function childFields(root: ParentNode, parent: Element | null, name: string): FoundField[] {
  const id = new RegExp(`^${name.replace(/[^\w-]/g, "")}-field-\\d+$`);
  return [...root.querySelectorAll<HTMLLabelElement>("label[for]")]
    .filter((l) => id.test(l.htmlFor))
    .map((label) => ({ label, container: label.closest<HTMLElement>(CONTAINER)! }))
    .filter(({ container }) => container && parentContainer(container) === parent)
    .map(({ label, container }) => ({ label, container, control: document.getElementById(label.htmlFor) }));
}

/** The items of a list field, each the element holding that item's fields (ListControl: its header, then the sortable list of items). */
function listItems(list: FoundField): Element[] {
  const sortable = list.control?.children[1];
  return sortable ? [...sortable.children].filter((item) => item.querySelector(CONTAINER)) : [];
}

/**
 * The field at `path`, or the deepest one found on the way (an issue about a
 * missing key points at its parent). Objects folded shut on the way are opened.
 */
export function findField(root: ParentNode, path: IssuePath): FoundField | undefined {
  let found: FoundField | undefined;
  let scope: ParentNode = root;
  let parent: Element | null = null;
  for (const key of path) {
    if (typeof key === "number") {
      if (!found) return undefined;
      const item = listItems(found)[key];
      if (!item) return found;
      scope = item;
      continue;
    }
    const [next] = childFields(scope, parent, key);
    if (!next) return found;
    found = next;
    parent = next.container;
    scope = next.container;
  }
  return found;
}

/** Opens every folded object around a field, so that it can be seen and scrolled to. */
export function unfold(field: FoundField): void {
  for (let c: Element | null = field.container; c; c = parentContainer(c)) {
    const expand = c.querySelector<HTMLButtonElement>(`:scope button[aria-label="${EXPAND_LABEL}"]`);
    if (expand && parentContainer(expand) === c) expand.click();
  }
}

/** Fields Decap itself marked with a message on the last save (required, too many items…), in the form's order. */
export function fieldsDecapRefused(root: ParentNode): { field: FoundField; messages: string[] }[] {
  return [...root.querySelectorAll<HTMLLabelElement>("label[for]")].flatMap((label) => {
    const container = label.closest<HTMLElement>(CONTAINER);
    // Decap lists a field's messages right beside its label (EditorControl's ControlErrorsList).
    const list = label.parentElement?.parentElement?.querySelector(":scope > ul");
    const messages = list ? [...list.querySelectorAll("li")].map((li) => li.textContent ?? "").filter(Boolean) : [];
    return container && messages.length ? [{ field: { label, container, control: document.getElementById(label.htmlFor) }, messages }] : [];
  });
}
