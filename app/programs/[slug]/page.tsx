import type { Metadata } from "next";
import { InternalLink } from "@/components/internal-link";
import { ExternalLink } from "@/components/external-link";
import { Freshness } from "@/components/freshness";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ContactTable } from "@/components/contact-table";
import { JsonLd } from "@/components/json-ld";
import { LocalCallDesks } from "@/components/local-call-desk";
import { MarkdownBody } from "@/components/markdown-body";
import { OfficeTable } from "@/components/office-table";
import { PrintQr } from "@/components/print-qr";
import { ScheduleTable } from "@/components/schedule-table";
import { ShareButton } from "@/components/share-button";
import { SummaryList } from "@/components/summary-list";
import { getAreas, getProgram } from "@/lib/content/api";
import { LocalArea } from "@/components/local-area";
import { MunicipalityPicker } from "@/components/municipality-picker";
import { editionLabel } from "@/lib/content/edition";
import { contactDesks, officeDesks, type Program } from "@/lib/content/model";
import { deskTable } from "@/lib/areas/desk-table";
import { formatJapaneseDate } from "@/lib/content/schedule";
import { buildDay } from "@/lib/site/build-day";
import { glanceRows } from "@/lib/site/glance";
import { englishProgramPath, needPath, programAbsoluteUrl, programPath, programUrl } from "@/lib/site/paths";
import { pageMetadata } from "@/lib/site/metadata";
import { programParams, routeProgram, type ProgramRouteProps } from "@/lib/site/routes";
import { governmentServiceLd } from "@/lib/site/structured-data";
import { PageSection } from "@/components/page-section";
import { RelayNote } from "@/components/relay-note";
import { ReadingAids } from "@/components/easy-japanese/reading-aids";

export const dynamicParams = false;

export const generateStaticParams = programParams;

export async function generateMetadata(props: ProgramRouteProps): Promise<Metadata> {
  const program = await routeProgram(props);
  if (!program) return {};
  const path = programPath(program.slug);
  return pageMetadata({ title: program.title, description: program.summary, path, languages: { ja: path, en: englishProgramPath(program.slug) } });
}

/**
 * A program page for someone who wants to call: the first screen of a phone
 * holds what the program is, the number to call (the chosen municipality's
 * office first) with its hours and whether it is open now, and who can use
 * it, what it costs and its status, in the same rows on every program. The
 * guidebook's own text follows.
 */
export default async function ProgramPage(props: ProgramRouteProps) {
  const program = await routeProgram(props);
  if (!program) notFound();
  const related = (program.related ?? []).map((slug) => getProgram(slug)).filter((p): p is Program => Boolean(p));
  const areas = getAreas();
  const printed = programAbsoluteUrl(program.slug);
  const offices = officeDesks(program);
  return (
    <LocalArea>
    <article>
      <JsonLd data={governmentServiceLd(program)} />
      <Breadcrumbs
        trail={[
          { href: "/", label: "ホーム" },
          { href: "/programs", label: "制度の一覧" },
        ]}
        current={program.title}
      />
      <h1 className="text-xl leading-snug font-bold sm:text-3xl">{program.title}</h1>
      <p className="mt-2 sm:text-lg">{program.summary}</p>
      <ReadingAids program={program} />

      <section aria-label="電話での相談先と、この制度の要点" className="mt-3">
        <LocalCallDesks
          table={deskTable(program, areas.municipalities)}
          slug={program.slug}
          freshness={program.freshness}
        />
        <Freshness freshness={program.freshness} className="mt-2" />
        <RelayNote className="mt-2" />
        <SummaryList
          variant="glance"
          className="mt-3"
          rows={glanceRows(program).map((r) => ({ key: r.key, value: r.stated ? r.value : <span className="text-ink-muted">{r.value}</span> }))}
        />
      </section>

      <ul className="mt-4 flex list-none flex-wrap gap-2 p-0" aria-label="当てはまる困りごと">
        {program.needs.map((n) => (
          <li key={n.slug}>
            <InternalLink
              href={needPath(n.slug)}
              className="inline-flex min-h-11 items-center rounded-full border border-brand px-4 text-sm no-underline hover:bg-brand-soft"
            >
              {n.label}
            </InternalLink>
          </li>
        ))}
      </ul>
      <ShareButton url={programUrl(program.slug)} title={program.title} className="mt-3" />
      {printed ? <PrintQr url={printed} className="mt-4" /> : null}

      {program.details?.length ? <SummaryList rows={program.details.map((d) => ({ key: d.label, value: d.value }))} className="mt-6" /> : null}

      <div className="mt-6">
        <MarkdownBody markdown={program.body} />
      </div>

      {program.links?.length ? (
        <PageSection id="links" title="関連リンク" className="mt-10">
          <ul className="mt-3 list-disc pl-6">
            {program.links.map((l) => (
              <li key={l.url}>
                <ExternalLink href={l.url} className="inline-block py-2">
                  {l.label}
                </ExternalLink>
                <span className="block text-sm break-all text-ink-muted">{l.url}</span>
              </li>
            ))}
          </ul>
        </PageSection>
      ) : null}

      <PageSection id="contacts" title="担当窓口" className="mt-10" headingClassName="mb-3 scroll-mt-4 text-xl font-bold">
        <ContactTable
          slug={program.slug}
          desks={contactDesks(program)}
          source={program.source}
          report={{ programTitle: program.title, pageUrl: programUrl(program.slug), updated: program.updated }}
        />
      </PageSection>

      {offices.length ? (
        <PageSection id="offices" title={program.officesTitle ?? "事務所・会場"} className="mt-10" headingClassName="mb-3 text-xl font-bold">
          {offices.filter((d) => d.municipality).length > 1 ? (
            <div className="mb-4">
              <MunicipalityPicker regions={areas.regions} />
            </div>
          ) : null}
          <OfficeTable slug={program.slug} desks={offices} caption={program.officesTitle ?? "事務所・会場"} />
        </PageSection>
      ) : null}

      {program.schedule ? (
        <PageSection id="schedule" title={program.schedule.title} className="mt-10" headingClassName="mb-3 text-xl font-bold">
          <p className="mb-3">ガイドブック（{editionLabel(program.source)}）に掲載された日程です。</p>
          {program.schedule.note ? <p className="mb-3">{program.schedule.note}</p> : null}
          <ScheduleTable schedule={program.schedule} slug={program.slug} builtOn={buildDay()} />
        </PageSection>
      ) : null}

      {related.length ? (
        <PageSection id="related" title="関連する制度" className="mt-10">
          <ul className="mt-3 list-disc pl-6">
            {related.map((r) => (
              <li key={r.slug}>
                <InternalLink href={programPath(r.slug)} className="inline-block py-2">
                  {r.title}
                </InternalLink>
              </li>
            ))}
          </ul>
        </PageSection>
      ) : null}

      <footer className="mt-10 border-t border-line-soft pt-4 text-sm text-ink-muted">
        <p>
          出典: {program.source.document}（{editionLabel(program.source)}）「{program.source.section}」{program.source.number}
        </p>
        <p>
          このページの更新日: <time dateTime={program.updated}>{formatJapaneseDate(program.updated)}</time>
        </p>
      </footer>
    </article>
    </LocalArea>
  );
}
