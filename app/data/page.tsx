import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ColumnTable, FieldTable } from "@/components/data-columns";
import { ExternalLink } from "@/components/external-link";
import { PageSection } from "@/components/page-section";
import { SummaryList } from "@/components/summary-list";
import { ALL_SESSIONS_FILE, calendarFiles } from "@/lib/calendar/paths";
import { getAllPrograms, getAreas, getNeeds } from "@/lib/content/api";
import { sourceLabel } from "@/lib/content/edition";
import { formatJapaneseDate } from "@/lib/content/schedule";
import { assuredDate } from "@/lib/open-data/assured";
import { CSV_QUOTING_NOTE } from "@/lib/open-data/csv";
import { FEED_PATH } from "@/lib/open-data/feed";
import { HSDS_PATHS, HSDS_VERSION, hsdsServicePath, hsdsServices, serviceId } from "@/lib/open-data/hsds/export";
import { BUSINESS_TYPE_INDUSTRIES, businessTypeLabel, NEED_PURPOSES, TARGET_AREA } from "@/lib/open-data/jgrants";
import { addedJsonFields, programJsonFields } from "@/lib/open-data/json-fields";
import { LICENCE } from "@/lib/open-data/licence";
import {
  emptyStandardColumns,
  OFFICES_STANDARD,
  OFFICES_STANDARD_COLUMNS,
  OFFICES_STANDARD_PATH,
  officesStandardCsv,
  standardRows,
  STANDARD_SEPARATOR,
  UNCERTAIN_COLUMN_NAMES,
} from "@/lib/open-data/offices-standard";
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
import type { BusinessType } from "@/lib/content/business-types";
import { absoluteUrl, publicUrl, SITE_NAME } from "@/lib/site/config";
import { buildDay } from "@/lib/site/build-day";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = pageMetadata({
  title: "オープンデータ",
  description: `${SITE_NAME}に掲載している制度と担当窓口の電話番号を、CSV・JSON・自治体標準の公共施設一覧・国際標準 HSDS・Atom フィードで提供します（公共データ利用規約 第1.0版）。`,
  path: "/data",
});

const OFFICES_TITLE = "事務所・窓口の一覧（自治体標準オープンデータセット「公共施設一覧」の形式）";
const JGRANTS_TITLE = "Jグランツの分類（programs.json の jgrants）";
const HSDS_TITLE = `支援サービスの国際標準 HSDS ${HSDS_VERSION}（JSON）`;
const STRUCTURED_TITLE = "制度のページの構造化データ（schema.org）";
const CALENDAR_TITLE = "日程のカレンダーファイル（iCalendar）";
const FEED_TITLE_JA = "更新情報（Atom フィード）";

const kilobytes = (text: string) => `${Math.max(1, Math.round(Buffer.byteLength(text, "utf8") / 1024))} KB`;
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** A file's link, with what is in it, its size and its full address when the site's origin is known. */
function FileLink({ href, name, what, size }: { href: string; name: string; what: string; size?: string }) {
  return (
    <li>
      <a href={href} className="inline-flex min-h-11 items-center font-bold">
        {name}
      </a>
      <span className="block text-sm text-ink-muted">
        {what}
        {size ? `・約 ${size}` : ""}
        {absoluteUrl(href) ? `・${absoluteUrl(href)}` : ""}
      </span>
    </li>
  );
}

/**
 * One format: the same four answers for each (what it is for, who uses it,
 * where the files are, which specification it follows), then its own notes
 * and tables.
 */
function FormatSection({
  id,
  title,
  use,
  who,
  files,
  spec,
  notes = [],
  children,
}: {
  id: string;
  title: string;
  use: string;
  who: string;
  files: ReactNode;
  spec?: ReactNode;
  notes?: ReactNode[];
  children?: ReactNode;
}) {
  const rows = [
    { key: "何に使えるか", value: use },
    { key: "使う人の例", value: who },
    { key: "ファイル", value: files },
    ...(spec ? [{ key: "形式", value: spec }] : []),
  ];
  return (
    <PageSection id={id} title={title}>
      <SummaryList className="mt-3" rows={rows} />
      {notes.length ? (
        <ul className="mt-4 list-disc space-y-1 pl-6">
          {notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      ) : null}
      {children}
    </PageSection>
  );
}

function FileList({ files }: { files: { href: string; name: string; what: string; size?: string }[] }) {
  return (
    <ul className="mt-3 list-none space-y-3 p-0">
      {files.map((f) => (
        <FileLink key={f.href} {...f} />
      ))}
    </ul>
  );
}

export default function DataPage() {
  const programs = getAllPrograms();
  const areas = getAreas();
  const modified = datasetModified(programs);
  const today = buildDay();
  const calendars = calendarFiles(programs, today).length;
  const sources = [...new Set(programs.map((p) => sourceLabel(p.source)))];
  const services = hsdsServices(programs, areas);
  const officeRows = standardRows(programs).length;
  const needLabel = new Map(getNeeds().map((n) => [n.slug, n.label]));
  const assured = programs.filter((p) => assuredDate(p)).length;
  const files = {
    programsCsv: { href: "/data/programs.csv", name: "制度の一覧（CSV）", what: `1行に1制度。担当窓口は1件目だけ（${programs.length}行）`, size: kilobytes(programsCsv(programs)) },
    contactsCsv: {
      href: "/data/contacts.csv",
      name: "電話番号の一覧（CSV）",
      what: `1行に1つの電話番号。担当窓口と事務所・会場のすべての番号（${contactRows(programs).length}行）`,
      size: kilobytes(contactsCsv(programs)),
    },
    officesCsv: {
      href: OFFICES_STANDARD_PATH,
      name: "事務所・窓口の一覧（公共施設一覧の形式、CSV）",
      what: `1行に1つの事務所・窓口。自治体標準オープンデータセットの56列（${officeRows}行）`,
      size: kilobytes(officesStandardCsv(programs)),
    },
    programsJson: { href: "/data/programs.json", name: "制度の全項目（JSON）", what: "担当窓口・事務所・日程・関連リンク・Jグランツの分類を含むすべての項目", size: kilobytes(json(programsJson(programs, today))) },
    hsds: { href: HSDS_PATHS.services, name: `支援サービスの国際標準 HSDS ${HSDS_VERSION}（JSON）`, what: `${programs.length} 制度すべてを HSDS のサービスとして1つのファイルに`, size: kilobytes(json(services)) },
    feed: { href: FEED_PATH, name: "更新情報（Atom フィード）", what: "ページの内容を更新した日の新しい順に、制度を1件ずつ" },
  };
  const hsdsFiles = [
    files.hsds,
    { href: HSDS_PATHS.index, name: "HSDS の入口（index.json）", what: `HSDS の版（${HSDS_VERSION}）。HSDS の API の「/」にあたります` },
    { href: HSDS_PATHS.organizations, name: "組織の一覧（organizations.json）", what: "担当窓口の組織と、その窓口の場所" },
    { href: HSDS_PATHS.schema, name: "このデータの JSON Schema（schema.json）", what: "このサイトの HSDS のファイルを検証するための定義" },
  ];
  const formats = [
    { id: "csv", title: "制度の一覧・電話番号の一覧（CSV）", what: "表計算ソフトで一覧を作る" },
    { id: "offices-standard", title: OFFICES_TITLE, what: "自治体の施設データと同じ列で取り込む" },
    { id: "json", title: "制度の全項目（JSON）", what: "プログラムからすべての項目を読む" },
    { id: "jgrants", title: JGRANTS_TITLE, what: "補助金ポータルと同じ分類で制度を並べる" },
    { id: "hsds", title: HSDS_TITLE, what: "支援サービスの国際標準の形式で読む" },
    { id: "structured-data", title: STRUCTURED_TITLE, what: "検索エンジンや AI アシスタントが制度のページを読む" },
    { id: "calendar", title: CALENDAR_TITLE, what: "相談会の日程をカレンダーに入れる" },
    { id: "feed", title: FEED_TITLE_JA, what: "内容が更新された制度を知る" },
  ];
  return (
    <>
      <Breadcrumbs trail={[{ href: "/", label: "ホーム" }]} current="オープンデータ" />
      <h1 className="text-2xl font-bold">オープンデータ</h1>
      <p className="mt-3">
        このサイトに掲載している {programs.length} 件の制度と、その担当窓口・事務所の電話番号・受付時間を、表計算ソフトやプログラムでそのまま使える形で提供します。
        同じ内容を、使い道に合わせていくつかの形式で出しています。ページと同じ内容からサイトを作るたびに生成するため、ページとデータが食い違うことはありません。
      </p>
      <p className="mt-2">
        最終更新日（掲載内容を最後に更新した日）: <time dateTime={modified}>{formatJapaneseDate(modified)}</time>
      </p>
      <p className="mt-2">
        出典: {sources.join("、")}。電話番号・受付時間・募集状況などは、この版の時点のものです。担当者が番号を確かめた窓口には、その日と方法（「最終確認日」「最終確認の方法」、JSON では
        confirmed）が入ります。確かめた記録のない窓口は空欄です。
      </p>

      <PageSection id="formats" title="データの形式">
        <p className="mt-3">使い道に合わせて選んでください。それぞれの説明の中に、ファイルへのリンクがあります。</p>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          {formats.map((f) => (
            <li key={f.id}>
              <a href={`#${f.id}`} className="font-bold">
                {f.title}
              </a>
              <span className="block text-sm text-ink-muted">{f.what}</span>
            </li>
          ))}
        </ul>
      </PageSection>

      <PageSection id="licence" title="利用条件">
        <p className="mt-3">
          これらのデータは
          <ExternalLink href={LICENCE.url}>
            {LICENCE.name}（{LICENCE.short}）
          </ExternalLink>
          に従って、どなたでも自由に使えます（複製・加工・再配布・商用利用を含みます）。 {LICENCE.short} は
          <ExternalLink href={LICENCE.compatible.url}>{LICENCE.compatible.name}</ExternalLink>
          と互換性があり、CC BY 4.0 の条件で使うこともできます。どの形式のファイルも同じ条件です。
        </p>
        <p className="mt-3">使うときは、出典を次のように記載してください。加工したときは、加工したことも記載してください。</p>
        <p className="mt-2 border-l-4 border-line-soft pl-4">
          出典: {SITE_NAME}「中小企業支援制度データ」{absoluteUrl("/data") ? `（${absoluteUrl("/data")}）` : ""}をもとに作成
        </p>
        <p className="mt-3">
          電話番号や受付時間は変わることがあります。各行の「出典_版」（どの版のガイドブックの内容か）と「更新日」（その制度のページの内容を最後に更新した日）をご確認のうえ、最新の情報は担当窓口にお問い合わせください。
        </p>
      </PageSection>

      <PageSection id="changes" title="データが変わるとき">
        <ul className="mt-3 list-disc space-y-1 pl-6">
          <li>どのファイルも、サイトを作り直すたびに掲載内容から作り直します。形式が違っても中身は同じです。</li>
          <li>
            中身が変わるのは、担当者が制度のページを更新したとき（「更新日」）、電話番号を確かめたとき（「最終確認日」）、新しい年度のガイドブックの内容に改めたとき（「出典_版」）です。
          </li>
          <li>
            公共施設一覧の「ID」と HSDS の「id」は、制度のファイル名と窓口の名前・所在地から作るため、作り直しても変わりません。窓口の名前や所在地が変わったときだけ変わります。
          </li>
          <li>国の標準（公共施設一覧）や HSDS が改訂されたときは、それに合わせて列や項目を変えることがあります。このページの説明は、ファイルと同じ定義から作っているので、いつもファイルと一致します。</li>
        </ul>
      </PageSection>

      <FormatSection
        id="csv"
        title="制度の一覧・電話番号の一覧（CSV）"
        use="表計算ソフトで開いて、制度と問い合わせ先の一覧を作る、絞り込む、印刷して窓口に置く。"
        who="商工会・商工会議所の経営指導員、金融機関（銀行・信用金庫）の融資・相談の担当者、市町村の産業振興の担当者。"
        files={<FileList files={[files.programsCsv, files.contactsCsv]} />}
      >
        <h3 className="mt-6 text-lg font-bold">CSV の書き方（このページのすべての CSV に共通）</h3>
        <ul className="mt-3 list-disc pl-6">
          <li>文字コードは UTF-8（BOM 付き）。Excel でそのまま開けます。</li>
          <li>改行は CRLF、区切りはカンマ。{CSV_QUOTING_NOTE}</li>
          <li>1行目は列名です。列名はデジタル庁の「自治体標準オープンデータセット」の書き方に合わせています。</li>
          <li>情報がない項目は空欄です。</li>
        </ul>
        <h3 className="mt-6 text-lg font-bold">programs.csv と contacts.csv の書き方</h3>
        <ul className="mt-3 list-disc pl-6">
          <li>都道府県コード又は市区町村コードは青森県の {PREFECTURE_CODE} です。</li>
          <li>1つのセルに複数の値があるときは「{MULTI_VALUE_SEPARATOR}」で区切ります。電話番号は 017-734-9243 のようにハイフンで区切ります。</li>
          <li>programs.csv の「NO」と contacts.csv の「制度NO」で、2つのファイルを結び付けられます。</li>
        </ul>
        <ColumnTable title="programs.csv の列" columns={PROGRAM_COLUMNS} />
        <ColumnTable title="contacts.csv の列" columns={CONTACT_COLUMNS} />
      </FormatSection>

      <FormatSection
        id="offices-standard"
        title={OFFICES_TITLE}
        use="市町村や都道府県が公開している「公共施設一覧」と同じ列・同じ書き方なので、自治体の施設データを読み込む地図や検索の仕組みに、列を対応させる手間なく取り込めます。"
        who="ほかの都道府県・市町村のオープンデータの担当者、自治体の施設データを集めて地図やデータカタログを作る事業者。"
        files={<FileList files={[files.officesCsv]} />}
        spec={
          <>
            {OFFICES_STANDARD.publisher}「{OFFICES_STANDARD.name}」の「{OFFICES_STANDARD.dataset}」、{OFFICES_STANDARD.edition}（
            <ExternalLink href={OFFICES_STANDARD.url}>デジタル庁の自治体標準オープンデータセットのページ</ExternalLink>）。
          </>
        }
        notes={[
          <>1行に1つの事務所・窓口です。同じ窓口が複数の制度に載っているときは1行にまとめ、「説明」と「URL」にそれぞれの制度を「{STANDARD_SEPARATOR}」で区切って並べます。</>,
          <>所在地が出典にない担当窓口（県庁の課など）にも行があります。その行の所在地の列は空欄です。</>,
          <>「全国地方公共団体コード」は青森県の {PREFECTURE_CODE}（青森県の制度の窓口の一覧であることを示します）、「所在地_全国地方公共団体コード」は事務所がある市町村のコードです。</>,
          <>電話番号は標準の記入例に合わせて (017)734-9243 のように市外局番を括弧で囲みます。2件目からの電話番号と FAX 番号は「連絡先備考（その他、SNSなど）」に入れます。</>,
          <>時刻は 08:30 のような hh:mm、曜日は「月火水木金」のように続けて書き、日付は YYYY-MM-DD です。祝日・年末年始などの休みは「利用可能時間特記事項」にあります。</>,
          <>1つのセルに複数の値があるときは「{STANDARD_SEPARATOR}」（半角のセミコロン）で区切ります。</>,
          <>町字・番地・建物名は分けずに「所在地_連結表記」に入れています。緯度・経度・郵便番号・バリアフリーの情報などは掲載内容にないため空欄です。</>,
          <>自治体が公開するときのファイル名の慣例では、青森県の公共施設一覧は {OFFICES_STANDARD.conventionalFileName} です。</>,
        ]}
      >
        <h3 className="mt-6 text-lg font-bold">確かめられていない点</h3>
        <p className="mt-2">この形式の定義書（データ項目定義書）そのものは確認できていません。次の点は、この版の形式で公開されている自治体のファイルなどに合わせたもので、定義書と違う可能性があります。</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>版の日付（{OFFICES_STANDARD.editionDate}）。</li>
          <li>
            {OFFICES_STANDARD_COLUMNS.length}列の名前と順序。{UNCERTAIN_COLUMN_NAMES.length}つの列名（{UNCERTAIN_COLUMN_NAMES.map((n) => `「${n}」`).join("")}
            ）は資料によって書き方が違い、自治体が公開しているファイルの書き方に合わせています。
          </li>
          <li>電話番号の書き方。定義書の記入例は括弧の形ですが、017-734-9243 のようにハイフンで区切って公開している自治体もあります。</li>
          <li>「利用可能曜日」の書き方（「月火水木金」と続けて書く）と、文字コード（UTF-8 の BOM 付き）・改行（CRLF）。</li>
        </ul>
        <ColumnTable title="offices-standard.csv の列" columns={OFFICES_STANDARD_COLUMNS} closed />
        <p className="mt-2 text-sm text-ink-muted">
          掲載内容にないため空欄の列（{emptyStandardColumns().length}列）: {emptyStandardColumns()
            .map((c) => c.name)
            .join("、")}
        </p>
      </FormatSection>

      <FormatSection
        id="json"
        title="制度の全項目（JSON）"
        use="制度ごとのすべての項目（担当窓口・事務所・受付時間・日程・関連リンク）を、プログラムから読み込む。"
        who="制度を検索・通知する仕組みを作る開発者、制度情報を集めるサイト（J-Net21 のような集約サイト）、最新の制度を AI アシスタントに読ませたい人。"
        files={<FileList files={[files.programsJson]} />}
      >
        <p className="mt-3">
          programs.json は UTF-8 の JSON です。最上位に title（データ名）、license（利用条件）、prefectureCode、modified（最終更新日）と、制度の配列 programs があります。各制度の項目は、制度ファイルの
          front-matter と同じ名前と型です。
        </p>
        <FieldTable title="programs[] の項目（制度ファイルと同じ）" fields={programJsonFields()} />
        <FieldTable title="programs[] に JSON が加える項目" fields={addedJsonFields()} />
      </FormatSection>

      <PageSection id="jgrants" title={JGRANTS_TITLE}>
        <p className="mt-3">
          補助金の電子申請システム「Jグランツ」の API は、制度を利用目的（use_purpose）・業種（industry）・従業員数・補助対象地域（target_area_search）で分類しています。programs.json
          の各制度には、同じ項目名と値で、掲載内容から導けるものだけを載せています。導けないものは項目ごとありません（推測で埋めません）。
        </p>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          <li>利用目的: 制度の困りごとから、下の表の対応で決めます。表にない困りごと（専門家派遣・経営相談のような支援の種類、業種、知的財産など）からは決めません。</li>
          <li>業種: 業種が限られる制度（businessTypes）だけ、下の表の対応で決めます。</li>
          <li>従業員数: 出典に従業員数の条件がある制度がないため、どの制度にも載せていません。</li>
          <li>補助対象地域: 青森県の制度なので、すべて「{TARGET_AREA}」です。</li>
        </ul>
        <table className="stack-table mt-4" role="table">
          <caption>困りごとと利用目的（use_purpose）の対応</caption>
          <thead>
            <tr>
              <th scope="col">困りごと</th>
              <th scope="col">利用目的と理由</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(NEED_PURPOSES).map(([slug, { purposes, why }]) => (
              <tr key={slug}>
                <th scope="row">{needLabel.get(slug) ?? slug}</th>
                <td data-label="">
                  {purposes.join("、")}
                  <span className="block text-sm text-ink-muted">理由: {why}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="stack-table mt-4" role="table">
          <caption>業種（businessTypes）と業種（industry）の対応</caption>
          <thead>
            <tr>
              <th scope="col">このサイトの業種</th>
              <th scope="col">Jグランツの業種と理由</th>
            </tr>
          </thead>
          <tbody>
            {(Object.entries(BUSINESS_TYPE_INDUSTRIES) as [BusinessType, { industry: string; why: string }][]).map(([key, { industry, why }]) => (
              <tr key={key}>
                <th scope="row">{businessTypeLabel(key)}</th>
                <td data-label="">
                  {industry}
                  <span className="block text-sm text-ink-muted">理由: {why}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </PageSection>

      <FormatSection
        id="hsds"
        title={HSDS_TITLE}
        use="相談窓口や支援サービスの案内（ディレクトリ）の国際標準の形式です。制度・窓口・電話番号・受付時間・対象地域を、HSDS を読める検索サービスやツールで、変換せずに使えます。"
        who="支援機関の情報を集める検索サービス、海外の自治体や支援団体が使うディレクトリのツール、AI アシスタント。"
        files={<FileList files={hsdsFiles} />}
        spec={`Open Referral「Human Services Data Specification（HSDS）」${HSDS_VERSION}。1つの制度が1つのサービスで、その中に組織・場所・電話・受付時間が入っています。`}
        notes={[
          <>組織（organization）は担当窓口の組織、サービス（service）は制度、場所（location）は事務所と担当窓口です。所在地が出典にない窓口も場所として載せます。</>,
          <>電話（phone）は種類（電話は voice、FAX は fax）と内線（数値）を持ちます。先頭が 0 の内線のように数値にすると変わってしまうものは、説明（description）に書きます。</>,
          <>受付時間（schedule）は、曜日を MO,TU,WE,TH,FR のように（RFC 5545）、時刻を日本時間（08:30+09:00）で表します。ページに表示する受付時間の文を description に、祝日・年末年始などの休みを notes に入れています。</>,
          <>対象地域（service_area）は青森県です。地域県民局の事務所には、その県民局が所管する市町村も載せています。</>,
          <>
            確認日（assured_date）は、担当者がすべての番号を確かめた記録のある制度だけにあり、そのうち最も古い日です。確かめた記録は番号ごとに metadata にも入ります。
            {assured ? `いまは ${assured} 件の制度にあります。` : "いまはそのような制度がないため、どの制度にもありません。"}
          </>,
          <>郵便番号は出典にないため空です（HSDS では必須の項目のため、空の文字列にしています）。制度のページの URL は、サイトのアドレスが設定されているときだけ入ります。</>,
          <>id は UUID（第5版）で、制度のファイル名と窓口の名前から作ります。制度ごとのファイルの名前は、そのサービスの id です。</>,
          <>HSDS には {HSDS_VERSION} の後の版（3.2）もありますが、その変更点は確認できていないため、{HSDS_VERSION} の定義に従っています。</>,
        ]}
      >
        <details className="mt-4">
          <summary className="min-h-11 cursor-pointer py-2 font-bold">制度ごとのファイル（{programs.length}件）</summary>
          <ul className="mt-2 list-none space-y-1 p-0">
            {programs.map((p) => (
              <li key={p.slug}>
                <a href={hsdsServicePath(serviceId(p.slug))} className="inline-flex min-h-11 items-center">
                  {p.title}
                </a>
              </li>
            ))}
          </ul>
        </details>
      </FormatSection>

      <FormatSection
        id="structured-data"
        title={STRUCTURED_TITLE}
        use="検索エンジンや AI アシスタントが、制度のページから「どの窓口に、何番で、いつ電話できるか」を読み取れるようにするものです。"
        who="検索エンジン、AI アシスタント、ページを読み取るツール。"
        files="別のファイルはありません。各制度のページの中に JSON-LD として入っています。"
        spec="schema.org の GovernmentService（行政サービス）。"
        notes={[
          <>担当窓口と事務所のそれぞれが窓口（ServiceChannel）です。電話番号は ContactPoint、FAX 番号は faxNumber、事務所の所在地は Place と PostalAddress で表します。</>,
          <>受付時間は、電話番号（hoursAvailable）と事務所（openingHoursSpecification）に付けます。祝日が休みの窓口は、祝日（PublicHolidays）を受付時間のない日として表します。</>,
          <>対象地域（areaServed）は青森県（全国地方公共団体コード {PREFECTURE_CODE}）です。</>,
        ]}
      />

      <PageSection id="calendar" title={CALENDAR_TITLE}>
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
      </PageSection>

      <PageSection id="feed" title={FEED_TITLE_JA}>
        <p className="mt-3">
          <code>{publicUrl(FEED_PATH)}</code> は、制度をページの更新日の新しい順に並べた Atom 1.0 フィードです。フィードリーダーに登録すると、内容が更新された制度がわかります。
          各制度の項目には、出典のガイドブックの版、ページの更新日と、担当者が番号を確かめた窓口の確認日と方法を載せています。
        </p>
        <FileList files={[files.feed]} />
      </PageSection>
    </>
  );
}
