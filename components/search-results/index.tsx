import { DeskChannels } from "@/components/desk-channels";
import { InternalLink } from "@/components/internal-link";
import { LinkList } from "@/components/link-list";
import { useChosenMunicipalityName } from "@/components/local-context";
import { PhoneLink } from "@/components/phone-link";
import { LocalDesk } from "@/components/program-card/desk-lines";
import { localDeskFor } from "@/lib/areas/desk-table";
import type { SearchHit, SearchOutcome } from "@/lib/search/engine";
import type { Part } from "@/lib/search/match";
import { TIER, type GeneralDesk } from "@/lib/search/types";
import { ENGLISH_PATH, programPath } from "@/lib/site/paths";

/** Text with the matched parts marked. Rendered as React text, so nothing typed can become markup. */
export function Marked({ parts }: { parts: Part[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.hit ? (
          <mark key={i} className="rounded-sm bg-focus px-0.5 text-ink">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

/** One line that says what the lists below are, for sight and for screen readers alike. */
export function searchStatus(outcome: SearchOutcome | undefined, pending: boolean, failed: boolean): string {
  if (failed) return "検索の準備ができませんでした。時間をおいてもう一度お試しください。";
  if (!outcome) return pending ? "検索しています…" : "";
  const q = outcome.query.text;
  if (outcome.query.tooShort) return q ? "2文字以上で検索してください。" : "";
  const cut = outcome.query.truncated ? "（長すぎるため、先頭の部分で検索しました）" : "";
  const related = outcome.related.length;
  if (!outcome.total && !related) return `「${q}」に一致する制度は見つかりませんでした。${cut}`;
  if (!outcome.total) return `「${q}」をそのまま含む制度はありませんでした。関連する制度: ${related}件${cut}`;
  const exact = `「${q}」に一致する制度: ${outcome.totalIsExact ? "" : "約"}${outcome.total}件`;
  return `${exact}${related ? `、関連する制度: ${related}件` : ""}${cut}`;
}

/** Whether a search has finished with nothing at all to show: the moment to offer the general desk. */
export function foundNothing(outcome: SearchOutcome | undefined): boolean {
  return !!outcome && !outcome.query.tooShort && !outcome.total && !outcome.related.length;
}

type Level = 2 | 3;

export function SearchHitList({ hits, headingLevel }: { hits: SearchHit[]; headingLevel?: Level }) {
  return (
    <ol className="m-0 grid list-none gap-3 p-0">
      {hits.map((h) => (
        <li key={h.id}>
          <SearchHitCard hit={h} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}

/**
 * The office near the municipality this browser remembers, for a program
 * that has local offices: shown above the numbers the result offers (the
 * main desk, or the numbers the query matched), unless it is one of them.
 */
function useLocalDesk(hit: SearchHit) {
  const name = useChosenMunicipalityName();
  const desk = hit.local && localDeskFor(hit.local, name);
  const shown = desk && hit.phones.some((p) => p.number === desk.phone.number && p.extension === desk.phone.extension);
  return shown ? undefined : desk;
}

function SearchHitCard({ hit, headingLevel }: { hit: SearchHit; headingLevel?: Level }) {
  const local = useLocalDesk(hit);
  const title = (
    <InternalLink href={programPath(hit.slug)} className="inline-block py-1 font-bold">
      <Marked parts={hit.title} />
    </InternalLink>
  );
  const Heading = headingLevel === 2 ? "h2" : headingLevel === 3 ? "h3" : null;
  return (
    <article className="rounded-lg border border-line bg-white p-3 sm:p-4" data-program={hit.slug}>
      {Heading ? <Heading className="text-lg leading-snug">{title}</Heading> : <p className="leading-snug">{title}</p>}
      {hit.need ? (
        <p className="mt-1 text-sm text-ink-muted">
          <span className="sr-only">困りごと: </span>
          {hit.need}
        </p>
      ) : null}
      <p className="mt-1 line-clamp-3 text-sm">
        <Marked parts={hit.snippet} />
      </p>
      {local ? (
        <div className="mt-2 text-sm">
          {/* hours need the holiday list, which a search result does not have: the program page shows them */}
          <LocalDesk slug={hit.slug} desk={local} hours={false} />
        </div>
      ) : null}
      <ul className="m-0 mt-1 flex list-none flex-wrap gap-x-4 p-0 text-sm" aria-label="電話">
        {hit.phones.map((p, i) => (
          <li key={i}>
            {/* whom the number calls, for sighted callers as for the link's accessible name */}
            <span className="block text-ink-muted">{p.whom}</span>
            <PhoneLink phone={p} />
            {/* a desk's FAX once, beside the first of its numbers shown */}
            {hit.phones.findIndex((q) => q.fax === p.fax && q.email === p.email && q.form === p.form) === i ? <DeskChannels slug={hit.slug} desk={p} whom={p.whom} /> : null}
          </li>
        ))}
      </ul>
    </article>
  );
}

/**
 * The programs the forgiving search found for the query's words, after the
 * exact results and under their own heading, so nobody takes them for
 * programs that contain what was typed. The cards are the exact results'
 * cards, with the number to call. On the results page the heading is an h2
 * and the cards' titles h3s; in the header's preview, plain text.
 */
export function RelatedHits({ id, hits, page = false }: { id: string; hits: SearchHit[]; page?: boolean }) {
  if (!hits.length) return null;
  return (
    <section aria-labelledby={id} className="mt-6">
      {page ? (
        <h2 id={id} className="text-xl font-bold">
          関連する制度
        </h2>
      ) : (
        <p id={id} className="font-bold">
          関連する制度
        </p>
      )}
      <p className="mt-1 mb-3 text-sm text-ink-muted">入力したことばをそのまま含んではいませんが、同じ困りごとに当たりそうな制度です。</p>
      <SearchHitList hits={hits} headingLevel={page ? 3 : undefined} />
    </section>
  );
}

const ELSEWHERE = [
  { href: "/needs", label: "困りごとから探す" },
  { href: "/flow", label: "相談の流れを見る" },
];

/** Nothing found: where else to look, and the general desk as a result of its own, so no search ends without a number to call. */
export function NoResults({ desk }: { desk: GeneralDesk | null }) {
  return (
    <div className="rounded-lg border-l-8 border-accent bg-surface p-4">
      <p>言葉を短くするか、別の言い方でお試しください。</p>
      <LinkList links={ELSEWHERE} className="mt-2" linkClassName="inline-flex min-h-11 items-center font-bold" />
      {desk ? (
        <>
          <p className="mt-3 mb-2">どこに相談すればよいか分からないときは、まずこちらへご相談ください。</p>
          <SearchHitList hits={[deskHit(desk)]} />
        </>
      ) : null}
    </div>
  );
}

/** The general desk as a result of its own, the same card as any program found. */
function deskHit(desk: GeneralDesk): SearchHit {
  return {
    id: -1,
    slug: desk.slug,
    title: [{ text: desk.title, hit: false }],
    need: "",
    snippet: [{ text: desk.summary, hit: false }],
    phones: [{ ...desk.phone, ...desk.channels, tier: TIER.contact }],
  };
}

/**
 * A query typed in English (lib/search/english-query.ts) is answered first with
 * the way to the English pages: the search reads Japanese, and whatever its
 * letters match there is no answer for someone who reads no Japanese. One
 * short line: it arrives with the results, after the page has painted, and a
 * block larger than the text already shown would count as the page's largest
 * paint, late.
 */
export function EnglishPointer() {
  return (
    <p lang="en" className="mt-3 border-l-4 border-accent pl-3 text-sm" data-english-pointer>
      This search reads Japanese. In English:{" "}
      <InternalLink href={ENGLISH_PATH} hrefLang="en" className="font-bold">
        Support programs in English
      </InternalLink>
    </p>
  );
}
