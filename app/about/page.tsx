import type { Metadata } from "next";
import { InternalLink } from "@/components/internal-link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { getAllPrograms, getSettings } from "@/lib/content/api";
import { ExternalLink } from "@/components/external-link";
import { editionLabel, fiscalYearLabel, sourceLabel } from "@/lib/content/edition";
import { fiscalYearOf, formatJapaneseDate, sessionsOf } from "@/lib/content/schedule";
import { CORRECTIONS_EMAIL, ISSUES_URL, SITE_NAME } from "@/lib/site/config";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = pageMetadata({
  title: "このサイトについて",
  description: `${SITE_NAME}の掲載内容の出典と時点、誤りを見つけたときの知らせ方、免責事項について説明します。`,
  path: "/about",
});

export default function AboutPage() {
  const programs = getAllPrograms();
  const updated = programs.map((p) => p.updated).sort();
  const scheduleYears = [
    ...new Set(programs.flatMap((p) => (p.schedule ? sessionsOf(p.schedule).map((s) => fiscalYearOf(s.date)) : []))),
  ].sort();
  const documents = [...new Set(programs.map((p) => `${p.source.document}（${editionLabel(p.source)}）「${p.source.section}」`))];
  const editions = [...new Set(programs.map((p) => sourceLabel(p.source)))];
  const confirmedCount = programs.flatMap((p) => p.desks).filter((d) => d.confirmed).length;
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
        掲載している制度の内容、電話番号、受付時間、募集状況は、担当課に確かめた制度を除き、{editions.join("、")}の時点のものです。電話番号の横には、その番号がどこから来たものかを表示しています。
      </p>
      <ul className="mt-2 list-disc pl-6">
        <li>「出典: {editions[0]}」: ガイドブックに載っている番号です。その後に変わっている場合があります。</li>
        <li>
          「最終確認: 日付（電話で確認 など）」: 担当者がその日に、その方法で番号を確かめた窓口です（いまは {confirmedCount} 件）。確かめた記録のない窓口には表示しません。
        </li>
      </ul>
      <p className="mt-3">
        各制度のページの末尾には、そのページの内容を最後に更新した日（このページの更新日）を表示しています（現在の掲載内容では
        {updated.length ? (
          <>
            {" "}
            <time dateTime={updated[0]}>{formatJapaneseDate(updated[0])}</time>
            {updated[0] !== updated[updated.length - 1] ? (
              <>
                から<time dateTime={updated[updated.length - 1]}>{formatJapaneseDate(updated[updated.length - 1])}</time>
              </>
            ) : null}
          </>
        ) : null}
        ）。更新日はページを直した日で、内容が今も正しいことを確かめた日ではありません。
        内容を担当課に確かめた制度には、番号の横に「{fiscalYearLabel(getSettings().edition)}に確認（確かめた日、確かめた方法）」のように表示します。年度ごとの確認の進み具合と変わった内容は
        <InternalLink href="/about/updates">掲載内容の確認と更新</InternalLink>
        にまとめています。
        {scheduleYears.length ? (
          <>
            相談会などの開催日程は、ガイドブックに掲載された {scheduleYears.map((y) => `${fiscalYearLabel(y)}（${y}年4月から${y + 1}年3月まで）`).join("・")}
            のものです。今年度の日程は各制度の担当窓口にお問い合わせください。
          </>
        ) : null}
      </p>

      <h2 className="mt-8 text-xl font-bold">誤りを見つけたとき</h2>
      <p className="mt-3">電話番号や内容の誤りに気づいた場合は、次のどれかでお知らせください。</p>
      <ul className="mt-2 list-disc pl-6">
        {CORRECTIONS_EMAIL ? (
          <li>
            メール: <a href={`mailto:${CORRECTIONS_EMAIL}`}>{CORRECTIONS_EMAIL}</a>
            （アカウントは要りません。各制度のページの「番号が違う?」から送ると、制度名と番号が入った状態でメールソフトが開きます）
          </li>
        ) : null}
        {ISSUES_URL ? (
          <li>
            <ExternalLink href={ISSUES_URL} via="GitHub">
              GitHub の issue
            </ExternalLink>
            （GitHub のアカウントが必要です。報告は公開されます）
          </li>
        ) : null}
        <li>
          電話: 各制度のページに載っている担当窓口（青森県の担当課や支援機関）に、直接お伝えください。窓口の番号は
          <InternalLink href="/phone-book">電話帳</InternalLink>
          にまとめています。
        </li>
      </ul>

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
        <li>電話番号の誤りに気づいた場合は、お手数ですが上の「誤りを見つけたとき」の方法でお知らせください。</li>
      </ul>

      <p className="mt-8">
        <InternalLink href="/programs" className="inline-flex min-h-11 items-center">
          すべての制度を見る
        </InternalLink>
      </p>
    </>
  );
}
