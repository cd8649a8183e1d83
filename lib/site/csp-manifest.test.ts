import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, inlineScripts, routeOfHtmlFile } from "./csp-manifest";
import { contentSecurityPolicy, cspForPath, methodsForPath } from "./security-headers";

const sha = (s: string) => `'sha256-${crypto.createHash("sha256").update(s, "utf8").digest("base64")}'`;

describe("inline scripts of a built page", () => {
  const html = [
    '<script src="/_next/static/chunks/a.js" async=""></script>',
    '<script type="application/ld+json">{"@type":"GovernmentService"}</script>',
    '<script id="_R_">(globalThis["TURBOPACK"] || []).push(1)</script>',
    "<script>self.__next_f.push([1,\"</p>\"])</script>",
    '<SCRIPT type="module">import("/x.js")</SCRIPT >',
    "<script>self.__next_f.push([1,\"</p>\"])</script>",
  ].join("");

  it("are the executable ones only: no src, no data block", () => {
    expect(inlineScripts(html)).toEqual(['(globalThis["TURBOPACK"] || []).push(1)', 'self.__next_f.push([1,"</p>"])', 'import("/x.js")', 'self.__next_f.push([1,"</p>"])']);
  });

  it("are hashed over their exact text, each hash once", () => {
    expect(inlineScriptHashes(html)).toEqual([sha('(globalThis["TURBOPACK"] || []).push(1)'), sha('self.__next_f.push([1,"</p>"])'), sha('import("/x.js")')]);
  });

  it("name their route after the file", () => {
    expect(routeOfHtmlFile("index.html")).toBe("/");
    expect(routeOfHtmlFile("programs/energy-saving.html")).toBe("/programs/energy-saving");
  });
});

describe("the policy of a path", () => {
  const hashes = { pages: { "/about": ["'sha256-a'"] }, notFound: ["'sha256-n'"] };

  it("allows a page's own hashes and no inline script otherwise", () => {
    expect(cspForPath("/about", hashes)).toContain("script-src 'self' 'sha256-a';");
    expect(cspForPath("/no-such", hashes)).toContain("script-src 'self' 'sha256-n';");
    expect(contentSecurityPolicy([])).toContain("script-src 'self';");
    expect(cspForPath("/about", hashes)).not.toContain("unsafe-inline");
  });

  it("lets a prefix have its own policy and methods, for that prefix only", () => {
    const policies = [{ prefix: "/admin", why: "test", csp: "default-src 'self'", methods: ["GET", "HEAD", "POST"] }];
    expect(cspForPath("/admin", hashes, policies)).toBe("default-src 'self'");
    expect(cspForPath("/admin/edit", hashes, policies)).toBe("default-src 'self'");
    expect(cspForPath("/administration", hashes, policies)).toContain("'sha256-n'");
    expect(methodsForPath("/admin/edit", policies)).toContain("POST");
    expect(methodsForPath("/about", policies)).toEqual(["GET", "HEAD"]);
  });
});
