import { describe, expect, it } from "vitest";
import { changedPages, htmlFileOf, parseNameStatus, PREVIEW_PORT, previewLink, previewSummary } from "./changed-pages";

const site = { programs: ["energy-saving", "yorozu"], needs: ["food"], flow: ["consultation-flow"], areas: ["municipalities"] };

describe("changed files → pages to preview", () => {
  it("maps a program, a need, the flow and the municipalities to the pages that show them, each file's own page first", () => {
    const pages = changedPages(
      parseNameStatus("M\tcontent/areas/municipalities.md\nM\tcontent/programs/energy-saving.md\nA\tcontent/needs/food.md\nM\tcontent/flow/consultation-flow.md\n"),
      site,
    );
    expect(pages.map((p) => p.path)).toEqual(["/programs/energy-saving", "/needs/food", "/programs/yorozu", "/phone-book", "/finder", "/programs", "/needs", "/flow"]);
    expect(pages[0].why).toBe("content/programs/energy-saving.md");
    // Program pages order their local desks by municipality: a change to the list shows on each of them.
    expect(pages.find((p) => p.path === "/programs/yorozu")?.why).toBe("content/areas/municipalities.md");
  });

  it("marks a deleted program's page as removed, takes a renamed file's new name, and lists a code change as the whole site", () => {
    const pages = changedPages(parseNameStatus("D\tcontent/programs/old.md\nR100\tcontent/programs/a.md\tcontent/programs/b.md\nM\tcomponents/header/header.tsx\nM\tREADME.md"), site);
    expect(pages.find((p) => p.path === "/programs/old")?.removed).toBe(true);
    expect(pages.some((p) => p.path === "/programs/b")).toBe(true);
    expect(pages.some((p) => p.path === "/programs/a")).toBe(false);
    expect(pages.find((p) => p.path === "/")?.why).toMatch(/^components\/header\/header\.tsx/);
    expect(changedPages(parseNameStatus("M\tREADME.md\nM\tdocs/editing.md"), site)).toEqual([]);
  });

  it("names each page's file in the static export, links it as served from the unpacked preview, and links the artifact", () => {
    expect(htmlFileOf("/")).toBe("index.html");
    expect(htmlFileOf("/programs/yorozu")).toBe("programs/yorozu.html");
    expect(previewLink("/programs/yorozu")).toBe(`http://127.0.0.1:${PREVIEW_PORT}/programs/yorozu.html`);
    const md = previewSummary(changedPages([{ status: "M", file: "content/programs/yorozu.md" }, { status: "D", file: "content/programs/old.md" }], site), "https://example.invalid/a/1");
    expect(md).toContain(`| \`/programs/yorozu\` | [programs/yorozu.html](${previewLink("/programs/yorozu")}) | \`content/programs/yorozu.md\` |`);
    expect(md).toContain("| `/programs/old` | （削除されます） |");
    expect(md).toContain("(https://example.invalid/a/1)");
    expect(md).toContain(`http.server ${PREVIEW_PORT}`);
    expect(previewSummary([])).toContain("変わるページはありません");
  });
});
