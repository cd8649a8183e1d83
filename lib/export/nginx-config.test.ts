import { describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { nginxSiteConfig, quote, SENT_FROM_MEMORY_FROM } from "./nginx-config";
import { HTML_TYPE, type ExportedFile } from "./site-export";

describe("quote", () => {
  it("escapes quotes, backslashes and newlines for nginx", () => {
    expect(quote('attachment; filename="a.csv"')).toBe('"attachment; filename=\\"a.csv\\""');
    expect(quote("Bad Request\n")).toBe('"Bad Request\\n"');
  });
  it("refuses a $, which nginx would read as a variable", () => {
    expect(() => quote("a$b")).toThrow(/\$/);
  });
});

describe("nginxSiteConfig", () => {
  it("sends a page from one buffer from SENT_FROM_MEMORY_FROM bytes on, and a smaller one with sendfile", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nginx-config-"));
    try {
      const page = (urlPath: string, bytes: number): ExportedFile => {
        const source = path.join(dir, `${urlPath.slice(1) || "index"}.html`);
        fs.writeFileSync(source, "x".repeat(bytes));
        return { urlPath, source, file: path.basename(source), kind: "page", contentType: HTML_TYPE, headers: [] };
      };
      const files = [page("/", SENT_FROM_MEMORY_FROM - 1), page("/small", 1000), page("/large", SENT_FROM_MEMORY_FROM), page("/larger", 3 * SENT_FROM_MEMORY_FROM)];
      const conf = nginxSiteConfig({ manifest: { buildId: "t", pages: {}, notFound: [] }, files, notFound: { html: "", rsc: "" } }, { listen: "127.0.0.1:1", siteRoot: dir, errorsRoot: dir });
      const location = (p: string) => new RegExp(`^ {4}location = ${p} \\{\\n([\\s\\S]*?)^ {4}\\}`, "m").exec(conf)?.[1];
      expect(conf).toMatch(/^ {4}sendfile on;$/m);
      expect(location("/")).not.toMatch(/sendfile/);
      expect(location("/small")).toBeUndefined();
      expect(location("/large")).toMatch(/sendfile off;\n\s+output_buffers 1 \d+k;\n\s+try_files \$uri\$site_variant \$uri =404;/);
      // the buffer holds the whole page
      const kb = Number(/output_buffers 1 (\d+)k/.exec(location("/larger") ?? "")?.[1]);
      expect(kb * 1024).toBeGreaterThanOrEqual(3 * SENT_FROM_MEMORY_FROM);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
