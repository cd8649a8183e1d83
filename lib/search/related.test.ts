import { describe, expect, it } from "vitest";
import { callNumbers, contactDesks, mainNumber } from "@/lib/content/model";
import { LITERAL_QUERIES } from "../../scripts/lib/literal-queries";
import { containsQuery, scanDoc } from "../../scripts/lib/search-contains";
import { FEW_EXACT } from "./engine";
import { foldKana, normalize } from "./normalize";
import { buildReadings } from "./readings-build";
import { VAGUE_SHARE } from "./related";
import { doc, engineFor, realDocs, realNeeds, realPrograms } from "../../tests/support/search-docs";

const docs = realDocs();
const programs = realPrograms();
const scanned = docs.map(scanDoc);
const slugs = (hits: { slug: string }[]) => hits.map((h) => h.slug);
const shown = (o: { hits: { slug: string }[]; related: { slug: string }[] }) => [...slugs(o.hits), ...slugs(o.related)];

describe("exact first, related after, over the real programs", { timeout: 120_000 }, async () => {
  const { engine } = await engineFor(docs);

  it("leaves the exact section of literal queries as it was: every program containing the query, no other, a title's own program first", async () => {
    for (const q of [...LITERAL_QUERIES, ...programs.map((p) => p.title), ...programs.flatMap((p) => contactDesks(p).map((c) => c.organization!))]) {
      const expected = scanned.filter((d) => containsQuery(d, q)).map((d) => d.slug).sort();
      const found = await engine.search(q, Infinity);
      expect(slugs(found.hits).sort(), q).toEqual(expected);
      for (const r of found.related) expect(expected, `${q}: related ${r.slug} is also exact`).not.toContain(r.slug);
    }
    for (const p of programs) expect((await engine.search(p.title)).hits[0]?.slug, p.title).toBe(p.slug);
  });

  it("adds no related programs to a number, and none to a single word that already finds enough", async () => {
    for (const p of programs) {
      const n = mainNumber(p).number;
      for (const q of [n, n.replace(/-/g, ""), n.replace(/-/g, " "), n.slice(-4)]) expect((await engine.search(q)).related, q).toEqual([]);
    }
    const common = LITERAL_QUERIES.filter((q) => !/\d/.test(q) && !q.includes(" ") && scanned.filter((d) => containsQuery(d, q)).length >= FEW_EXACT);
    expect(common.length).toBeGreaterThan(3);
    for (const q of common) expect((await engine.search(q)).related, q).toEqual([]);
  });

  it("finds a program by each of its owners' words, and by the same word in a sentence", async () => {
    for (const p of programs) {
      for (const w of p.words ?? []) {
        for (const q of [w, `${w}で困っています`, `${w}について相談したい`]) {
          expect(shown(await engine.search(q, 20, 20)), `${p.slug}: ${q}`).toContain(p.slug);
        }
      }
    }
  });

  it("puts a program among the first 3 for a word only it has, in its own words or its first need's", async () => {
    const owners = (w: string) => {
      const k = normalize(w);
      return docs.filter((d) => d.words.some(([tier, x]) => tier < 2 && normalize(x).includes(k)));
    };
    let checked = 0;
    for (const d of docs) {
      for (const [tier, w] of d.words) {
        const q = `${w}で困っています`;
        if (tier > 1 || owners(w).length !== 1 || scanned.some((s) => containsQuery(s, w))) continue;
        const found = await engine.search(q);
        expect(found.hits, q).toEqual([]);
        expect(slugs(found.related).slice(0, 3), q).toContain(d.slug);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("puts the general desks first for a query whose only word is in most programs, and not for one that names a problem", async () => {
    const general = docs.filter((d) => d.general).map((d) => d.slug);
    expect(general.length).toBeGreaterThan(0);
    const common = "相談";
    expect(scanned.filter((d) => containsQuery(d, common)).length, `${common} is in most programs`).toBeGreaterThanOrEqual(docs.length * VAGUE_SHARE);
    for (const q of [`何から${common}すればいいかわからない`, `とりあえず${common}したい`]) {
      expect(slugs((await engine.search(q)).related).slice(0, general.length), q).toEqual(general);
    }
    const specific = docs.find((d) => !d.general && d.words.some(([tier]) => tier === 0))!;
    const word = specific.words.find(([tier]) => tier === 0)![1];
    expect(slugs((await engine.search(`${word}で${common}したい`)).related)[0], word).not.toBe(general[0]);
  });

  it("finds a program by the reading of an owners' word only it has, typed in kana without converting", async () => {
    const entries = await buildReadings(docs.flatMap((d) => d.words.map(([, w]) => w)));
    const fold = (w: string) => foldKana(normalize(w));
    let checked = 0;
    for (const [reading, words] of entries) {
      // a reading of one whole owners' word that one program has as its own
      const owners = docs.filter((d) => d.words.some(([tier, w]) => tier === 0 && words.includes(fold(w))));
      if (owners.length !== 1 || docs.some((d) => d !== owners[0] && d.words.some(([, w]) => words.some((x) => fold(w).includes(x))))) continue;
      const found = await engine.search(reading);
      expect(shown(found).slice(0, 3), `${reading} (${words.join("/")})`).toContain(owners[0].slug);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("finds every program of a need by the need's name said as a problem", async () => {
    for (const c of realNeeds()) {
      const found = shown(await engine.search(`${c.label}の相談をしたい`, 20, 20));
      for (const p of programs.filter((x) => x.needs[0]?.slug === c.slug)) expect(found, `${c.label}: ${p.slug}`).toContain(p.slug);
    }
  });

  it("offers a related program the number to call, and never repeats an exact one", async () => {
    const found = await engine.search("ガス代が高くて困っている");
    expect(found.related.length).toBeGreaterThan(0);
    for (const r of found.related) {
      const p = programs.find((x) => x.slug === r.slug)!;
      expect(r.phones[0]?.number, r.slug).toBe(mainNumber(p).number);
    }
    const both = await engine.search("香港");
    expect(slugs(both.hits).filter((s) => slugs(both.related).includes(s))).toEqual([]);
  });

  it("finds spaced numbers as the same number", async () => {
    for (const p of programs) {
      for (const t of contactDesks(p).flatMap(callNumbers)) {
        const hyphenated = slugs((await engine.search(t.number, Infinity)).hits).sort();
        for (const spaced of [t.number.replace(/-/g, " "), t.number.replace(/-/g, "　"), t.number.split("-").slice(1).join(" ")]) {
          const found = await engine.search(spaced, Infinity);
          const expected = spaced.startsWith(t.number.split("-")[0]) ? hyphenated : slugs((await engine.search(t.number.split("-").slice(1).join("-"), Infinity)).hits).sort();
          expect(slugs(found.hits).sort(), spaced).toEqual(expected);
          expect(found.hits.length, spaced).toBeGreaterThan(0);
        }
      }
    }
  });

  it("never throws and returns nothing related for input without words", async () => {
    for (const q of ["がをに", "？？", "😀🎉", "ーー", "<script>"]) {
      const found = await engine.search(q);
      expect(found.related, q).toEqual([]);
    }
  });
});

describe("ranking related programs (hand-made programs)", { timeout: 60_000 }, () => {
  it("weighs owners' words and titles above the body", async () => {
    const { engine } = await engineFor([
      doc(0, "雑多な相談", "本文に後継ぎのことが少し書いてある"),
      doc(1, "事業の引き継ぎ", "", [], ["後継ぎ"]),
      doc(2, "後継ぎの相談", ""),
    ]);
    const order = slugs((await engine.search("後継ぎがいなくて困る")).related);
    expect(order.slice(0, 2)).toEqual(["doc-1", "doc-2"]);
  });

  it("weighs a word few programs have above one every program has", async () => {
    const { engine } = await engineFor([
      doc(0, "相談窓口A", "相談を受けます。輸出の相談も"),
      doc(1, "相談窓口B", "相談を受けます"),
      doc(2, "相談窓口C", "相談を受けます"),
    ]);
    expect(slugs((await engine.search("輸出を相談したい")).related)[0]).toBe("doc-0");
  });

  it("matches a one-kanji stem against owners' words only, never against the text", async () => {
    const { engine } = await engineFor([doc(0, "実店舗の出展", "店を構える"), doc(1, "開業の相談", "", [], ["店を出したい"])]);
    expect(slugs((await engine.search("店を出したい")).related)).toEqual(["doc-1"]);
  });

  it("finds a word typed together with more (ガス代高騰) through the shorter owners' word", async () => {
    const { engine } = await engineFor([doc(0, "省エネの相談", "", [], ["ガス代"]), doc(1, "別の相談", "")]);
    expect(slugs((await engine.search("ガス代高騰")).related)).toEqual(["doc-0"]);
  });

  it("finds a compound typed with one wrong kanji, and marks what it found", async () => {
    const { engine } = await engineFor([doc(0, "事業承継の相談", ""), doc(1, "創業の相談", "")]);
    const found = await engine.search("事業商継");
    expect(slugs(found.related)[0]).toBe("doc-0");
    expect(found.related[0].title.filter((p) => p.hit).map((p) => p.text)).toEqual(["事業承継"]);
  });

  it("expands through the synonym dictionary", async () => {
    const { engine } = await engineFor([doc(0, "起業の相談", ""), doc(1, "輸出の相談", "")]);
    expect(slugs((await engine.search("創業したい")).related)).toEqual(["doc-0"]);
  });

  it("prefers a program whose owners' word is the whole query", async () => {
    const { engine } = await engineFor([
      doc(0, "窓口A", "", [], ["相談したい"]),
      doc(1, "窓口B", "", [], ["どこに相談したらいいかわからない"]),
    ]);
    expect(slugs((await engine.search("どこに相談したらいいかわからない")).related)[0]).toBe("doc-1");
  });
});
