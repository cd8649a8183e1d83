import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { FINDER_PATH } from "@/lib/finder/plan";

export const FINDER_NAME = "3つの質問で探す";

/** A finder page's trail and its one h1: which step this is, then the question (or what the result is). */
export function FinderHeading({ step, children }: { step: string; children: ReactNode }) {
  const first = step === "質問1";
  return (
    <>
      <Breadcrumbs trail={[{ href: "/", label: "ホーム" }, ...(first ? [] : [{ href: FINDER_PATH, label: FINDER_NAME }])]} current={first ? FINDER_NAME : step} />
      <h1 className="text-2xl leading-snug font-bold">
        <span className="block text-base font-normal text-ink-muted">
          {FINDER_NAME}・{step}
        </span>
        {children}
      </h1>
    </>
  );
}
