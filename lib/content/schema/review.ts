import { z } from "zod";
import { fiscalYearDays, fiscalYearLabel, fiscalYearSpan } from "../edition";
import { ISO_DAY, isoDate, text } from "../fields";
import { LIMITS } from "../limits";
import { REVIEW_METHODS, REVIEW_METHODS_LISTED } from "../review-methods";
import { fiscalYearOf } from "../days";
import { fiscalYear } from "./shared";

/**
 * A review record of a program (reviews[] in its file): in which edition
 * (fiscal year), on which day, how, and by which department its facts were
 * checked, and which facts that review changed, with their text before and
 * after. The rules that need today or the current edition are in
 * cross-checks.ts; the ones about the record itself are here.
 */

/**
 * The department that checked is published (the updates page, the open
 * data), so it must be a department, never a person. A name is refused when
 * it carries an honorific or a post (様・さん・氏・課長…), which only a person
 * has, and unless it ends the way an organisation's unit is named (…課・…室・
 * …センター・…事務局…) with at least two characters before that ending, so
 * that a bare surname that happens to end in 部 or 田 (阿部, 山田) is refused
 * too. A real department always passes; a person's name cannot, however written.
 */
const PERSONAL = /(様|さま|さん|氏|殿|くん|君|ちゃん|先生|課長|部長|室長|所長|局長|係長|班長|主幹|主査|主事|主任|補佐|担当者|参事)/;
const UNIT = /^.{2,}(課|室|部|局|係|班|グループ|センター|事務所|所|庁|県|市|町|村|会|協会|機構|財団|法人|事務局|拠点|本部|チーム|公社|組合|機関|窓口)$/;
const DEPARTMENT_ADVICE = "確認した部署には「商工労働部 商工政策課」のように、課・室・センター・事務局などの部署の名前を書いてください（公開されるため、個人の名前や「様」「さん」「課長」などは書けません）";

export function departmentProblem(value: string): string | undefined {
  const personal = PERSONAL.exec(value);
  if (personal) return `「${personal[1]}」が付いた名前は個人を指します。${DEPARTMENT_ADVICE}`;
  if (!UNIT.test(value.replace(/\s+/g, ""))) return `「${value}」は部署の名前に見えません。${DEPARTMENT_ADVICE}`;
  return undefined;
}

export const department = text(LIMITS.name)
  .superRefine((value, ctx) => {
    const problem = departmentProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .meta({ title: "確認した部署", description: "部署の名前。個人の名前は書きません", examples: ["商工労働部 商工政策課"] });

export const factChangeSchema = z
  .strictObject({
    field: text(LIMITS.name).meta({ title: "変えた項目の場所", examples: ["contacts[0].tel[0].number"] }),
    before: text(LIMITS.fact).optional().meta({ title: "変える前", description: "その項目がなかったときは書きません" }),
    after: text(LIMITS.fact).optional().meta({ title: "変えた後", description: "その項目を削除したときは書きません" }),
  })
  .meta({ title: "変えた項目" });

export const reviewSchema = z
  .strictObject({
    edition: fiscalYear("edition", "確認した年度").meta({ title: "確認した年度", description: "西暦。令和8年度なら 2026" }),
    date: isoDate.meta({ title: "確認した日", description: "その年度の4月1日から翌年3月31日までの日。未来の日付は書けません" }),
    method: z
      .enum(REVIEW_METHODS, { error: `method（確認した方法）には ${REVIEW_METHODS_LISTED} のどれかを書いてください` })
      .meta({ title: "確認した方法" }),
    department,
    changes: z.array(factChangeSchema).optional().meta({ title: "この確認で変えた項目", description: "編集画面では、保存するときに自動で入ります" }),
    note: text(LIMITS.note).optional().meta({ title: "補足", examples: ["番号の変更を担当課に確認"] }),
  })
  .superRefine((r, ctx) => {
    // A date or an edition that failed its own check was reported already.
    if (!ISO_DAY.test(r.date) || typeof r.edition !== "number" || fiscalYearOf(r.date) === r.edition) return;
    const { first, last } = fiscalYearDays(r.edition);
    ctx.addIssue({
      code: "custom",
      path: ["date"],
      input: r.date,
      message: `${r.date} は${fiscalYearLabel(fiscalYearOf(r.date))}の日です。edition: ${r.edition} の確認の日は、${fiscalYearSpan(r.edition)}の中の日（${first} から ${last} まで）にしてください。確認した日（date）か年度（edition）を直してください`,
    });
  })
  .meta({ title: "確認の記録" });

export type ReviewRecord = z.output<typeof reviewSchema>;
