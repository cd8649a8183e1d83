/**
 * The needs an owner comes to the site with. This list is the only place a
 * category exists: the schema, the pages and the tests all read it, so adding a
 * need here is the whole job.
 */
export const CATEGORIES = [
  {
    slug: "energy-saving",
    label: "省エネ",
    need: "省エネで光熱費を下げたい",
    description: "省エネ診断や設備導入の補助金活用まで、エネルギーのむだを減らす取組を支援します。",
  },
  {
    slug: "local-energy",
    label: "地域エネルギー",
    need: "地域でエネルギー事業を始めたい",
    description: "エネルギーの地産地消に向けた事業の企画・検討にアドバイザーを派遣します。",
  },
  {
    slug: "startup",
    label: "創業・起業",
    need: "会社を起こしたい・開業したい",
    description: "創業支援拠点や創業相談ルームで、開業前の準備から相談できます。",
  },
  {
    slug: "new-business",
    label: "新事業・研究開発",
    need: "新しい製品や技術で事業を広げたい",
    description: "研究開発から収益化まで、新事業づくりの悩みに産学官金で応えます。",
  },
  {
    slug: "regional-resources",
    label: "地域資源の活用",
    need: "地域の資源を生かした商品をつくりたい",
    description: "県産品など地域資源を生かした商品開発や販路開拓に専門家を派遣します。",
  },
  {
    slug: "dx",
    label: "デジタル化・DX",
    need: "デジタル化・DXを進めたい",
    description: "ＤＸの相談窓口、専門家の伴走支援、セミナーなどでデジタル化を後押しします。",
  },
  {
    slug: "intellectual-property",
    label: "知的財産",
    need: "特許・商標など知的財産を守りたい",
    description: "特許・商標などの知的財産について、無料で相談できる窓口と相談会があります。",
  },
  {
    slug: "recruiting",
    label: "人材確保",
    need: "人を採用したい・定着させたい",
    description: "採用や定着など人材確保の課題に、相談窓口と専門家派遣で対応します。",
  },
  {
    slug: "food",
    label: "食品・食産業",
    need: "食品の商品開発や食のビジネスを強くしたい",
    description: "食品加工の商品開発相談、食産業のマッチングなど、食に関わる事業者向けの支援です。",
  },
  {
    slug: "overseas",
    label: "海外展開・輸出",
    need: "海外に売りたい・輸出したい",
    description: "海外ビジネスの相談や、台湾・香港への県産品の輸出拡大を支援します。",
  },
  {
    slug: "sales-channels",
    label: "販路開拓",
    need: "新しい販路・取引先を見つけたい",
    description: "首都圏などでの販路開拓や商談会、取引先とのマッチングを支援します。",
  },
  {
    slug: "construction",
    label: "建設業",
    need: "建設業の経営を立て直したい・新分野に進みたい",
    description: "建設企業に特化した常設の相談窓口があります。",
  },
  {
    slug: "management-consultation",
    label: "経営相談",
    need: "経営の悩みをまず誰かに相談したい",
    description: "売上拡大や資金繰りなど、経営の悩みをワンストップで相談できる窓口です。",
  },
  {
    slug: "expert-dispatch",
    label: "専門家派遣",
    need: "専門家に来てもらって助言を受けたい",
    description: "中小企業診断士などの専門家が事業所を訪ねて診断・助言します。",
  },
  {
    slug: "subcontracting",
    label: "下請取引",
    need: "下請の仕事を探したい・取引のトラブルを相談したい",
    description: "下請取引のあっせんや、取引上の悩みの相談（下請かけこみ寺）を行います。",
  },
  {
    slug: "business-succession",
    label: "事業承継",
    need: "事業を継がせたい・引き継ぎたい",
    description: "後継者探しから準備・対策まで、無料・秘密厳守で相談できます。",
  },
  {
    slug: "revitalisation",
    label: "経営改善・事業再生",
    need: "資金繰りが苦しい・事業を立て直したい",
    description: "収益力の改善や事業再生に向けて、財務や事業の見直しを支援します。",
  },
  {
    slug: "management-innovation",
    label: "経営革新",
    need: "新たな取組で経営を革新したい",
    description: "経営革新計画の承認を受けると、低利融資などの支援措置が使えます。",
  },
] as const;

export type Category = (typeof CATEGORIES)[number];
export type CategorySlug = Category["slug"];

export const CATEGORY_SLUGS = CATEGORIES.map((c) => c.slug) as [CategorySlug, ...CategorySlug[]];

export function findCategory(slug: string): Category | undefined {
  return CATEGORIES.find((c) => c.slug === slug);
}
