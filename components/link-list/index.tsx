import { InternalLink } from "@/components/internal-link";

export type SiteLink = { href: string; label: string };

/** Links to pages of this site as a list, each at least a 44 px target. */
export function LinkList({
  links,
  className = "",
  linkClassName = "inline-flex min-h-11 items-center",
  onFollow,
}: {
  links: readonly SiteLink[];
  className?: string;
  linkClassName?: string;
  /** Called when a link is followed (a menu closes itself). */
  onFollow?: () => void;
}) {
  return (
    <ul className={`m-0 list-none p-0 ${className}`.trim()}>
      {links.map((l) => (
        <li key={l.href}>
          <InternalLink href={l.href} className={linkClassName} onClick={onFollow}>
            {l.label}
          </InternalLink>
        </li>
      ))}
    </ul>
  );
}
