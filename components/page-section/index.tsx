import type { ReactNode } from "react";

/** A part of a page under its own h2, named by it for screen readers' landmarks and headings lists. */
export function PageSection({
  id,
  title,
  children,
  className = "mt-8",
  headingClassName = "text-xl font-bold",
}: {
  id: string;
  title: ReactNode;
  children: ReactNode;
  className?: string;
  headingClassName?: string;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
