import { InternalLink } from "@/components/internal-link";
import type { Need } from "@/lib/content/api";
import { needPath } from "@/lib/site/paths";

/** Entry points phrased as the owner's own need, not as a department name. */
export function NeedGrid({ needs }: { needs: (Need & { count: number })[] }) {
  return (
    <ul className="m-0 grid list-none grid-cols-1 gap-3 p-0 sm:grid-cols-2 lg:grid-cols-3">
      {needs.map((n) => (
        <li key={n.slug}>
          <InternalLink
            href={needPath(n.slug)}
            className="flex h-full min-h-11 flex-col rounded-lg border-2 border-brand px-4 py-3 no-underline hover:bg-brand-soft"
          >
            <span className="font-bold underline underline-offset-4">{n.need}</span>
            <span className="mt-1 text-sm text-ink">
              {n.label}・{n.count}件
            </span>
          </InternalLink>
        </li>
      ))}
    </ul>
  );
}
