import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ExternalLink } from "@/components/external-link";
import { getAllPrograms } from "@/lib/content/api";
import { formatJapaneseDate } from "@/lib/content/schedule";
import { ALL_SESSIONS_FILE, calendarFiles } from "@/lib/calendar/paths";
import { sourceLabel } from "@/lib/content/edition";
import type { CsvColumn } from "@/lib/open-data/csv";
import { FEED_PATH } from "@/lib/open-data/feed";
import { addedJsonFields, programJsonFields, type JsonField } from "@/lib/open-data/json-fields";
import { LICENCE } from "@/lib/open-data/licence";
import {
  CONTACT_COLUMNS,
  contactRows,
  contactsCsv,
  datasetModified,
  MULTI_VALUE_SEPARATOR,
  PREFECTURE_CODE,
  PROGRAM_COLUMNS,
  programsCsv,
  programsJson,
} from "@/lib/open-data/programs";
import { absoluteUrl, publicUrl, SITE_NAME } from "@/lib/site/config";
import { buildDay } from "@/lib/site/build-day";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = pageMetadata({
  title: "オープンデータ",
  description: `${SITE_NAME}に掲載している制度と担当窓口の電話番号を、CSV・JSON・Atom フィードで提供します（公共データ利用規約 第1.0版）。`,
  path: "/data",
});

const kilobytes = (text: string) => `${Math.max(1, Math.round(Buffer.byteLength(text, "utf8") / 1024))} KB`;

function ColumnTable<Row>({ title, columns }: { title: string; columns: CsvColumn<Row>[] }) {
  return (
    <>
      <h3 className="mt-6 text-lg font-bold">{title}</h3>
      <table className="stack-table mt-2" role="table">
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr>
            <th scope="col">列名</th>
            <th scope="col">内容と形式</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((c) => (
            <tr key={c.name}>
              <th scope="row">{c.name}</th>
              <td data-label="">
                {c.description}
                <span className="block text-sm text-ink-muted">形式: {c.format ?? "文字列"}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function FieldTable({ title, fields }: { title: string; fields: JsonField[] }) {
  return (
    <details className="mt-4">
      <summary className="min-h-11 cursor-pointer py-2 font-bold">
        {title}（{fields.length}項目）
      </summary>
      <table className="stack-table mt-2" role="table">
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr>
            <th scope="col">項目</th>
            <th scope="col">内容と型</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.path}>
              <th scope="row" className="break-all">
                <code>{f.path}</code>
              </th>
              <td data-label="">
                {f.description}
                <span className="block text-sm text-ink-muted">
                  型: {f.type}
                  {f.required ? "（必ずある）" : "（ないことがある）"}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export default function DataPage() {
  const programs = getAllPrograms();
  const modified = datasetModified(programs);
  const today = buildDay();
  const calendars = calendarFiles(programs, today).length;
  const sources = [...new Set(programs.map((p) => sourceLabel(p.source)))];
  const files = [
    {
      href: "/data/programs.csv",
      name: "制度の一覧（CSV）",
      what: `1行に1制度。担当窓口は1件目だけ（${programs.length}行）`,
      size: kilobytes(programsCsv(programs)),
    },
    {
      href: "/data/contacts.csv",
      name: "電話番号の一覧（CSV）",
      what: `1行に1つの電話番号。担当窓口と事務所・会場のすべての番号（${contactRows(programs).length}行）`,
      size: kilobytes(contactsCsv(programs)),
    },
    {
      href: "/data/programs.json",
      name: "制度の全項目（JSON）",
      what: "担当窓口・事務所・日程・関連リンクを含むすべての項目",
      size: kilobytes(JSON.stringify(programsJson(programs, today), null, 2)),
    },
    { href: FEED_PATH, name: "更新情報（Atom フィード）", what: "ページの内容を更新した日の新しい順に、制度を1件ずつ", size: undefined },
  ];
  return (
    <>
      <Breadcrumbs trail={[{ href: "/", label: "ホーム" }]} current="オープンデータ" />
      <h1 className="text-2xl font-bold">オープンデータ</h1>
      <p className="mt-3">
        このサイトに掲載している {programs.length} 件の制度と担当窓口の電話番号を、表計算ソフトやプログラムで使える形で提供します。
        ページと同じ内容からサイトを作るたびに生成するため、ページとデータが食い違うことはありません。
      </p>
      <p className="mt-2">
        最終更新日（掲載内容を最後に更新した日）: <time dateTime={modified}>{formatJapaneseDate(modified)}</time>
      </p>
      <p className="mt-2">
        出典: {sources.join("、")}。電話番号・受付時間・募集状況などは、この版の時点のものです。担当者が番号を確かめた窓口には、その日と方法（「最終確認日」「最終確認の方法」、JSON では
        confirmed）が入ります。確かめた記録のない窓口は空欄です。
      </p>

      <h2 className="mt-8 text-xl font-bold">ダウンロード</h2>
      <ul className="mt-3 list-none space-y-3 p-0">
        {files.map((f) => (
          <li key={f.href}>
            <a href={f.href} className="inline-flex min-h-11 items-center font-bold">
              {f.name}
            </a>
            <span className="block text-sm text-ink-muted">
              {f.what}
              {f.size ? `・約 ${f.size}` : ""}
              {absoluteUrl(f.href) ? `・${absoluteUrl(f.href)}` : ""}
            </span>
          </li>
        ))}
      </ul>

      <h2 className="mt-8 text-xl font-bold">利用条件</h2>
      <p className="mt-3">
        これらのデータは
        <ExternalLink href={LICENCE.url}>
          {LICENCE.name}（{LICENCE.short}）
        </ExternalLink>
        に従って、どなたでも自由に使えます（複製・加工・再配布・商用利用を含みます）。 {LICENCE.short} は
        <ExternalLink href={LICENCE.compatible.url}>{LICENCE.compatible.name}</ExternalLink>
        と互換性があり、CC BY 4.0 の条件で使うこともできます。
      </p>
      <p className="mt-3">使うときは、出典を次のように記載してください。加工したときは、加工したことも記載してください。</p>
      <p className="mt-2 border-l-4 border-line-soft pl-4">
        出典: {SITE_NAME}「中小企業支援制度データ」{absoluteUrl("/data") ? `（${absoluteUrl("/data")}）` : ""}をもとに作成
      </p>
      <p className="mt-3">
        電話番号や受付時間は変わることがあります。各行の「出典_版」（どの版のガイドブックの内容か）と「更新日」（その制度のページの内容を最後に更新した日）をご確認のうえ、最新の情報は担当窓口にお問い合わせください。
      </p>

      <h2 className="mt-8 text-xl font-bold">CSV の形式</h2>
      <ul className="mt-3 list-disc pl-6">
        <li>文字コードは UTF-8（BOM 付き）。Excel でそのまま開けます。</li>
        <li>改行は CRLF、区切りはカンマ。RFC 4180 に従い、カンマ・引用符・改行を含む値は二重引用符で囲みます。</li>
        <li>1行目は列名です。列名はデジタル庁の「自治体標準オープンデータセット」の書き方に合わせています。</li>
        <li>都道府県コード又は市区町村コードは青森県の {PREFECTURE_CODE} です。</li>
        <li>1つのセルに複数の値があるときは「{MULTI_VALUE_SEPARATOR}」で区切ります。情報がない項目は空欄です。</li>
        <li>programs.csv の「NO」と contacts.csv の「制度NO」で、2つのファイルを結び付けられます。</li>
      </ul>
      <ColumnTable title="programs.csv の列" columns={PROGRAM_COLUMNS} />
      <ColumnTable title="contacts.csv の列" columns={CONTACT_COLUMNS} />

      <h2 className="mt-8 text-xl font-bold">JSON の形式</h2>
      <p className="mt-3">
        programs.json は UTF-8 の JSON です。最上位に title（データ名）、license（利用条件）、prefectureCode、modified（最終更新日）と、制度の配列
        programs があります。各制度の項目は、制度ファイルの front-matter と同じ名前と型です。
      </p>
      <FieldTable title="programs[] の項目（制度ファイルと同じ）" fields={programJsonFields()} />
      <FieldTable title="programs[] に JSON が加える項目" fields={addedJsonFields()} />

      <h2 className="mt-8 text-xl font-bold">日程のカレンダーファイル（iCalendar）</h2>
      <p className="mt-3">
        日程のある制度では、まだ来ていない開催日ごとに iCalendar（.ics）ファイルを提供します。URL は
        <code className="break-all">/programs/制度/calendar/会場の番号/YYYY-MM-DD.ics</code>
        、会場のまだ来ていない全日程は <code>{ALL_SESSIONS_FILE}</code> です。programs.json の schedule.venues[].ics と schedule.venues[].sessions[].ics にも載せています。
        資料に開始時刻がないため、終日の予定になります。過ぎた開催日のファイルは作りません。
      </p>
      <p className="mt-2">
        {calendars
          ? `いまは ${calendars} 件のファイルがあります（${formatJapaneseDate(today)}時点）。`
          : `いま掲載している日程はすべて過ぎているため、カレンダーファイルはありません（${formatJapaneseDate(today)}時点）。`}
      </p>

      <h2 className="mt-8 text-xl font-bold">更新情報（Atom フィード）</h2>
      <p className="mt-3">
        <code>{publicUrl(FEED_PATH)}</code> は、制度をページの更新日の新しい順に並べた Atom 1.0 フィードです。フィードリーダーに登録すると、内容が更新された制度がわかります。
        各制度の項目には、出典のガイドブックの版、ページの更新日と、担当者が番号を確かめた窓口の確認日と方法を載せています。
      </p>
    </>
  );
}
