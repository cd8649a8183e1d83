import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LinkList } from ".";

const links = [
  { href: "/needs", label: "困りごと" },
  { href: "/flow", label: "相談の流れ" },
];

describe("LinkList", () => {
  it("renders each link in order as a list item with a 44 px target", () => {
    const html = renderToStaticMarkup(<LinkList links={links} className="flex" />);
    expect(html.startsWith('<ul class="m-0 list-none p-0 flex">')).toBe(true);
    const found = [...html.matchAll(/<li><a class="inline-flex min-h-11 items-center" href="([^"]+)">([^<]+)<\/a><\/li>/g)];
    expect(found.map((m) => ({ href: m[1], label: m[2] }))).toEqual(links);
  });
});
