import type { Metadata } from "next";
import { InternalLink } from "@/components/internal-link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { SummaryList } from "@/components/summary-list";
import { SITE_NAME, SITE_URL } from "@/lib/site/config";
import { pageMetadata } from "@/lib/site/metadata";
import { a11yResults, a11yTotals, type A11yResults } from "@/lib/a11y/results";
import { formatJapaneseDate } from "@/lib/content/schedule";

export const metadata: Metadata = pageMetadata({
  title: "アクセシビリティ方針",
  description: `${SITE_NAME}のウェブアクセシビリティ方針です。JIS X 8341-3:2016 の適合レベル AA を目標とし、試験の方法と結果を掲載しています。`,
  path: "/accessibility",
});

const problems = (n: number, word = "問題") => `${word} ${n} 件`;

/**
 * Every figure below is read from lib/a11y/results.json, the record of a real
 * run of the browser tests, and speaks of the pages that run covered, dated
 * with the day of the run. A later run that finds otherwise on a page it
 * recorded fails the tests until the record is made again; a page added or
 * removed since is simply not part of this record's claim.
 */
function tests(r: A11yResults) {
  const t = a11yTotals(r);
  const screens = `${r.pages.length} 画面（試験した日のすべてのページ、検索結果の表示、ページが見つからないときの表示）`;
  return [
    {
      name: "自動試験",
      method: `axe-core ${r.axeVersion}（Chromium で実行）の ${r.axeRules} の規則による検査。WCAG 2.0・2.1 のレベル A・AA に関する規則（文字と背景のコントラスト、代替テキスト、見出しとランドマーク、表の見出しセル、リンクとボタンの名前など）を含みます`,
      scope: `${screens}、画面幅 ${r.widths.map((w) => `${w} px`).join("と")}`,
      result: problems(t.axe, "違反"),
    },
    {
      name: "キーボード操作",
      method: "Tab キーだけで、すべてのリンク・ボタン・入力欄にページ上の順に到達でき、フォーカスのある場所が枠で見えること。「本文へ移動」のリンクで本文に移れること",
      scope: `ページの種類ごとに、操作できる部品の最も多いページ（${r.keyboard.length} 種類・${r.keyboard.length} ページ）`,
      result: problems(t.keyboard),
    },
    {
      name: "見出しと表",
      method: "見出しが h1 から始まり、レベルを飛ばさないこと。表のすべてのセルに列または行の見出しセルがあること",
      scope: screens,
      result: problems(t.headingsAndTables),
    },
    {
      name: "電話のリンク",
      method: "読み上げたとき、番号と「どこに電話をかけるか」が伝わる名前がついていること。縦横 44 px 以上でタップしやすいこと",
      scope: `電話番号を載せている ${t.pagesWithPhones} 画面の ${t.phoneLinksChecked} 個のリンク`,
      result: problems(t.phoneLinks),
    },
    {
      name: "狭い画面",
      method: "幅 360 px の画面で、横にスクロールしなくても全体が読めること",
      scope: screens,
      result: problems(t.overflow),
    },
  ];
}

export default function AccessibilityPage() {
  const results = a11yResults();
  return (
    <>
      <Breadcrumbs trail={[{ href: "/", label: "ホーム" }]} current="アクセシビリティ方針" />
      <h1 className="text-2xl font-bold">アクセシビリティ方針</h1>
      <p className="mt-3">
        {SITE_NAME}は、年齢や障害の有無、使う機器や環境にかかわらず、だれもが支援制度を探し、担当窓口に電話できるサイトを目指しています。
      </p>

      <h2 className="mt-8 text-xl font-bold">方針</h2>
      <p className="mt-3">
        日本産業規格 JIS X 8341-3:2016「高齢者・障害者等配慮設計指針－情報通信における機器，ソフトウェア及びサービス－第3部：ウェブコンテンツ」の適合レベル
        AA に準拠することを目標とします。あわせて、WCAG 2.1 で加わった達成基準を含むレベル AA を満たすよう取り組みます。
      </p>
      <SummaryList
        className="mt-4"
        rows={[
          { key: "対象範囲", value: SITE_URL ? `このサイト（${SITE_URL}）のすべてのページ` : "このサイトのすべてのページ" },
          { key: "目標とする適合レベル", value: "JIS X 8341-3:2016 適合レベル AA（WCAG 2.1 レベル AA）" },
          { key: "試験の時期", value: "サイトを更新するたびに、公開前の検査で実施" },
        ]}
      />

      <h2 className="mt-8 text-xl font-bold">試験の方法と結果</h2>
      <p className="mt-3">
        サイトを更新するたびに、公開前の検査で次の試験を自動で行っています。一つでも問題が見つかると検査が失敗し、その版は公開されません。
        ここに示す結果は、<time dateTime={results.date}>{formatJapaneseDate(results.date)}</time>に試験した {results.pages.length} ページ（画面）の記録です。
        その後の検査でも、同じページの結果がこの記録と違えば検査が失敗します。その後に加わったページは、この記録には含まれません。
      </p>
      <table className="stack-table mt-4">
        <caption className="sr-only">試験の方法と結果</caption>
        <thead>
          <tr>
            <th scope="col">試験</th>
            <th scope="col">確認すること</th>
            <th scope="col">対象</th>
            <th scope="col">結果</th>
          </tr>
        </thead>
        <tbody>
          {tests(results).map((t) => (
            <tr key={t.name}>
              <th scope="row">{t.name}</th>
              <td data-label="確認すること">{t.method}</td>
              <td data-label="対象">{t.scope}</td>
              <td data-label="結果">{t.result}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details className="mt-4">
        <summary className="min-h-11 cursor-pointer py-2 font-bold">画面ごとの自動試験の結果（{results.pages.length} 画面）</summary>
        <table className="stack-table mt-2">
          <caption className="sr-only">画面ごとの自動試験の結果</caption>
          <thead>
            <tr>
              <th scope="col">画面</th>
              {results.widths.map((w) => (
                <th key={w} scope="col">
                  幅 {w} px
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {results.pages.map((p) => (
              <tr key={p.path}>
                <th scope="row" className="break-all">
                  <code>{p.path}</code>
                </th>
                {p.axe.map((n, i) => (
                  <td key={i} data-label={`幅 ${results.widths[i]} px`}>
                    違反 {n} 件
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>

      <h2 className="mt-8 text-xl font-bold">自動試験で確かめられないこと</h2>
      <p className="mt-3">
        説明の分かりやすさや、見出し・リンクの文言が内容を正しく表しているかなど、人が判断する達成基準は自動試験では確かめられません。
        そのため現時点では、JIS X 8341-3:2016 の対応度表記でいう「準拠」「一部準拠」に必要な、すべての達成基準についての人による試験は終えていません。
        使いにくい点や読み上げの不具合にお気づきの場合は、<InternalLink href="/about">このサイトについて</InternalLink>をご覧のうえ、お知らせください。
      </p>
    </>
  );
}
