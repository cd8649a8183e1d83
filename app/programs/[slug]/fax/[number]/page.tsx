import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { FaxSheet } from "@/components/fax-sheet";
import { getAllPrograms, getProgram } from "@/lib/content/api";
import { faxDesks } from "@/lib/content/model";
import { phoneDigits } from "@/lib/phone/number";
import { pageMetadata } from "@/lib/site/metadata";
import { faxSheetPath, programAbsoluteUrl, programPath } from "@/lib/site/paths";

export const dynamicParams = false;

/** One sheet per FAX number of a program's desks (lib/site/paths.ts faxSheetPath says why the number names it). */
export function generateStaticParams() {
  return getAllPrograms().flatMap((p) => faxDesks(p).map(({ fax }) => ({ slug: p.slug, number: phoneDigits(fax.number) })));
}

type Props = { params: Promise<{ slug: string; number: string }> };

async function sheetOf(params: Props["params"]) {
  const { slug, number } = await params;
  const program = getProgram(slug);
  const sheet = program && faxDesks(program).find(({ fax }) => phoneDigits(fax.number) === number);
  return program && sheet ? { program, ...sheet } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await sheetOf(params);
  if (!found) return {};
  const { program, desk, fax } = found;
  return pageMetadata({
    title: `FAX送付状（${desk.name}あて）`,
    description: `「${program.title}」について ${desk.name}（FAX ${fax.number}）に FAX で相談するときの送付状です。A4 1枚に印刷して手で書き込めます。`,
    path: faxSheetPath(program.slug, fax.number),
    // a printout of what the program page already says: not a page to be found by searching
    index: false,
  });
}

/** A program desk's FAX sheet: printed on one A4 page and filled in by hand (components/fax-sheet). */
export default async function FaxSheetPage({ params }: Props) {
  const found = await sheetOf(params);
  if (!found) notFound();
  const { program, desk, fax } = found;
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/", label: "ホーム" },
          { href: "/programs", label: "制度の一覧" },
          { href: programPath(program.slug), label: program.title },
        ]}
        current="FAX送付状"
      />
      <FaxSheet to={desk.name} fax={fax.number} programTitle={program.title} source={program.source} confirmed={desk.confirmed} programUrl={programAbsoluteUrl(program.slug)} />
    </>
  );
}
