import { InternalLink } from "@/components/internal-link";
import { JsonLd } from "@/components/json-ld";
import { breadcrumbListLd } from "@/lib/site/structured-data";

export type Crumb = { href: string; label: string };

/**
 * The trail ends with the current page, which is not a link. On a phone that
 * last crumb would repeat the heading right below it, often over several
 * lines, so it is shown from the `sm` width up only; the structured data
 * describes the trail as the wider screens show it.
 */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  return (
    <nav aria-label="パンくずリスト" className="mb-2 text-sm sm:mb-4">
      <ol className="m-0 flex list-none flex-wrap items-center gap-x-1 p-0">
        {trail.map((c, i) => (
          <li key={c.href} className="flex items-center gap-x-1">
            <InternalLink href={c.href} className="inline-flex min-h-11 items-center">
              {c.label}
            </InternalLink>
            <span aria-hidden="true" className={`text-ink-muted ${i === trail.length - 1 ? "hidden sm:inline" : ""}`.trim()}>
              ›
            </span>
          </li>
        ))}
        <li aria-current="page" className="hidden min-h-11 items-center sm:inline-flex">
          {current}
        </li>
      </ol>
      <JsonLd data={breadcrumbListLd(trail, current)} />
    </nav>
  );
}
