import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { LocalArea } from "@/components/local-area";
import { PhoneBook } from "@/components/phone-book";
import { RelayNote } from "@/components/relay-note";
import { getAllPrograms, getAreas, getNeeds } from "@/lib/content/api";
import { buildPhoneBook } from "@/lib/phone-book/entries";
import { phoneBookLayout } from "@/lib/phone-book/groups";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = pageMetadata({
  title: "電話帳（すべての窓口の電話番号）",
  description: "青森県の中小企業支援制度の担当窓口・事務所・会場の電話番号を、困りごと別・地域別にまとめました。名前・地名・番号で絞り込め、受付時間と受付中かどうかも分かり、タップで電話をかけられます。",
  path: "/phone-book",
});

export default function PhoneBookPage() {
  const needs = getNeeds();
  const areas = getAreas();
  const entries = buildPhoneBook(getAllPrograms());
  return (
    <LocalArea>
      <Breadcrumbs trail={[{ href: "/", label: "ホーム" }]} current="電話帳" />
      <h1 className="text-2xl font-bold">電話帳</h1>
      <p className="mt-1">
        すべての制度の窓口・事務所・会場（{entries.length}件）の電話番号です。タップで電話をかけられます。内線番号は、つながったら担当者にお伝えください。
        FAX 番号のある窓口には、印刷して使える FAX 送付状があります。
      </p>
      <RelayNote className="mt-1" />
      <PhoneBook entries={entries} layout={phoneBookLayout(entries, needs, areas)} regions={areas.regions} />
    </LocalArea>
  );
}
