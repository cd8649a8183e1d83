import { calendarFilePath, calendarFiles, sessionIcsPath, venueIcsPath } from "@/lib/calendar/paths";
import { editionLabel, fiscalYearLabel } from "@/lib/content/edition";
import { REVIEW_METHOD_PHRASES } from "@/lib/content/review-methods";
import { callNumbers, faxNumber, mainDesk, mainNumber, type Desk, type PhoneNumber, type Program } from "@/lib/content/model";
import { frontMatterOf } from "@/lib/content/resolve";
import type { Confirmation } from "@/lib/content/schema";
import { phoneVisibleText } from "@/lib/phone/format";
import { publicUrl, SITE_NAME } from "@/lib/site/config";
import { programUrl } from "@/lib/site/paths";
import { toCsv, type CsvColumn } from "./csv";
import { jgrantsFields } from "./jgrants";
import { LICENCE } from "./licence";

/**
 * The open datasets on /data, built from the same content as the pages.
 * Column names follow デジタル庁's 自治体標準オープンデータセット where a
 * standard column exists (都道府県コード又は市区町村コード, NO, 名称, 電話番号,
 * 内線番号, 所在地_連結表記, URL…); the rest are named in the same style.
 * The column lists below are the only definition of each CSV: the file and
 * the schema table on /data are both generated from them. Page URLs are full
 * URLs when the site's origin is configured, else site paths (/programs/…).
 * How current each fact is travels with it: the guidebook's edition, the day
 * the page was updated, a confirmation only where someone made one, and the
 * program's last review (its edition, day, method and department) with the
 * day its next review is due.
 */

/** 青森県's 全国地方公共団体コード (with its check digit). */
export const PREFECTURE_CODE = "020001";

/** Several values in one cell are joined with this, as 「月、火、水」. */
export const MULTI_VALUE_SEPARATOR = "、";

const join = (values: (string | undefined)[]) => values.filter(Boolean).join(MULTI_VALUE_SEPARATOR);
const pageUrl = (p: Program) => programUrl(p.slug);
const department = (d: Pick<Desk, "department" | "group">) => [d.department, d.group].filter(Boolean).join(" ");

export function datasetModified(programs: Program[]): string {
  return programs.reduce((latest, p) => (p.updated > latest ? p.updated : latest), "");
}

const common = {
  code: {
    name: "都道府県コード又は市区町村コード",
    description: "青森県の全国地方公共団体コード（検査数字付き6桁）",
    format: "6桁の数字",
    value: () => PREFECTURE_CODE,
  },
  url: { name: "URL", description: "この制度のページ（サイトの URL が設定されていないビルドでは /programs/… のパス）", format: "URL", value: (p: Program) => pageUrl(p) },
  updated: {
    name: "更新日",
    description: "この制度のページの内容を最後に更新した日（内容を確かめた日ではありません）",
    format: "YYYY-MM-DD",
    value: (p: Program) => p.updated,
  },
  edition: {
    name: "出典_版",
    description: "掲載内容の出典のガイドブックの版（例: 令和5年度版）。電話番号・受付時間・募集状況などはこの版の時点のもの",
    value: (p: Program) => editionLabel(p.source),
  },
};

/** The program's last review (reviews[] of its file) and when the next is due, as columns; the review's are empty until there is one. */
const REVIEW_COLUMNS: CsvColumn<Program>[] = [
  {
    name: "内容確認_年度",
    description: "最後に担当課に制度の内容を確かめた年度（例: 令和8年度）。確かめた記録がないときは空欄（出典_版のガイドブックのまま）",
    value: (p) => (p.review ? fiscalYearLabel(p.review.edition) : undefined),
  },
  { name: "内容確認_日", description: "最後に担当課に制度の内容を確かめた日（内容を直した日ではありません）。記録がないときは空欄", format: "YYYY-MM-DD", value: (p) => p.review?.date },
  { name: "内容確認_方法", description: `確かめた方法（${Object.values(REVIEW_METHOD_PHRASES).join("・")}）`, value: (p) => (p.review ? REVIEW_METHOD_PHRASES[p.review.method] : undefined) },
  { name: "内容確認_部署", description: "確かめた部署", value: (p) => p.review?.department },
  {
    name: "内容確認_次回予定日",
    description: "次に内容を確かめる予定の日。記録がないときは、最後に確かめた年度（確かめていなければ出典の年度）の次の年度の4月1日",
    format: "YYYY-MM-DD",
    value: (p) => p.reviewDue,
  },
];

/** The record of who confirmed a desk's numbers, as two columns; both empty until someone has. */
const confirmedColumns = <Row,>(of: (row: Row) => Confirmation | undefined, whose: string): CsvColumn<Row>[] => [
  { name: "最終確認日", description: `${whose}の番号を担当者が確かめた日。確かめた記録がないときは空欄（出典のとおり）`, format: "YYYY-MM-DD", value: (r) => of(r)?.date },
  { name: "最終確認の方法", description: `確かめた方法（電話で確認・公式サイトで確認・窓口で確認・文書で確認）`, value: (r) => of(r)?.method },
];

const phoneFormat = "市外局番からハイフン区切り（例: 017-734-9243）";

/** programs.csv: one row per program, with its first contact (the first row of the page's 担当窓口 table). */
export const PROGRAM_COLUMNS: CsvColumn<Program>[] = [
  common.code,
  { name: "NO", description: "ガイドブックの項目番号。contacts.csv の「制度NO」と対応", format: "整数", value: (p) => p.source.number },
  { name: "名称", description: "制度名（ガイドブックの見出し）", value: (p) => p.title },
  { name: "説明", description: "事業者向けの一行の説明", value: (p) => p.summary },
  {
    name: "分類",
    description: `当てはまる困りごと。複数のときは「${MULTI_VALUE_SEPARATOR}」で区切る`,
    value: (p) => join(p.needs.map((n) => n.label)),
  },
  { name: "対象者", description: "制度の対象者", value: (p) => p.audience },
  { name: "費用", description: "費用・経費負担", value: (p) => p.cost },
  { name: "募集状況", description: "ガイドブック掲載時の募集状況", value: (p) => p.status },
  { name: "団体名", description: "担当窓口（1件目）の組織", value: (p) => mainDesk(p).organization },
  { name: "担当部署", description: "担当窓口（1件目）の課・グループ", value: (p) => department(mainDesk(p)) },
  { name: "電話番号", description: "担当窓口（1件目）の電話番号（1件目）", format: phoneFormat, value: (p) => mainNumber(p).number },
  { name: "内線番号", description: "上の電話番号の内線", format: "数字", value: (p) => mainNumber(p).extension },
  { name: "FAX番号", description: "担当窓口（1件目）の FAX 番号", format: phoneFormat, value: (p) => faxNumber(mainDesk(p))?.number },
  { name: "受付時間", description: "担当窓口（1件目）の受付時間", value: (p) => mainDesk(p).hours?.text },
  {
    name: "連絡先件数",
    description: "この制度の電話番号の件数（担当窓口と事務所・会場）。すべての番号は contacts.csv にある",
    format: "整数",
    value: (p) => contactRows([p]).filter((r) => r.phone).length,
  },
  common.url,
  {
    name: "出典",
    description: "掲載内容の出典",
    value: (p) => `${p.source.document}（${editionLabel(p.source)}）「${p.source.section}」${p.source.number}`,
  },
  common.edition,
  common.updated,
  ...confirmedColumns((p: Program) => mainDesk(p).confirmed, "担当窓口（1件目）"),
  ...REVIEW_COLUMNS,
];

/** One telephone number (or one office without a number) of one program. */
export type ContactRow = { program: Program; desk: Desk; phone?: PhoneNumber };

export function contactRows(programs: Program[]): ContactRow[] {
  return programs.flatMap((program) =>
    program.desks.flatMap((desk) => {
      const phones = callNumbers(desk);
      return phones.length ? phones.map((phone) => ({ program, desk, phone })) : [{ program, desk }];
    }),
  );
}

/** contacts.csv: one row per telephone number, so every number on the site is in a row of its own. */
export const CONTACT_COLUMNS: CsvColumn<ContactRow & { no: number }>[] = [
  common.code,
  { name: "NO", description: "このファイルの行番号", format: "整数", value: (r) => r.no },
  { name: "制度NO", description: "programs.csv の「NO」", format: "整数", value: (r) => r.program.source.number },
  { name: "制度名", description: "programs.csv の「名称」", value: (r) => r.program.title },
  {
    name: "種別",
    description: "担当窓口・申込先・問い合わせ先・事務局、または事務所・会場の表の見出し",
    value: (r) => r.desk.role ?? r.program.officesTitle ?? "事務所・会場",
  },
  { name: "名称", description: "窓口名（組織・課・グループ）または事務所・会場の名前", value: (r) => r.desk.name },
  { name: "団体名", description: "窓口の組織（事務所・会場の行は空欄）", value: (r) => r.desk.organization },
  { name: "担当部署", description: "窓口の課・グループ", value: (r) => department(r.desk) },
  { name: "電話番号", description: "電話番号（事務所・会場に番号がないときは空欄）", format: phoneFormat, value: (r) => r.phone?.number },
  { name: "内線番号", description: "電話番号の内線", format: "数字", value: (r) => r.phone?.extension },
  { name: "電話番号_表示", description: "サイトでの表示（内線を含む）", value: (r) => (r.phone ? phoneVisibleText(r.phone) : undefined) },
  { name: "電話番号_つながる窓口", description: "この番号でつながる相手（例: 黒石市商工課）", value: (r) => r.phone?.label },
  { name: "電話番号_補足", description: "番号の補足（例: 直通）", value: (r) => r.phone?.note },
  { name: "FAX番号", description: "FAX 番号", format: phoneFormat, value: (r) => faxNumber(r.desk)?.number },
  { name: "所在地_連結表記", description: "事務所・会場の所在地", value: (r) => r.desk.address },
  { name: "所在地_市区町村", description: "事務所・会場の市町村", value: (r) => r.desk.municipality?.name },
  {
    name: "受付曜日",
    description: `受け付ける曜日。複数のときは「${MULTI_VALUE_SEPARATOR}」で区切る`,
    value: (r) => (r.desk.hours?.days ? join(r.desk.hours.days) : undefined),
  },
  { name: "開始時間", description: "受付開始時刻", format: "HH:MM", value: (r) => r.desk.hours?.open },
  { name: "終了時間", description: "受付終了時刻", format: "HH:MM", value: (r) => r.desk.hours?.close },
  { name: "受付時間", description: "受付時間の表示", value: (r) => r.desk.hours?.text },
  {
    name: "休業日",
    description: `受付時間の表示に含まれる休業日（祝日・年末年始とそれ以外）。複数のときは「${MULTI_VALUE_SEPARATOR}」で区切る`,
    value: (r) => join([...(r.desk.hours?.closedOn ?? []), ...(r.desk.hours?.otherClosures ?? [])]) || undefined,
  },
  { name: "備考", description: "窓口の所在や補足", value: (r) => join([r.desk.location, r.desk.note]) },
  { name: "URL", description: "この制度のページ", format: "URL", value: (r) => pageUrl(r.program) },
  { ...common.edition, value: (r) => editionLabel(r.program.source) },
  { ...common.updated, value: (r) => r.program.updated },
  ...confirmedColumns((r: ContactRow) => r.desk.confirmed, "この窓口・事務所"),
];

export function programsCsv(programs: Program[]): string {
  return toCsv(PROGRAM_COLUMNS, programs);
}

export function contactsCsv(programs: Program[]): string {
  return toCsv(
    CONTACT_COLUMNS,
    contactRows(programs).map((r, i) => ({ ...r, no: i + 1 })),
  );
}

/** Fields the JSON adds to each program's front-matter. */
export const JSON_EXTRA_FIELDS = [
  { name: "no", type: "integer", required: true, description: "ガイドブックの項目番号（CSV の NO）" },
  { name: "slug", type: "string", required: true, description: "ページの URL の最後の部分" },
  { name: "url", type: "string", required: true, description: "この制度のページ" },
  { name: "categoryLabels", type: "string[]", required: true, description: "categories の表示名" },
  { name: "edition", type: "string", required: true, description: "出典のガイドブックの版（例: 令和5年度版）。source.fiscalYear から。電話番号などは、確認の記録（reviews）がなければこの版の時点のもの" },
  { name: "reviewState", type: "string", required: true, description: "サイトのいまの年度に担当課に内容を確かめたか: reviewed（確かめた）、earlier（前の年度に確かめた）、unreviewed（確かめた記録がない）" },
  { name: "reviewedEdition", type: "integer", required: false, description: "最後に内容を確かめた年度（西暦。令和8年度なら 2026）。reviews の最後の記録から。記録がないときはない" },
  { name: "reviewedOn", type: "string", required: false, description: "最後に内容を確かめた日（YYYY-MM-DD）。記録がないときはない" },
  { name: "reviewDue", type: "string", required: true, description: "次に内容を確かめる予定の日（YYYY-MM-DD）。nextReview、なければ最後に確かめた年度（確かめていなければ出典の年度）の次の年度の4月1日" },
  { name: "jgrants", type: "object", required: true, description: "Jグランツ（補助金の電子申請システム）の API と同じ項目名・値での分類。掲載内容から導けるものだけ" },
  { name: "jgrants.use_purpose", type: "string[]", required: false, description: "利用目的（Jグランツの15の値のうち、困りごとから対応の決まっているもの）。対応する困りごとがない制度にはない" },
  { name: "jgrants.industry", type: "string[]", required: false, description: "業種（日本標準産業分類の大分類）。業種が限られる制度（businessTypes）で、対応の決まっているものだけ" },
  { name: "jgrants.target_area_search", type: "string[]", required: true, description: "補助対象地域。青森県の制度なので「青森県」" },
  {
    name: "schedule.venues[].ics",
    type: "string",
    required: false,
    description: "その会場のまだ来ていない開催日すべての iCalendar ファイル（データを作った日に来ていない開催日があるときだけ）",
  },
  {
    name: "schedule.venues[].sessions",
    type: "object[]",
    required: false,
    description: "各開催日: date（YYYY-MM-DD）、weekday（曜日）、ics（その日の iCalendar ファイル。データを作った日に過ぎていない開催日だけ）",
  },
] as const;

/** `today` (Japan, YYYY-MM-DD) decides which calendar files exist: those of sessions not yet past (lib/calendar/paths.ts). */
export function programsJson(programs: Program[], today: string) {
  const calendars = new Set(calendarFiles(programs, today).map(calendarFilePath));
  const ics = (path: string) => (calendars.has(path) ? { ics: publicUrl(path) } : {});
  return {
    title: `${SITE_NAME} 中小企業支援制度データ`,
    description: "青森県の中小企業支援ガイドブック「Ⅲ 情報提供・相談・専門家派遣等」の制度と担当窓口・事務所・日程",
    publisher: SITE_NAME,
    license: { name: LICENCE.name, short: LICENCE.short, url: LICENCE.url },
    prefectureCode: PREFECTURE_CODE,
    modified: datasetModified(programs),
    programs: programs.map((program) => {
      const { slug } = program;
      const fields = frontMatterOf(program);
      return {
        no: fields.source.number,
        slug,
        url: programUrl(slug),
        ...fields,
        categoryLabels: program.needs.map((n) => n.label),
        edition: editionLabel(fields.source),
        jgrants: jgrantsFields(program),
        reviewState: program.freshness.state,
        ...(program.review ? { reviewedEdition: program.review.edition, reviewedOn: program.review.date } : {}),
        reviewDue: program.reviewDue,
        schedule: fields.schedule
          ? {
              ...fields.schedule,
              venues: fields.schedule.venues.map((v, i) => ({
                ...v,
                ...ics(venueIcsPath(slug, i + 1)),
                sessions: v.dates.map((d) => ({ ...d, ...ics(sessionIcsPath(slug, i + 1, d.date)) })),
              })),
            }
          : undefined,
      };
    }),
  };
}
