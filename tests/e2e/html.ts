import { expect, type APIRequestContext } from "@playwright/test";
import { Window } from "happy-dom";

/**
 * Reading what the server sends without a browser: the built HTML (or XML)
 * parsed into a DOM by happy-dom, which runs no script and loads nothing.
 * For every check that needs no layout, this is a fraction of a page load.
 */
const window = new Window({
  settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
});

export type Doc = ReturnType<InstanceType<typeof window.DOMParser>["parseFromString"]>;

export const parseHtml = (text: string): Doc => new window.DOMParser().parseFromString(text, "text/html");
export const parseXml = (text: string): Doc => new window.DOMParser().parseFromString(text, "application/xml");

/** The page as served, with its status checked, raw and parsed. */
export async function fetchPage(request: APIRequestContext, route: string, status = 200) {
  const res = await request.get(route);
  expect(res.status(), route).toBe(status);
  const html = await res.text();
  return { html, doc: parseHtml(html) };
}
