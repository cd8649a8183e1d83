import { describe, expect, it } from "vitest";
import { parseEmail, parseIssuesUrl, parseSiteUrl, SiteConfigError, urlOn } from "./config";
import { pageMetadataOn } from "./metadata";

describe("site configuration", () => {
  it("takes the public origin from SITE_URL, and nothing when it is unset or blank", () => {
    expect(parseSiteUrl("https://navi.test/")).toBe("https://navi.test");
    expect(parseSiteUrl(" https://navi.test ")).toBe("https://navi.test");
    expect(parseSiteUrl(undefined)).toBeUndefined();
    expect(parseSiteUrl("  ")).toBeUndefined();
  });

  it("stops the build on a setting that would publish a broken or misleading address", () => {
    for (const bad of ["navi.test", "ftp://navi.test", "https://navi.test/sub", "https://navi.test/?a=1"]) expect(() => parseSiteUrl(bad), bad).toThrow(SiteConfigError);
    expect(() => parseIssuesUrl("http://github.com/o/r/issues/new")).toThrow(SiteConfigError);
    for (const bad of ["navi", "a@b", "a@b.test?cc=x@y.test", "a b@c.test"]) expect(() => parseEmail(bad), bad).toThrow(SiteConfigError);
    expect(parseEmail("navi@pref.test")).toBe("navi@pref.test");
    expect(parseIssuesUrl("https://github.com/o/r/issues/new")).toBe("https://github.com/o/r/issues/new");
  });

  it("gives a full URL only with an origin", () => {
    expect(urlOn("https://navi.test", "/about")).toBe("https://navi.test/about");
    expect(urlOn("https://navi.test", "/")).toBe("https://navi.test/");
    expect(urlOn(undefined, "/about")).toBeUndefined();
  });

  it("claims a canonical URL and og:url only when the origin is configured", () => {
    const configured = pageMetadataOn("https://navi.test", { title: "t", description: "d", path: "/about" });
    expect(configured.alternates?.canonical).toBe("/about");
    expect((configured.openGraph as { url?: string }).url).toBe("/about");
    const bare = pageMetadataOn(undefined, { title: "t", description: "d", path: "/about" });
    expect(bare.alternates).toBeUndefined();
    expect((bare.openGraph as { url?: string }).url).toBeUndefined();
  });
});
