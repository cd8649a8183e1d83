import type { Metadata } from "next";
import { InternalLink } from "@/components/internal-link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { getAllPrograms } from "@/lib/content/api";
import { fiscalYearOf, formatJapaneseDate, sessionsOf } from "@/lib/content/schedule";
import { SITE_NAME } from "@/lib/site/config";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = pageMetadata({
  title: "このサイトについて",
  description: `${SITE_NAME}の掲載内容の出典、更新日、免責事項について説明します。`,
  path: "/about",
});

export default function AboutPage() {
  const programs = getAllPrograms();
  const checked = programs.map((p) => p.updated).sort();
  const scheduleYears = [
    ...new Set(programs.flatMap((p) => (p.schedule ? sessionsOf(p.schedule).map((s) => fiscalYearOf(s.date)) : []))),
  ].sort();
  const documents = [...new Set(programs.map((p) => `${p.source.document}「${p.source.section}」`))];
  return (
    <>
      <Breadcrumbs trail={[{ href: "/", label: "ホーム" }]} current="このサイトについて" />
      <h1 className="text-2xl font-bold">このサイトについて</h1>

      <h2 className="mt-8 text-xl font-bold">このサイトの目的</h2>
      <p className="mt-3">
        {SITE_NAME}は、青森県が中小企業・小規模事業者向けに用意している相談窓口、専門家の派遣、情報提供の制度を、
        「事業を継がせたい」「省エネしたい」といった困りごとから探せるようにしたサイトです。
        担当窓口の電話番号は、スマートフォンではタップするとそのまま電話をかけられます。
      </p>

      <h2 className="mt-8 text-xl font-bold">掲載内容の出典</h2>
      <p className="mt-3">次の資料に掲載された {programs.length} 件の制度と、中小企業者の経営相談フローを掲載しています。</p>
      <ul className="mt-2 list-disc pl-6">
        {documents.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
      <p className="mt-3">
        PDF から取り出した文章の改行や表の崩れは読みやすく整えていますが、制度の内容、金額、回数、電話番号などは資料のとおりに掲載しています。
      </p>

      <h2 className="mt-8 text-xl font-bold">情報の時点</h2>
      <p className="mt-3">
        各制度のページの末尾に、そのページの内容を最後に更新した日（このページの更新日）を表示しています（現在の掲載内容では
        {checked.length ? (
          <>
            {" "}
            <time dateTime={checked[0]}>{formatJapaneseDate(checked[0])}</time>
            {checked[0] !== checked[checked.length - 1] ? (
              <>
                から<time dateTime={checked[checked.length - 1]}>{formatJapaneseDate(checked[checked.length - 1])}</time>
              </>
            ) : null}
          </>
        ) : null}
        ）。
        {scheduleYears.length ? (
          <>相談会などの開催日程は、資料に掲載された {scheduleYears.map((y) => `${y}年度`).join("・")}（4月から翌年3月まで）のものです。</>
        ) : null}
      </p>

      <h2 className="mt-8 text-xl font-bold">検索について</h2>
      <p className="mt-3">
        検索では、入力したことばをそのまま含む制度を先に表示し、そのあとに「関連する制度」として、ことばの意味が近い制度を表示します。
        関連する制度を探すために、事業者がふだん使う言い方（例:「ガス代が高い」「後を継ぐ人がいない」）を制度と困りごとごとに登録しているほか、
        言い換え（例: 創業と起業、融資と貸付）には Works Applications Co., Ltd. の SudachiDict の同義語辞書
        （Apache License 2.0。npm パッケージ sudachi-synonyms-dictionary を通じて利用）のうち、このサイトの内容に関係する部分を使っています。
        かなのまま打ったことば（例:「でんきだい」）は、このサイトの言い方の読みと照らします。読みは、奈良先端科学技術大学院大学の IPADIC
        （mecab-ipadic-2.7.0-20070801。Copyright 2000, 2001, 2002, 2003 Nara Institute of Science and Technology. All Rights Reserved.
        npm パッケージ kuromoji を通じて利用）で、サイトを作るときに求めています。
      </p>

      <h2 className="mt-8 text-xl font-bold">免責事項</h2>
      <ul className="mt-3 list-disc pl-6">
        <li>制度の内容、募集状況、開催日程、連絡先は変わることがあります。利用の前に必ず各制度の担当窓口に確認してください。</li>
        <li>このサイトの情報を利用したことで生じたいかなる損害についても、運営者は責任を負いません。</li>
        <li>電話番号の誤りに気づいた場合は、お手数ですが運営者までお知らせください。</li>
      </ul>

      <p className="mt-8">
        <InternalLink href="/programs" className="inline-flex min-h-11 items-center">
          すべての制度を見る
        </InternalLink>
      </p>
    </>
  );
}
