import { z } from "zod";
import { distinct, sitePath, text } from "../fields";
import { LIMITS } from "../limits";
import { sourceFields, updated } from "./shared";

/** The consultation flow chart (content/flow/): stages read top to bottom, each with one or more boxes. */

const flowItem = z.union(
  [
    text(LIMITS.note),
    z.strictObject({
      text: text(LIMITS.note).meta({ title: "表示する文字" }),
      link: sitePath.meta({ title: "リンク先のサイト内のページ" }),
    }),
  ],
  { error: "項目は文字で書くか、「text: 表示する文字」と「link: /programs/ファイル名」の組で書いてください" },
);

export type FlowItem = z.output<typeof flowItem>;

export const flowSchema = z.strictObject({
  title: text(LIMITS.title).meta({ title: "題名" }),
  summary: text(LIMITS.summary).meta({ title: "一文の説明" }),
  generalDesks: distinct(text(LIMITS.slug), {
    error: (issue) =>
      issue.input === undefined
        ? "総合的な相談窓口（generalDesks）がありません。どこに相談すればよいか分からない人に案内する制度のファイル名（.md を除く）を、いちばん案内したいものから順に書いてください（例: generalDesks: [yorozu]）"
        : "generalDesks は「- yorozu」のように、制度のファイル名を一覧で書いてください",
  })
    .min(1, { error: "総合的な相談窓口の制度を1つ以上書いてください（例: - yorozu）" })
    .meta({ title: "どこに相談すればよいか分からない人に案内する制度", written: "制度のファイル名", description: "先頭がいちばんの窓口" }),
  stages: z
    .array(
      z.strictObject({
        boxes: z
          .array(
            z
              .strictObject({
                title: text(LIMITS.name).meta({ title: "箱の見出し" }),
                items: z.array(flowItem).optional().meta({ title: "箱の中の項目", description: "文字か、text と link の組" }),
              })
              .meta({ title: "この段の箱" }),
          )
          .min(1, { error: "箱（boxes）を1つ以上書いてください" })
          .meta({ title: "この段の箱の一覧" }),
        relation: text(LIMITS.label).optional().meta({ title: "同じ段の箱どうしの関係", examples: ["連携"] }),
      }).meta({ title: "図の段" }),
    )
    .min(2, { error: "段（stages）を2つ以上書いてください" })
    .meta({ title: "図の段の一覧", description: "上から順" }),
  updated,
  source: z.strictObject(sourceFields).meta({ title: "出典" }),
});

export type FlowFrontMatter = z.output<typeof flowSchema>;
