import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { deferScriptsInBuild, deferScriptsUntilPainted, loaderScript, pageScripts } from "./after-paint";
import { inlineScripts } from "./csp-manifest";

// The shape React's server renderer gives a Next page: bootstrap scripts in the head, one preloaded and added at the end.
const page = [
  '<!DOCTYPE html><html lang="ja"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/late.js"/>',
  '<script src="/_next/static/chunks/main.js" async=""></script><script src="/_next/static/chunks/turbopack-x.js" async=""></script>',
  '<script src="/_next/static/chunks/legacy.js" noModule=""></script></head>',
  '<body><p>本文</p><script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
  '<script src="/_next/static/chunks/late.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>',
].join("");

describe("deferScriptsUntilPainted", () => {
  const out = deferScriptsUntilPainted(page)!;

  it("takes every bootstrap script and the preload out of the page", () => {
    expect(out).not.toMatch(/async=""/);
    expect(out).not.toContain('rel="preload"');
  });

  it("leaves the rest as it was: the stylesheet, the content, Next's inline scripts, the nomodule script", () => {
    for (const kept of ['<link rel="stylesheet"', "<p>本文</p>", '<script id="_R_">', "self.__next_f", 'noModule=""']) expect(out).toContain(kept);
  });

  it("has the loader add the same scripts in the same order, and nothing else", () => {
    expect(pageScripts(out)).toEqual(pageScripts(page));
    expect(pageScripts(page)).toEqual(["/_next/static/chunks/main.js", "/_next/static/chunks/turbopack-x.js", "/_next/static/chunks/late.js"]);
    expect(inlineScripts(out)).toContain(loaderScript(pageScripts(page)));
  });

  it("puts the loader in the head, and leaves a page without bootstrap scripts alone", () => {
    expect(out.indexOf("(function(s){")).toBeLessThan(out.indexOf("</head>"));
    expect(deferScriptsUntilPainted("<html><head></head><body></body></html>")).toBeUndefined();
  });

  it("cannot be closed early by a script URL", () => {
    expect(loaderScript(["/x</script><script>alert(1)//.js"])).not.toContain("</script");
  });
});

describe("deferScriptsInBuild", () => {
  function build(pages: Record<string, string>): string {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), "after-paint-"));
    for (const [file, html] of Object.entries(pages)) {
      fs.mkdirSync(path.dirname(path.join(dist, "server", "app", file)), { recursive: true });
      fs.writeFileSync(path.join(dist, "server", "app", file), html);
    }
    return dist;
  }

  it("rewrites each page once, and drops a route cache copied from the old pages", () => {
    const dist = build({ "index.html": page, "programs/a.html": page, "_not-found.html": page });
    fs.mkdirSync(path.join(dist, "server", "route-cache", "x"), { recursive: true });
    expect(deferScriptsInBuild(dist)).toEqual({ rewritten: 3, pages: 3 });
    expect(fs.existsSync(path.join(dist, "server", "route-cache"))).toBe(false);
    const once = fs.readFileSync(path.join(dist, "server", "app", "programs", "a.html"), "utf8");
    expect(deferScriptsInBuild(dist)).toEqual({ rewritten: 0, pages: 3 });
    expect(fs.readFileSync(path.join(dist, "server", "app", "programs", "a.html"), "utf8")).toBe(once);
  });

  it("stops when no page has a script to defer (Next writes them differently now)", () => {
    expect(() => deferScriptsInBuild(build({ "index.html": "<html><head></head><body></body></html>" }))).toThrow(/after-paint/);
  });
});
