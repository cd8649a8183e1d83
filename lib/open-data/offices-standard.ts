import { sourceLabel } from "@/lib/content/edition";
import { hoursRemarks, officeDays } from "@/lib/content/hours";
import { callNumbers, faxNumber, type Desk, type PhoneNumber, type Program } from "@/lib/content/model";
import { programUrl } from "@/lib/site/paths";
import { toCsv, type CsvColumn } from "./csv";
import { groupDesks, placeKey, programDesks, type ProgramDesk } from "./places";
import { PREFECTURE_CODE } from "./programs";
import { uuidV5 } from "./uuid";

/**
 * /data/offices-standard.csv: every office and desk of content in the columns
 * of デジタル庁's 自治体標準オープンデータセット「公共施設一覧」, so that a tool
 * made for municipalities' facility lists reads ours as it is.
 *
 * The definition workbook itself could not be read. The 56 names and their
 * order are those of two files published in the current layout (a ward's own
 * 公共施設一覧 and a survey that states it follows the official names), which
 * agree on order; where they spell a name differently (建物名等(方書),
 * バリアフリートイレ, 盲導犬・介助犬、聴導犬同伴, 画像_ライセンス) we follow the
 * ward's file, which matches the same edition's other sheets. A check against
 * the workbook changes this list and nothing else: the file, the /data table
 * and the test all read it.
 */
export const OFFICES_STANDARD_HEADER = [
  "全国地方公共団体コード",
  "ID",
  "地方公共団体名",
  "名称",
  "名称_カナ",
  "名称_英字",
  "名称_通称",
  "POIコード",
  "外部識別子",
  "外部識別子の値",
  "所在地_全国地方公共団体コード",
  "町字ID",
  "所在地_連結表記",
  "所在地_都道府県",
  "所在地_市区町村",
  "所在地_町字",
  "所在地_番地以下",
  "建物名等(方書)",
  "緯度",
  "経度",
  "高度の種別",
  "高度の値",
  "電話番号",
  "内線番号",
  "連絡先メールアドレス",
  "連絡先FormURL",
  "連絡先備考（その他、SNSなど）",
  "郵便番号",
  "法人番号",
  "団体名",
  "利用可能曜日",
  "開始時間",
  "終了時間",
  "利用可能時間特記事項",
  "説明",
  "車椅子可",
  "車椅子貸出",
  "ツエ貸出",
  "バリアフリートイレ",
  "スロープ、エレベータ、エスカレータ",
  "点字ブロック等の移動支援",
  "点字や読上による支援",
  "盲導犬・介助犬、聴導犬同伴",
  "字幕",
  "筆談対応",
  "優先駐車場",
  "オストメイト対応トイレ",
  "授乳室",
  "おむつ替えコーナー",
  "飲食可否",
  "ベビーカー貸出",
  "ベビーカー利用",
  "URL",
  "画像",
  "画像_ライセンス",
  "備考",
] as const;

export type StandardColumn = (typeof OFFICES_STANDARD_HEADER)[number];

/** Names the published files spell differently; ours follow the ward's file. /data lists them as unverified. */
export const UNCERTAIN_COLUMN_NAMES: readonly StandardColumn[] = ["建物名等(方書)", "バリアフリートイレ", "盲導犬・介助犬、聴導犬同伴", "画像_ライセンス"];

/** The date recorded for the edition (by others who hold the workbook), not read from the workbook itself. */
const EDITION_DATE = "2026年8月1日";

/** The specification the header follows, as /data names it. */
export const OFFICES_STANDARD = {
  publisher: "デジタル庁",
  name: "自治体標準オープンデータセット（正式版）",
  dataset: "公共施設一覧",
  edition: `データ項目定義書A（${EDITION_DATE}版）`,
  editionDate: EDITION_DATE,
  url: "https://www.digital.go.jp/resources/open_data/municipal-standard-data-set-test",
  /** The name municipalities give this dataset's file, for a prefecture: <code>_public_facility.csv. */
  conventionalFileName: `${PREFECTURE_CODE}_public_facility.csv`,
} as const;

export const OFFICES_STANDARD_PATH = "/data/offices-standard.csv";

/** Several values in one cell, as the standard writes them. */
export const STANDARD_SEPARATOR = ";";

const PREFECTURE = "青森県";

/**
 * The standard's examples write a number with its area code in brackets,
 * (03)3964-1111; ours are written 017-734-9243, so the first group moves
 * into the brackets and nothing else changes.
 */
export function standardPhone(number: string): string {
  return number.replace(/^(\d+)-/, "($1)");
}

/**
 * One row: one office or desk, with the programs that list it. Desks are one
 * row only when everything the row says of them is the same (name, place,
 * numbers, hours, notes, confirmation); two desks of one place that differ
 * (two numbers of one council, each with its own remark) stay two rows, so no
 * remark is attached to the wrong number.
 */
export type StandardRow = { id: string; desk: Desk; listings: ProgramDesk[] };

/** Everything a row says of its desk, apart from the programs that list it and the role they give it. */
function rowFacts(d: Desk): string {
  const phones = d.phones.map((p) => [p.type, p.number, p.extension, p.label, p.note]);
  return JSON.stringify([placeKey(d), d.organization, d.department, d.group, d.hours, d.note, d.confirmed, phones]);
}

export function standardRows(programs: readonly Program[]): StandardRow[] {
  const rows = groupDesks(programDesks(programs), ({ desk }) => rowFacts(desk));
  // The ID is the place's, numbered when one place has rows that differ: the same office keeps its ID while its facts change.
  const seen = new Map<string, number>();
  return rows.map((listings) => {
    const { desk } = listings[0];
    const place = placeKey(desk);
    const n = (seen.get(place) ?? 0) + 1;
    seen.set(place, n);
    return { id: standardId(n === 1 ? place : `${place}#${n}`), desk, listings };
  });
}

/** Twelve upper-case hexadecimal digits of a UUIDv5 of the place: half-width alphanumerics, as the standard asks, and stable across builds. */
function standardId(name: string): string {
  return uuidV5(`offices-standard:${name}`).replace(/-/g, "").slice(0, 12).toUpperCase();
}

const distinct = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];
const joined = (values: (string | undefined)[]) => distinct(values).join(STANDARD_SEPARATOR) || undefined;

/** 所在地_連結表記: as content writes it, from the prefecture when it starts with the municipality's name (青森市新町… → 青森県青森市新町…). */
export function fullAddress(d: Pick<Desk, "address" | "municipality">): string | undefined {
  if (!d.address) return undefined;
  return d.municipality && d.address.startsWith(d.municipality.name) ? `${PREFECTURE}${d.address}` : d.address;
}

const extensionText = (n: PhoneNumber) => (n.extension ? ` 内線${n.extension}` : "");
/** Whom a number reaches and its remark, when the file says more than the desk's own name. */
const whomText = (n: PhoneNumber, d: Desk) => {
  const said = [n.label === d.name ? undefined : n.label, n.note].filter(Boolean).join("・");
  return said ? `（${said}）` : "";
};

/**
 * 連絡先備考: what 電話番号 and 内線番号 cannot hold. Whom the first number
 * reaches, if the file says; every further number; the FAX. 「電話 (017)777-4066
 * （（公財）２１あおもり産業総合支援センター）;FAX (017)734-8107」.
 */
function contactRemarks(d: Desk): string | undefined {
  const [first, ...others] = callNumbers(d);
  const fax = faxNumber(d);
  return joined([
    first && whomText(first, d) ? `電話番号${whomText(first, d)}` : undefined,
    ...others.map((n) => `電話 ${standardPhone(n.number)}${extensionText(n)}${whomText(n, d)}`),
    fax ? `FAX ${standardPhone(fax.number)}` : undefined,
  ]);
}

/** 説明: which program lists it and as what (担当窓口, 申込先, the program's table of offices). */
const listing = ({ program, desk }: ProgramDesk) => `「${program.title}」の${desk.role ?? program.officesTitle ?? "事務所・会場"}`;

const COLUMNS: Partial<Record<StandardColumn, Omit<CsvColumn<StandardRow>, "name">>> = {
  全国地方公共団体コード: { description: `このデータを公開する青森県のコード（${PREFECTURE_CODE}）`, format: "6桁の数字", value: () => PREFECTURE_CODE },
  ID: { description: "事務所・窓口ごとの識別子。同じ事務所はデータを作り直しても同じ", format: "12桁の半角英数字", value: (r) => r.id },
  地方公共団体名: { description: "公開する団体", value: () => PREFECTURE },
  名称: { description: "事務所・会場の名前、または窓口の組織・課・グループ", value: (r) => r.desk.name },
  所在地_全国地方公共団体コード: {
    description: "事務所の所在地の市町村のコード（content/areas/ の一覧から）。所在地のない窓口は空欄",
    format: "6桁の数字",
    value: (r) => r.desk.municipality?.code,
  },
  所在地_連結表記: { description: "所在地。町字・番地・建物名は分けずにこの列に入れます。所在地が出典にない窓口は空欄", value: (r) => fullAddress(r.desk) },
  所在地_都道府県: { description: "所在地の市町村が分かる事務所で「青森県」", value: (r) => (r.desk.municipality ? PREFECTURE : undefined) },
  所在地_市区町村: { description: "所在地の市町村", value: (r) => r.desk.municipality?.name },
  電話番号: { description: "1件目の電話番号", format: "市外局番を括弧で囲む（例: (017)734-9243）", value: (r) => onlyIf(callNumbers(r.desk)[0], (n) => standardPhone(n.number)) },
  内線番号: { description: "上の電話番号の内線", format: "数字", value: (r) => callNumbers(r.desk)[0]?.extension },
  // TODO(issue 20): fill from desk.email when the model has it (連絡先メールアドレス).
  連絡先メールアドレス: { description: "窓口のメールアドレス（掲載内容にあるときだけ）", value: () => undefined },
  // TODO(issue 20): fill from desk.form when the model has it (連絡先FormURL).
  連絡先FormURL: { description: "窓口の問い合わせフォーム（掲載内容にあるときだけ）", format: "URL", value: () => undefined },
  "連絡先備考（その他、SNSなど）": {
    description: `1件目の番号でつながる相手、2件目からの電話番号、FAX 番号。「${STANDARD_SEPARATOR}」で区切る`,
    format: "電話 (市外局番)番号 内線（相手）;FAX (市外局番)番号",
    value: (r) => contactRemarks(r.desk),
  },
  団体名: { description: "窓口の組織（事務所・会場の行は空欄）", value: (r) => r.desk.organization },
  利用可能曜日: { description: "受け付ける曜日。出典に曜日がないときは空欄", format: "月火水木金 のように続けて書く", value: (r) => onlyIf(r.desk.hours, (h) => officeDays(h)?.join("")) },
  開始時間: { description: "受付開始の時刻", format: "hh:mm（24時間制）", value: (r) => r.desk.hours?.open },
  終了時間: { description: "受付終了の時刻", format: "hh:mm（24時間制）", value: (r) => r.desk.hours?.close },
  利用可能時間特記事項: { description: "休業日（祝日・年末年始など）と受付時間の補足", value: (r) => onlyIf(r.desk.hours, hoursRemarks) },
  説明: { description: `この事務所・窓口を載せている制度と、その中での役割。複数のときは「${STANDARD_SEPARATOR}」で区切る`, value: (r) => joined(r.listings.map(listing)) },
  URL: { description: `その制度のページ。複数のときは「${STANDARD_SEPARATOR}」で区切る`, format: "URL", value: (r) => joined(r.listings.map(({ program }) => programUrl(program.slug))) },
  備考: {
    description: "窓口の所在（…内）と補足、番号を確かめた記録（あるときだけ）、掲載内容の出典の版",
    value: (r) =>
      joined([
        r.desk.location,
        r.desk.note,
        r.desk.confirmed ? `電話・FAX番号の最終確認: ${r.desk.confirmed.date}（${r.desk.confirmed.method}）` : undefined,
        ...r.listings.map(({ program }) => `出典: ${sourceLabel(program.source)}`),
      ]),
  },
};

const onlyIf = <T, R>(value: T | undefined, f: (v: T) => R): R | undefined => (value === undefined ? undefined : f(value));

/** Every column of the standard in its order; the ones content has nothing for stay empty, as the standard asks. */
export const OFFICES_STANDARD_COLUMNS: CsvColumn<StandardRow>[] = OFFICES_STANDARD_HEADER.map((name) => ({
  name,
  ...(COLUMNS[name] ?? { description: "掲載内容にないため空欄", value: () => undefined }),
}));

/** The columns this site fills, for the table on /data (the others are listed by name). */
export const filledStandardColumns = () => OFFICES_STANDARD_COLUMNS.filter((c) => COLUMNS[c.name as StandardColumn]);
export const emptyStandardColumns = () => OFFICES_STANDARD_COLUMNS.filter((c) => !COLUMNS[c.name as StandardColumn]);

export function officesStandardCsv(programs: readonly Program[]): string {
  return toCsv(OFFICES_STANDARD_COLUMNS, standardRows(programs));
}
