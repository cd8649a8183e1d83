import type { ReactNode } from "react";
import { buttonClass } from "@/components/button";
import { InternalLink } from "@/components/internal-link";
import { RememberLink } from "./remember-link";

export type Choice = {
  href: string;
  label: string;
  /** A second, smaller line under the label. */
  note?: string;
  /** A municipality to remember in this browser when the link is followed (with JavaScript). */
  remember?: string;
};

const CHOICE = "flex h-full min-h-11 flex-col justify-center rounded-lg border-2 border-brand px-4 py-2 no-underline hover:bg-brand-soft";

/** A question's answers: each a link to the page its answer leads to, so the finder works without JavaScript. */
export function FinderChoices({ choices, label }: { choices: Choice[]; label?: string }) {
  return (
    <ul className="m-0 grid list-none grid-cols-1 gap-3 p-0 sm:grid-cols-2 lg:grid-cols-3" aria-label={label}>
      {choices.map((c) => {
        const body: ReactNode = (
          <>
            <span className="font-bold underline underline-offset-4">{c.label}</span>
            {c.note ? <span className="mt-1 text-sm text-ink">{c.note}</span> : null}
          </>
        );
        return (
          <li key={`${c.href} ${c.label}`}>
            {c.remember ? (
              <RememberLink href={c.href} municipality={c.remember} className={CHOICE}>
                {body}
              </RememberLink>
            ) : (
              <InternalLink href={c.href} className={CHOICE}>
                {body}
              </InternalLink>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Leaving a question unanswered: always visible, right under the question. */
export function FinderSkip({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="mt-4">
      <InternalLink href={href} className={buttonClass("outline")}>
        {children}
      </InternalLink>
    </p>
  );
}
