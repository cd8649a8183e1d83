import { describe, expect, it } from "vitest";
import { callNumbers, contactDesks, faxNumber, mainDesk, mainNumber, officeDesks } from "@/lib/content/model";
import { phoneDigits } from "@/lib/phone/number";
import { containsQuery, scanDoc } from "../../scripts/lib/search-contains";
import { normalize } from "./normalize";
import { doc, engineFor, random, realDocs, realPrograms } from "../../tests/support/search-docs";

const docs = realDocs();
const programs = realPrograms();
const scanned = docs.map(scanDoc);
const slugs = (hits: { slug: string }[]) => hits.map((h) => h.slug);

describe("search over the real programs", { timeout: 60_000 }, async () => {
  const { engine } = await engineFor(docs);

  it("finds exactly the programs that contain a passage, for passages sampled from every program", { timeout: 60_000 }, async () => {
    const next = random(11);
    const queries = new Set<string>();
    for (const d of docs) {
      for (let k = 0; k < 12; k++) {
        const [, text] = d.fields[Math.floor(next() * d.fields.length)];
        const words = text.split(/\s+/).filter((w) => Array.from(w).length >= 2);
        if (!words.length) continue;
        const chars = Array.from(words[Math.floor(next() * words.length)]);
        const len = 2 + Math.floor(next() * Math.min(10, chars.length - 1));
        const from = Math.floor(next() * (chars.length - len + 1));
        const q = chars.slice(from, from + len).join("");
        // A dropped mark can leave one character (開・ is 開), which is too short to search by design.
        if (Array.from(normalize(q)).length >= 2) queries.add(q);
      }
      for (const p of d.phones) queries.add(p.number.slice(-4)).add(p.number.replace(/-/g, ""));
    }
    expect(queries.size).toBeGreaterThan(200);
    for (const q of queries) {
      const expected = scanned.filter((d) => containsQuery(d, q)).map((d) => d.slug).sort();
      const found = await engine.search(q, Infinity);
      expect(slugs(found.hits).sort(), q).toEqual(expected);
      expect(found.total, q).toBe(expected.length);
    }
  });

  it("does not match characters that are merely scattered through a program", async () => {
    const scattered = await engineFor([doc(0, "香りのよい港町の物産"), doc(1, "香港への輸出"), doc(2, "東京 京都")]);
    expect(slugs((await scattered.engine.search("香港")).hits)).toEqual(["doc-1"]);
    expect(slugs((await scattered.engine.search("東京都")).hits)).toEqual([]);
  });

  it("needs every space-separated word", async () => {
    const words = await engineFor([doc(0, "創業の相談"), doc(1, "創業の支援"), doc(2, "経営の相談")]);
    expect(slugs((await words.engine.search("創業　相談")).hits)).toEqual(["doc-0"]);
  });

  it("finds a phone number in every form it may be typed, and offers that number to call", async () => {
    const p = programs[0];
    const n = mainNumber(p).number;
    const d = phoneDigits(n);
    const wide = n.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    for (const q of [n, d, wide, n.split("-").slice(1).join("-"), d.slice(-4)]) {
      const found = await engine.search(q);
      expect(found.hits[0]?.slug, q).toBe(p.slug);
      expect(found.hits[0].phones.map((x) => x.number), q).toContain(n);
    }
  });

  it("offers the main desk's number when the match is not a phone number", async () => {
    const p = programs.find((x) => x.title.includes("香港"))!;
    const [hit] = (await engine.search("香港")).hits;
    // with the main desk's FAX beside it, for a caller who cannot call
    expect(hit.phones).toEqual([expect.objectContaining({ number: mainNumber(p).number, fax: faxNumber(mainDesk(p))?.number })]);
    expect(hit.title.filter((part) => part.hit).map((part) => part.text)).toEqual(["香港"]);
  });

  it("puts a program first when its whole title is the query", { timeout: 60_000 }, async () => {
    for (const p of programs) expect((await engine.search(p.title)).hits[0]?.slug, p.title).toBe(p.slug);
  });

  it("ranks a title or summary match above a match further down the page", async () => {
    const ranked = await engineFor([doc(0, "省エネ以外", "本文に事業承継とある"), doc(1, "事業承継の相談")]);
    expect(slugs((await ranked.engine.search("事業承継")).hits)).toEqual(["doc-1", "doc-0"]);
  });

  it("ranks a program whose own desk has the number above one that only lists it", async () => {
    const own = (p: (typeof programs)[number]) => contactDesks(p).flatMap(callNumbers).map((t) => t.number);
    const listed = (p: (typeof programs)[number]) => officeDesks(p).flatMap(callNumbers).map((t) => t.number);
    const pairs = programs.flatMap((a) => own(a).flatMap((n) => programs.filter((b) => listed(b).includes(n) && !own(b).includes(n)).map((b) => ({ a, b, n }))));
    expect(pairs.length).toBeGreaterThan(0);
    for (const { a, b, n } of pairs) {
      const order = slugs((await engine.search(n, Infinity)).hits);
      expect(order.indexOf(a.slug), n).toBeLessThan(order.indexOf(b.slug));
      expect(order.indexOf(b.slug), n).toBeGreaterThanOrEqual(0);
    }
  });

  it("highlights the original text, not its normalised form", async () => {
    const [hit] = (await engine.search("dx")).hits;
    expect(hit.snippet.filter((p) => p.hit).map((p) => p.text)).toContain("ＤＸ");
  });

  it("returns nothing, without throwing, for odd input", async () => {
    for (const q of ["\\", ".*", "(", "<script>alert(1)</script>", "😀🎉", "\u0000", "相談".repeat(10_000), "ー", "　"]) {
      const found = await engine.search(q);
      expect(Array.isArray(found.hits), q.slice(0, 10)).toBe(true);
    }
    expect((await engine.search("<script>")).hits).toEqual([]);
  });
});
