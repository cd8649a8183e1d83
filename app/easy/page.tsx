import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ContactTable } from "@/components/contact-table";
import { EasyText } from "@/components/easy-japanese/easy-text";
import { InternalLink } from "@/components/internal-link";
import { LocalArea } from "@/components/local-area";
import { OfficeTable } from "@/components/office-table";
import { getAllPrograms } from "@/lib/content/api";
import { contactDesks, officeDesks } from "@/lib/content/model";
import { pageMetadata } from "@/lib/site/metadata";
import { EASY_PATH, programPath } from "@/lib/site/paths";

export const metadata: Metadata = pageMetadata({
  title: "やさしい日本語で読む 制度の説明",
  description: "青森県の中小企業を手伝う制度を、やさしい日本語で説明します。制度ごとに、電話とFAXの番号があります。",
  path: EASY_PATH,
});

/**
 * Every program in やさしい日本語, each at its own anchor (the program page's
 * toggle links here without JavaScript), with its desks and numbers from the
 * model: the texts hold no numbers of their own.
 */
export default function EasyJapanesePage() {
  const programs = getAllPrograms();
  return (
    <LocalArea>
      <Breadcrumbs trail={[{ href: "/", label: "ホーム" }]} current="やさしい日本語" />
      <h1 className="text-2xl font-bold">やさしい日本語で読む 制度の説明</h1>
      <div className="mt-3 space-y-2">
        <p>青森県には、会社や店を手伝う制度が{programs.length}あります。</p>
        <p>制度ごとに、説明と、聞くところ（窓口）の電話とFAXの番号があります。</p>
        <p>ページの上の「ふりがな」をおすと、漢字に読みがつきます。</p>
      </div>
      <nav aria-labelledby="easy-index" className="mt-6">
        <h2 id="easy-index" className="text-lg font-bold">
          制度の名前
        </h2>
        <ol className="mt-2 list-decimal pl-6">
          {programs.map((p) => (
            <li key={p.slug}>
              <InternalLink href={`#${p.slug}`} className="inline-block py-1.5">
                {p.title}
              </InternalLink>
            </li>
          ))}
        </ol>
      </nav>
      {programs.map((p) => {
        const offices = officeDesks(p);
        return (
          <section key={p.slug} id={p.slug} aria-labelledby={`${p.slug}-title`} className="mt-12 scroll-mt-4 border-t-4 border-brand-soft pt-4" data-program={p.slug}>
            <h2 id={`${p.slug}-title`} className="text-xl leading-snug font-bold">
              {p.title}
            </h2>
            <EasyText text={p.easy} className="mt-3 text-lg" />
            <h3 className="mt-4 mb-2 font-bold">電話・FAX</h3>
            <ContactTable slug={p.slug} desks={contactDesks(p)} caption={`${p.title}の窓口`} source={p.source} />
            {offices.length ? (
              <>
                <h3 className="mt-4 mb-2 font-bold">{p.officesTitle ?? "ほかの窓口・場所"}</h3>
                <OfficeTable slug={p.slug} desks={offices} caption={`${p.title}の${p.officesTitle ?? "ほかの窓口・場所"}`} />
              </>
            ) : null}
            <p className="mt-3">
              <InternalLink href={programPath(p.slug)}>この制度のページ（くわしい説明）</InternalLink>
            </p>
          </section>
        );
      })}
    </LocalArea>
  );
}
