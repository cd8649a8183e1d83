import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { LocalArea } from "@/components/local-area";
import { ProgramList } from "@/components/program-card";
import { getAllPrograms } from "@/lib/content/api";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = pageMetadata({
  title: "制度の一覧",
  description: "青森県の中小企業向け「情報提供・相談・専門家派遣等」の制度を、ガイドブックの掲載順にすべて掲載しています。",
  path: "/programs",
});

export default function ProgramsPage() {
  const programs = getAllPrograms();
  return (
    <LocalArea>
      <Breadcrumbs trail={[{ href: "/", label: "ホーム" }]} current="制度の一覧" />
      <h1 className="text-2xl font-bold">制度の一覧</h1>
      <p className="mt-2 mb-6">ガイドブック「Ⅲ 情報提供・相談・専門家派遣等」の掲載順に、{programs.length}件の制度を掲載しています。</p>
      <ProgramList programs={programs} headingLevel={2} desk="remembered" />
    </LocalArea>
  );
}
