import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { LocalContextProvider } from "@/components/local-context";
import { MunicipalityPicker } from "@/components/municipality-picker";
import { PhoneBook } from "@/components/phone-book";
import { getAllPrograms, getAreas } from "@/lib/content/api";
import { holidaysAround } from "@/lib/hours/holidays";
import { buildPhoneBook } from "@/lib/phone-book/entries";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = pageMetadata({
  title: "電話帳（すべての窓口の電話番号）",
  description: "青森県の中小企業支援制度の担当窓口・事務所・会場の電話番号を一覧にしました。名前・地名・番号で絞り込め、タップで電話をかけられます。",
  path: "/phone-book",
});

export default function PhoneBookPage() {
  const groups = buildPhoneBook(getAllPrograms());
  const areas = getAreas();
  const count = groups.reduce((n, g) => n + g.entries.length, 0);
  return (
    <LocalContextProvider holidays={holidaysAround(new Date())} municipalities={areas.municipalities}>
      <Breadcrumbs trail={[{ href: "/", label: "ホーム" }]} current="電話帳" />
      <h1 className="text-2xl font-bold">電話帳</h1>
      <p className="mt-2">
        すべての制度の担当窓口・事務所・会場、{count}
        件の連絡先です。番号をタップすると電話をかけられます。内線番号は、電話がつながったら担当者にお伝えください。
      </p>
      <div className="mt-4">
        <MunicipalityPicker regions={areas.regions} />
      </div>
      <PhoneBook groups={groups} />
    </LocalContextProvider>
  );
}
