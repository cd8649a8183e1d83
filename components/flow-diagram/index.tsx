import { InternalLink } from "@/components/internal-link";
import type { FlowFrontMatter } from "@/lib/content/schema";

/**
 * The consultation flow as text in an ordered list: a screen reader hears the
 * steps in order, and the arrows are decoration only.
 */
export function FlowDiagram({ stages }: { stages: FlowFrontMatter["stages"] }) {
  return (
    <ol className="m-0 list-none p-0" aria-label="相談の流れ">
      {stages.map((stage, i) => (
        <li key={i} className="flow-stage">
          <div className="flex flex-col items-stretch gap-3 md:flex-row md:items-center">
            {stage.boxes.map((box, j) => (
              <div key={box.title} className="contents">
                {j > 0 ? (
                  <p className="m-0 text-center font-bold text-brand-dark md:px-1">
                    <span aria-hidden="true">⇔</span>
                    {stage.relation ?? "または"}
                  </p>
                ) : null}
                <section className="flex-1 rounded-lg border-2 border-brand bg-brand-soft p-4" aria-labelledby={`flow-${i}-${j}`}>
                  <h3 id={`flow-${i}-${j}`} className="text-center text-lg font-bold">
                    <span className="sr-only">{`ステップ${i + 1}: `}</span>
                    {box.title}
                  </h3>
                  {box.items?.length ? (
                    <ul className="mt-2 list-disc pl-6">
                      {box.items.map((item) =>
                        typeof item === "string" ? (
                          <li key={item}>{item}</li>
                        ) : (
                          <li key={item.text}>
                            <InternalLink href={item.link} className="inline-flex min-h-11 items-center">
                              {item.text}
                            </InternalLink>
                          </li>
                        ),
                      )}
                    </ul>
                  ) : null}
                </section>
              </div>
            ))}
          </div>
          {i < stages.length - 1 ? (
            <div aria-hidden="true" className="py-2 text-center text-2xl leading-none text-brand">
              ▼
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
