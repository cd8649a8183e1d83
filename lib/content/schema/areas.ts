import { z } from "zod";
import { noRepeats, numberError, text } from "../fields";
import { FINDER_SKIP } from "../finder-skip";
import { LIMITS } from "../limits";
import { checkDigit, localGovernmentCodeProblem } from "../local-government-code";
import { reading, readingFitsName } from "./names";
import { updated } from "./shared";

const CODE_EXAMPLE = '"022012"';

/**
 * A municipality's 全国地方公共団体コード, written in quotes so that every
 * YAML reader keeps its leading 0 (the editors' schema checkers read an
 * unquoted 022012 as the number 22012). Used by the open data's standard
 * dataset (公共施設一覧), which names each office's municipality by it.
 */
const localGovernmentCode = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? `全国地方公共団体コード（code）がありません。name の次の行に「code: ${CODE_EXAMPLE}」のように、検査数字を含む6桁を引用符で囲んで書いてください`
        : typeof issue.input === "number"
          ? `全国地方公共団体コードは ${CODE_EXAMPLE} のように、先頭の 0 を含む6桁を引用符（"）で囲んで書いてください（囲まないと先頭の 0 が消えます）`
          : `全国地方公共団体コードは ${CODE_EXAMPLE} のように、6桁の半角数字で書いてください`,
  })
  .superRefine((code, ctx) => {
    const problem = localGovernmentCodeProblem(code);
    if (problem === "format") ctx.addIssue({ code: "custom", message: `全国地方公共団体コードは ${CODE_EXAMPLE} のように、検査数字を含む6桁の半角数字で書いてください（いまは「${code}」）` });
    if (problem === "prefecture") ctx.addIssue({ code: "custom", message: `青森県の市町村の全国地方公共団体コードは 02 で始まります（いまは「${code}」）。総務省の一覧で確かめてください` });
    if (problem === "checkDigit") {
      ctx.addIssue({
        code: "custom",
        message: `全国地方公共団体コード ${code} の最後の1桁（検査数字）が合いません。前の5桁からは ${checkDigit(code.slice(0, 5))} になります。総務省の一覧で6桁を確かめてください`,
      });
    }
  })
  .meta({ title: "全国地方公共団体コード", description: "検査数字を含む6桁。オープンデータの所在地の市町村に使います", pattern: "^02[0-9]{4}$", examples: ["022012"] });

/** A place's reading (for the furigana) and its English name (for the English pages), beside its name. */
const placeNames = (example: { reading: string; en: string }) => ({
  reading: reading.meta({ examples: [example.reading] }),
  en: text(LIMITS.name).meta({ title: "英語の名前", examples: [example.en] }),
});

/** Aomori's municipalities and the regional areas they belong to (content/areas/): one list, used to order offices by distance. */
export const areasSchema = z
  .strictObject({
    title: text(LIMITS.title).meta({ title: "題名" }),
    regions: z
      .array(
        z.strictObject({
          id: z.string().regex(/^[a-z]{1,20}$/, { error: "id は tosei のように半角英小文字（20文字まで）で書いてください" }).meta({ title: "地域の記号", examples: ["tosei"] }),
          name: text(LIMITS.label).meta({ title: "地域の名前", examples: ["東青地域"] }),
          ...placeNames({ reading: "とうせいちいき", en: "Tosei Region" }),
          office: text(LIMITS.name).meta({ title: "所管する地域県民局", examples: ["東青地域県民局"] }),
        })
          .superRefine(readingFitsName)
          .meta({ title: "地域" }),
      )
      .min(1)
      .superRefine(
        noRepeats<{ id: string }>((r) => (typeof r?.id === "string" ? r.id : undefined), (r, first) => `地域の id「${r.id}」は ${first} 番目と同じです。別の id にしてください`),
      )
      .meta({ title: "地域の一覧" }),
    municipalities: z
      .array(
        z.strictObject({
          name: text(LIMITS.label).meta({ title: "市町村名", examples: ["青森市"] }),
          code: localGovernmentCode,
          ...placeNames({ reading: "あおもりし", en: "Aomori City" }),
          id: z
            .string({
              error: (issue) =>
                issue.input === undefined
                  ? "市町村の id がありません。name の次の行に「id: hachinohe」のように、市町村名のローマ字を半角英小文字で書いてください（ページのアドレスに使います）"
                  : "id は hachinohe のように、市町村名のローマ字を半角英小文字で書いてください",
            })
            .regex(/^[a-z-]+$/, { error: "id は hachinohe のように、半角英小文字とハイフンだけで書いてください" })
            .refine((v) => v !== FINDER_SKIP, { error: `id に「${FINDER_SKIP}」は使えません（「3つの質問で探す」のページのアドレスで「指定なし」の意味に使っています）。市町村名のローマ字にしてください` })
            .meta({ title: "ページのアドレスに使うローマ字", description: "ほかの市町村と重ならないもの", examples: ["hachinohe"] }),
          region: text(LIMITS.label).meta({ title: "属する地域", written: "地域の一覧の記号" }),
          lat: z
            .number({ error: numberError("緯度（lat）", "40.824") })
            .min(40, { error: "緯度（lat）は青森県の範囲（40〜42）の数字にしてください" })
            .max(42, { error: "緯度（lat）は青森県の範囲（40〜42）の数字にしてください" })
            .meta({ title: "役場のおおよその緯度", examples: [40.824] }),
          lon: z
            .number({ error: numberError("経度（lon）", "140.74") })
            .min(139, { error: "経度（lon）は青森県の範囲（139〜142）の数字にしてください" })
            .max(142, { error: "経度（lon）は青森県の範囲（139〜142）の数字にしてください" })
            .meta({ title: "役場のおおよその経度", examples: [140.74] }),
        })
          .superRefine(readingFitsName)
          .meta({ title: "市町村" }),
      )
      .min(1)
      .superRefine(noRepeats<{ name: string }>((m) => m.name, (m, first) => `「${m.name}」は ${first} 番目と同じ市町村です。重なっている方を削除してください`))
      .superRefine(
        noRepeats<{ code: string; name: string }>(
          (m) => (typeof m?.code === "string" ? m.code : undefined),
          (m, first) => `「${m.name}」のコード ${m.code} は ${first} 番目の市町村と同じです。総務省の全国地方公共団体コードの一覧で確かめてください`,
        ),
      )
      .superRefine(
        noRepeats<{ id: string; name: string }>(
          (m) => m.id,
          (m, first) => `「${m.name}」の id「${m.id}」は ${first} 番目の市町村と同じです。ほかと重ならないローマ字にしてください`,
        ),
      )
      .meta({ title: "市町村の一覧" }),
    updated,
  })
  .superRefine((areas, ctx) => {
    const ids = new Set(areas.regions.map((r) => r.id));
    areas.municipalities.forEach((m, i) => {
      if (!ids.has(m.region)) {
        ctx.addIssue({
          code: "custom",
          path: ["municipalities", i, "region"],
          message: `地域「${m.region}」は regions にありません。regions の id（${[...ids].join(", ")}）のどれかを書いてください`,
        });
      }
    });
  });

export type Areas = z.output<typeof areasSchema>;
export type Municipality = Areas["municipalities"][number];
