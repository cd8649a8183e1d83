import { InternalLink } from "@/components/internal-link";
import type { AnswerRow } from "@/lib/finder/answers";

/** 「これまでの答え」, each with a link to answer it again. */
export function FinderAnswers({ rows }: { rows: AnswerRow[] }) {
  return (
    <section aria-labelledby="finder-answers" className="mt-4 rounded-lg bg-surface p-4">
      <h2 id="finder-answers" className="text-base font-bold">
        これまでの答え
      </h2>
      <dl className="m-0 mt-2 grid gap-3">
        {rows.map((r) => (
          <div key={r.question}>
            <dt className="text-sm font-bold text-ink-muted">{r.question}</dt>
            <dd className="m-0">
              {r.answer}
              {r.change ? (
                <>
                  {" "}
                  <InternalLink href={r.change.href} className="inline-flex min-h-11 items-center px-1">
                    {r.change.label}
                  </InternalLink>
                </>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
