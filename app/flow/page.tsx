import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { FlowDiagram } from "@/components/flow-diagram";
import { MarkdownBody } from "@/components/markdown-body";
import { getFlow } from "@/lib/content/api";
import { editionLabel } from "@/lib/content/edition";
import { pageMetadata } from "@/lib/site/metadata";

export function generateMetadata(): Metadata {
  const flow = getFlow();
  return pageMetadata({ title: flow.title, description: flow.summary, path: "/flow" });
}

export default function FlowPage() {
  const flow = getFlow();
  return (
    <>
      <Breadcrumbs trail={[{ href: "/", label: "ホーム" }]} current={flow.title} />
      <h1 className="text-2xl leading-snug font-bold">{flow.title}</h1>
      <p className="mt-3 text-lg">{flow.summary}</p>
      {/* The boxes of the chart are h3s; this h2 keeps the outline from jumping h1 → h3 for screen-reader users. */}
      <section aria-labelledby="flow-chart" className="mt-6">
        <h2 id="flow-chart" className="sr-only">
          相談の流れ（図）
        </h2>
        <FlowDiagram stages={flow.stages} />
      </section>
      <div className="mt-8">
        <MarkdownBody markdown={flow.body} />
      </div>
      <p className="mt-8 text-sm text-ink-muted">
        出典: {flow.source.document}（{editionLabel(flow.source)}）「{flow.source.section}」
      </p>
    </>
  );
}
