"use client";

import type { ReactNode } from "react";
import { InternalLink } from "@/components/internal-link";
import { setChosenMunicipality } from "@/components/local-context";

/**
 * A municipality answer that is also remembered in this browser (the key the
 * pickers use), so later pages order offices nearest first. Without
 * JavaScript it is a plain link and the address alone carries the answer.
 */
export function RememberLink({ href, municipality, className, children }: { href: string; municipality: string; className: string; children: ReactNode }) {
  return (
    <InternalLink href={href} className={className} onClick={() => setChosenMunicipality(municipality)}>
      {children}
    </InternalLink>
  );
}
