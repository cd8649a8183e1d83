import { describe, expect, it } from "vitest";
import { containsQuery, scanDoc } from "../../scripts/lib/search-contains";
import { chunkPath, shardPath, SYNONYMS_PATH } from "./layout";
import { checkSearchIndex } from "./index-check";
import { engineFor, realDocs } from "../../tests/support/search-docs";

const docs = realDocs();
const expected = docs.map((d) => ({ slug: d.slug, title: d.title, words: d.words.filter(([tier]) => tier === 0).map(([, w]) => w) }));

describe("buildSearchIndex", { timeout: 60_000 }, () => {
  it("splits the token map into shards an exact search fetches only a few of", async () => {
    const { built, engine, fetched } = await engineFor(docs, { shardBytes: 8 * 1024 });
    expect(built.info.shards).toBeGreaterThan(8);
    await engine.search("香港", 20, 0);
    expect(fetched.filter((f) => f.startsWith("s/"))).toHaveLength(1);
    expect(fetched).not.toContain(SYNONYMS_PATH);
  });

  it("answers the same whatever the shard and chunk sizes", async () => {
    const one = await engineFor(docs, { shardBytes: Infinity, chunkBytes: Infinity });
    const many = await engineFor(docs, { shardBytes: 4 * 1024, chunkBytes: 1 });
    expect(one.built.info.shards).toBe(1);
    expect(many.built.info.docsPerChunk).toBe(1);
    for (const q of ["相談", "017-777-4066", "ＤＸ", "センター 青森", "補助金"]) {
      expect((await many.engine.search(q, Infinity)).hits, q).toEqual((await one.engine.search(q, Infinity)).hits);
    }
  });
});

describe("checkSearchIndex", { timeout: 60_000 }, () => {
  it("passes a complete index", async () => {
    const { built, fetcher } = await engineFor(docs);
    expect(await checkSearchIndex(built.info, fetcher, expected)).toEqual([]);
  });

  it("fails when content/ has a program the index lacks", async () => {
    const { built, fetcher } = await engineFor(docs.slice(0, -1));
    const problems = await checkSearchIndex(built.info, fetcher, expected);
    expect(problems.join("\n")).toContain(docs[docs.length - 1].slug);
    expect(problems.join("\n")).toContain(`${expected.length} 件`);
  });

  it("fails when a program's text is missing from the shards", async () => {
    const { built, fetcher } = await engineFor(docs, { shardBytes: Infinity });
    built.files.set(shardPath(0), "[]");
    const problems = await checkSearchIndex(built.info, fetcher, expected);
    expect(problems.filter((p) => p.includes("どのシャードにもありません"))).toHaveLength(docs.length);
  });

  it("fails when the owners' words did not reach the index", async () => {
    const { built, fetcher } = await engineFor(docs.map((d) => ({ ...d, words: [] })));
    const problems = await checkSearchIndex(built.info, fetcher, expected);
    expect(problems.some((p) => p.includes("自分のことば"))).toBe(true);
  });

  it("passes a directory too large for the search to read every program that shares a word, and still fails one whose words are lost", async () => {
    // copies of each program under new names: a word is shared by several programs spread over many chunks
    const copies = Array.from({ length: 4 }, (_, c) =>
      docs.map((d) => {
        const title = `${d.title}（写し${c}）`;
        return { ...d, id: c * docs.length + d.id, slug: `${d.slug}-${c}`, title, fields: d.fields.map(([tier, text]): typeof d.fields[number] => [tier, text === d.title ? title : text]) };
      }),
    ).flat();
    const expectedCopies = copies.map((d) => ({ slug: d.slug, title: d.title, words: d.words.filter(([tier]) => tier === 0).map(([, w]) => w) }));
    const { built, fetcher, engine } = await engineFor(copies, { chunkBytes: 1 });
    expect((await engine.relatedCandidates(expectedCopies[0].words[0])).readsAll).toBe(false);
    expect(await checkSearchIndex(built.info, fetcher, expectedCopies)).toEqual([]);

    // the last copy of a program whose first word its text does not contain loses its words
    const k = copies.findLastIndex((d, i) => !containsQuery(scanDoc(d), expectedCopies[i].words[0] ?? d.title));
    const lost = await engineFor(
      copies.map((d, i) => (i === k ? { ...d, words: [] } : d)),
      { chunkBytes: 1 },
    );
    const problems = await checkSearchIndex(lost.built.info, lost.fetcher, expectedCopies);
    expect(problems).toEqual([expect.stringContaining(`${copies[k].slug} が自分のことば`)]);
  });

  it("fails when a document chunk lost a program", async () => {
    const { built, fetcher } = await engineFor(docs);
    const chunk = JSON.parse(built.files.get(chunkPath(0))!) as unknown[];
    built.files.set(chunkPath(0), JSON.stringify(chunk.slice(1)));
    expect((await checkSearchIndex(built.info, fetcher, expected)).length).toBeGreaterThan(0);
  });
});
