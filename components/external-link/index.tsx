import type { ReactNode } from "react";

/**
 * A link that leaves the site. It says so (「外部サイト」, WCAG 3.2.5 advice
 * and what visitors here expect), and the other site gets neither a handle on
 * this window nor the page it came from. `name` replaces the visible text as
 * the accessible name when the text alone is too short to stand on its own;
 * it must begin with that text, so speech users can say what they see.
 */
export function ExternalLink({
  href,
  children,
  name,
  via,
  className,
}: {
  href: string;
  children: ReactNode;
  name?: string;
  /** The other site, when naming it helps (e.g. GitHub). */
  via?: string;
  className?: string;
}) {
  const mark = via ? `（${via}、外部サイト）` : "（外部サイト）";
  return (
    <a href={href} rel="noopener noreferrer" aria-label={name ? `${name}${mark}` : undefined} className={className}>
      {children}
      {name ? null : <span className="external-mark">{mark}</span>}
    </a>
  );
}
