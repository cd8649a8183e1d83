import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { NeedGrid } from "@/components/need-grid";
import { getNeedsWithCounts } from "@/lib/content/api";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = pageMetadata({
  title: "困りごとから探す",
  description: "事業承継、省エネ、創業、人材確保など、事業者の困りごと別に青森県の支援制度を探せます。",
  path: "/needs",
});

export default function NeedsPage() {
  return (
    <>
      <Breadcrumbs trail={[{ href: "/", label: "ホーム" }]} current="困りごとから探す" />
      <h1 className="mb-4 text-2xl font-bold">困りごとから探す</h1>
      <p className="mb-6">当てはまる困りごとを選ぶと、使える制度と担当窓口の一覧が表示されます。</p>
      <NeedGrid needs={getNeedsWithCounts()} />
    </>
  );
}
