import { InternalLink } from "@/components/internal-link";
import { JsonLd } from "@/components/json-ld";
import { breadcrumbListLd } from "@/lib/site/structured-data";

export type Crumb = { href: string; label: string };

/** The trail ends with the current page, which is not a link. */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  return (
    <nav aria-label="パンくずリスト" className="mb-4 text-sm">
      <ol className="m-0 flex list-none flex-wrap items-center gap-x-1 p-0">
        {trail.map((c) => (
          <li key={c.href} className="flex items-center gap-x-1">
            <InternalLink href={c.href} className="inline-flex min-h-11 items-center">
              {c.label}
            </InternalLink>
            <span aria-hidden="true" className="text-ink-muted">
              ›
            </span>
          </li>
        ))}
        <li aria-current="page" className="inline-flex min-h-11 items-center">
          {current}
        </li>
      </ol>
      <JsonLd data={breadcrumbListLd(trail, current)} />
    </nav>
  );
}
