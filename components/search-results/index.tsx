import { InternalLink } from "@/components/internal-link";
import { PhoneLink } from "@/components/phone-link";
import type { SearchHit, SearchOutcome } from "@/lib/search/engine";
import type { Part } from "@/lib/search/match";
import type { GeneralDesk } from "@/lib/search/types";
import { programPath } from "@/lib/site/paths";

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

/** One line that says what the list below is, for sight and for screen readers alike. */
export function searchStatus(outcome: SearchOutcome | undefined, pending: boolean, failed: boolean): string {
  if (failed) return "検索の準備ができませんでした。時間をおいてもう一度お試しください。";
  if (!outcome) return pending ? "検索しています…" : "";
  const q = outcome.query.text;
  if (outcome.query.tooShort) return q ? "2文字以上で検索してください。" : "";
  const cut = outcome.query.truncated ? "（長すぎるため、先頭の部分で検索しました）" : "";
  if (!outcome.total) return `「${q}」に一致する制度は見つかりませんでした。${cut}`;
  return `「${q}」に一致する制度: ${outcome.totalIsExact ? "" : "約"}${outcome.total}件${cut}`;
}

export function SearchHitList({ hits, headingLevel }: { hits: SearchHit[]; headingLevel?: 2 }) {
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

function SearchHitCard({ hit, headingLevel }: { hit: SearchHit; headingLevel?: 2 }) {
  const title = (
    <InternalLink href={programPath(hit.slug)} className="inline-block py-1 font-bold">
      <Marked parts={hit.title} />
    </InternalLink>
  );
  return (
    <article className="rounded-lg border border-line bg-white p-3 sm:p-4">
      {headingLevel === 2 ? <h2 className="text-lg leading-snug">{title}</h2> : <p className="leading-snug">{title}</p>}
      {hit.need ? (
        <p className="mt-1 text-sm text-ink-muted">
          <span className="sr-only">困りごと: </span>
          {hit.need}
        </p>
      ) : null}
      <p className="mt-1 line-clamp-3 text-sm">
        <Marked parts={hit.snippet} />
      </p>
      <ul className="m-0 mt-1 flex list-none flex-wrap gap-x-4 p-0 text-sm" aria-label="電話">
        {hit.phones.map((p, i) => (
          <li key={i}>
            {/* whom the number calls, for sighted callers as for the link's accessible name */}
            <span className="block text-ink-muted">{p.whom}</span>
            <PhoneLink phone={p} whom={p.whom} />
          </li>
        ))}
      </ul>
    </article>
  );
}

/** Nothing found: where else to look, and whom to call. */
export function NoResults({ desk }: { desk: GeneralDesk | null }) {
  return (
    <div className="rounded-lg border-l-8 border-accent bg-surface p-4">
      <p>言葉を短くするか、別の言い方でお試しください。</p>
      <p className="mt-2">
        <InternalLink href="/needs" className="inline-flex min-h-11 items-center font-bold">
          困りごとから探す
        </InternalLink>
      </p>
      {desk ? (
        <p className="mt-2">
          どこに相談すればよいか分からないときは、
          <InternalLink href={programPath(desk.slug)}>{desk.name}</InternalLink>
          へご相談ください。
          <span className="block">
            <PhoneLink phone={desk.phone} whom={desk.whom} />
          </span>
        </p>
      ) : null}
    </div>
  );
}
