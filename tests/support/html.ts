import { expect, type APIRequestContext } from "@playwright/test";
import { Window } from "happy-dom";

/**
 * Reading what the server sends without a browser: the built HTML parsed
 * into a DOM by happy-dom, which runs no script and loads nothing (feeds
 * are read by tests/support/atom.ts). For every check that needs no layout,
 * this is a fraction of a page load.
 */
const window = new Window({
  settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
});

export type Doc = ReturnType<InstanceType<typeof window.DOMParser>["parseFromString"]>;

export const parseHtml = (text: string): Doc => new window.DOMParser().parseFromString(text, "text/html");

type Fetched = { status: number; html: string; doc: Doc };
/** Pages already fetched by this worker: the built HTML does not change during a run, and many tests read the same pages. */
const fetched = new Map<string, Promise<Fetched>>();

/** The page as served, with its status checked, raw and parsed (shared between tests: never change it). */
export async function fetchPage(request: APIRequestContext, route: string, status = 200) {
  if (!fetched.has(route)) {
    fetched.set(
      route,
      request.get(route).then(async (res) => {
        const html = await res.text();
        return { status: res.status(), html, doc: parseHtml(html) };
      }),
    );
  }
  const page = await fetched.get(route)!;
  expect(page.status, route).toBe(status);
  return { html: page.html, doc: page.doc };
}
