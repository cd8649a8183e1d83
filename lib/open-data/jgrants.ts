import { BUSINESS_TYPES, type BusinessType } from "@/lib/content/business-types";
import type { Program } from "@/lib/content/model";

/**
 * The classification jGrants (デジタル庁's portal of subsidies) gives every
 * program, so that a program of ours can be filed next to theirs: purpose,
 * industry, number of employees, area. Each list is the API's own, in its
 * order. A program carries a value only where content holds the fact and the
 * tables below say plainly how it maps; an unknown stays absent, never a guess.
 */
export const USE_PURPOSES = [
  "新たな事業を行いたい",
  "販路拡大・海外展開をしたい",
  "イベント・事業運営支援がほしい",
  "事業を引き継ぎたい",
  "研究開発・実証事業を行いたい",
  "人材育成を行いたい",
  "資金繰りを改善したい",
  "設備整備・IT導入をしたい",
  "雇用・職場環境を改善したい",
  "エコ・SDGs活動支援がほしい",
  "災害（自然災害、感染症等）支援がほしい",
  "教育・子育て・少子化支援がほしい",
  "スポーツ・文化支援がほしい",
  "安全・防災対策支援がほしい",
  "まちづくり・地域振興支援がほしい",
] as const;

/** 日本標準産業分類の大分類, as jGrants names them. */
export const INDUSTRIES = [
  "農業、林業",
  "漁業",
  "鉱業、採石業、砂利採取業",
  "建設業",
  "製造業",
  "電気・ガス・熱供給・水道業",
  "情報通信業",
  "運輸業、郵便業",
  "卸売業、小売業",
  "金融業、保険業",
  "不動産業、物品賃貸業",
  "学術研究、専門・技術サービス業",
  "宿泊業、飲食サービス業",
  "生活関連サービス業、娯楽業",
  "教育、学習支援業",
  "医療、福祉",
  "複合サービス事業",
  "サービス業（他に分類されないもの）",
  "公務（他に分類されるものを除く）",
  "分類不能の産業",
] as const;

/** jGrants' employee sizes. No program of content states a limit, so none is used; listed for the page that says so. */
export const EMPLOYEE_SIZES = ["従業員数の制約なし", "5名以下", "20名以下", "50名以下", "100名以下", "300名以下", "900名以下", "901名以上"] as const;

/** Every program is one of Aomori's, for businesses in the prefecture: one of target_area_search's 47 prefectures. */
export const TARGET_AREA = "青森県";

export type UsePurpose = (typeof USE_PURPOSES)[number];
export type Industry = (typeof INDUSTRIES)[number];

/**
 * Our needs (content/needs/) that answer one of jGrants' purposes, with why.
 * A need that is a kind of help (専門家派遣, 経営相談), an industry (建設業,
 * 食品・食産業) or a matter jGrants has no purpose for (知的財産, 価格転嫁,
 * 下請取引, 経営改善・事業再生) maps to none. Keyed by the need's file name;
 * a test fails when a key is no longer a need.
 */
export const NEED_PURPOSES: Readonly<Record<string, { purposes: readonly UsePurpose[]; why: string }>> = {
  startup: { purposes: ["新たな事業を行いたい"], why: "創業・起業は新たに事業を始めること" },
  "new-business": { purposes: ["新たな事業を行いたい", "研究開発・実証事業を行いたい"], why: "困りごとの説明が「研究開発から収益化まで、新事業づくり」" },
  "management-innovation": { purposes: ["新たな事業を行いたい"], why: "経営革新は、法律（中小企業等経営強化法）の定義で新事業活動による経営の向上" },
  "sales-channels": { purposes: ["販路拡大・海外展開をしたい"], why: "販路開拓は販路拡大" },
  overseas: { purposes: ["販路拡大・海外展開をしたい"], why: "海外展開・輸出は海外展開" },
  "regional-resources": { purposes: ["販路拡大・海外展開をしたい"], why: "困りごとの説明が「地域資源を生かした商品開発や販路開拓」" },
  "business-succession": { purposes: ["事業を引き継ぎたい"], why: "事業承継は事業の引き継ぎ" },
  financing: { purposes: ["資金繰りを改善したい"], why: "困りごとの説明が融資と資金繰りの相談" },
  dx: { purposes: ["設備整備・IT導入をしたい"], why: "デジタル化・DX は IT の導入" },
  recruiting: { purposes: ["雇用・職場環境を改善したい"], why: "人材確保は採用と定着、つまり雇用" },
  "energy-saving": { purposes: ["エコ・SDGs活動支援がほしい"], why: "省エネは環境への取組" },
  "local-energy": { purposes: ["エコ・SDGs活動支援がほしい"], why: "エネルギーの地産地消は環境への取組" },
};

/**
 * Our business types (businessTypes) that are one of jGrants' industries.
 * 食品加工 is 製造業 (食料品製造業 is in its 大分類). 小売・サービス業 spans
 * several 大分類 and これから創業 is a stage, not an industry: neither maps.
 */
export const BUSINESS_TYPE_INDUSTRIES: Readonly<Partial<Record<BusinessType, { industry: Industry; why: string }>>> = {
  construction: { industry: "建設業", why: "同じ分類" },
  manufacturing: { industry: "製造業", why: "同じ分類" },
  "food-processing": { industry: "製造業", why: "食料品製造業は製造業の大分類に入る" },
};

/** What programs.json says of a program in jGrants' terms: only the fields content supports. */
export type JgrantsFields = { use_purpose?: UsePurpose[]; industry?: Industry[]; target_area_search: string[] };

const distinct = <T,>(values: T[]) => [...new Set(values)];

export function jgrantsFields(program: Pick<Program, "needs" | "businessTypes">): JgrantsFields {
  const purposes = distinct(program.needs.flatMap((n) => NEED_PURPOSES[n.slug]?.purposes ?? []));
  const industries = distinct((program.businessTypes ?? []).flatMap((t) => BUSINESS_TYPE_INDUSTRIES[t]?.industry ?? []));
  return {
    // in jGrants' own order, as its API lists them
    ...(purposes.length ? { use_purpose: USE_PURPOSES.filter((p) => purposes.includes(p)) } : {}),
    ...(industries.length ? { industry: INDUSTRIES.filter((i) => industries.includes(i)) } : {}),
    target_area_search: [TARGET_AREA],
  };
}

/** Our business type's label, for the table on /data. */
export const businessTypeLabel = (key: BusinessType) => BUSINESS_TYPES.find((t) => t.key === key)?.label ?? key;
