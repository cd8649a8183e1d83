/**
 * Queries that name a program, a place, a word of the guidebook or a number:
 * what the exact search is for. `bench:search` measures speed and recall on
 * them, `bench:owner-search` and related.test.ts check that the forgiving search left their exact
 * results as they were.
 */
export const LITERAL_QUERIES = [
  "事業承継", "省エネ", "香港", "台湾", "ＤＸ", "補助金", "専門家派遣", "創業 相談", "よろず", "知的財産",
  "特許", "下請", "人材確保", "食品加工", "販路開拓", "資金繰り", "建設業", "経営革新", "地域資源", "センター",
  "相談窓口", "無料", "017-734-9243", "0177349243", "734-9243", "9243", "017-777-4066",
];
