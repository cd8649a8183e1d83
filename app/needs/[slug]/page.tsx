import type { Metadata } from "next";
import { InternalLink } from "@/components/internal-link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ProgramList } from "@/components/program-card";
import { getNeed, getNeeds, getProgramsByNeed } from "@/lib/content/api";
import { pageMetadata } from "@/lib/site/metadata";
import { needPath } from "@/lib/site/paths";

export const dynamicParams = false;

export function generateStaticParams() {
  return getNeeds().map((n) => ({ slug: n.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = getNeed((await params).slug);
  if (!category) return {};
  return pageMetadata({
    title: `${category.need}（${category.label}）`,
    description: `${category.description}「${category.need}」ときに使える青森県の支援制度と担当窓口の一覧です。`,
    path: needPath(category.slug),
  });
}

export default async function NeedPage({ params }: Props) {
  const category = getNeed((await params).slug);
  if (!category) notFound();
  const programs = getProgramsByNeed(category.slug);
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/", label: "ホーム" },
          { href: "/needs", label: "困りごとから探す" },
        ]}
        current={category.label}
      />
      <h1 className="text-2xl leading-snug font-bold">{category.need}</h1>
      <p className="mt-2">{category.description}</p>
      <p className="mt-2 mb-6 text-ink-muted">
        {category.label}に関する制度: {programs.length}件
      </p>
      <ProgramList programs={programs} headingLevel={2} />
      <p className="mt-8">
        <InternalLink href="/needs" className="inline-flex min-h-11 items-center">
          ほかの困りごとから探す
        </InternalLink>
      </p>
    </>
  );
}
