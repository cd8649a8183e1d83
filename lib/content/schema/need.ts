import { z } from "zod";
import { text } from "../fields";
import { keysWithLabels } from "../labelled";
import { LIMITS } from "../limits";
import { NEED_GROUP_KEYS, NEED_GROUPS } from "../need-groups";
import { ordinal, words } from "./shared";

/** A need an owner comes with (content/needs/<slug>.md); programs list the slugs in `categories`. */
export const needSchema = z.strictObject({
  label: text(LIMITS.label).meta({ title: "困りごとの短い名前", examples: ["事業承継"] }),
  need: text(LIMITS.name).meta({ title: "事業者の言い方での困りごと", examples: ["事業を継がせたい・引き継ぎたい"] }),
  description: text(LIMITS.summary).meta({ title: "この困りごとの一文の説明" }),
  group: z.enum(NEED_GROUP_KEYS, { error: `group には ${keysWithLabels(NEED_GROUPS)} のどれかを書いてください` }).meta({ title: "困りごとのまとまり" }),
  order: ordinal("order", "表示する順番", "16").meta({ title: "表示する順番", description: "ほかの困りごとと重ならない数字" }),
  words,
});

export type NeedFrontMatter = z.output<typeof needSchema>;
