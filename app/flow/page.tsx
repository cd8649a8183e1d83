import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { FlowDiagram } from "@/components/flow-diagram";
import { MarkdownBody } from "@/components/markdown-body";
import { getFlow } from "@/lib/content/api";

export function generateMetadata(): Metadata {
  const flow = getFlow();
  return { title: flow.title, description: flow.summary, alternates: { canonical: "/flow" } };
}

export default function FlowPage() {
  const flow = getFlow();
  return (
    <>
      <Breadcrumbs trail={[{ href: "/", label: "ホーム" }]} current={flow.title} />
      <h1 className="text-2xl leading-snug font-bold">{flow.title}</h1>
      <p className="mt-3 text-lg">{flow.summary}</p>
      <div className="mt-6">
        <FlowDiagram stages={flow.stages} />
      </div>
      <div className="mt-8">
        <MarkdownBody markdown={flow.body} />
      </div>
      <p className="mt-8 text-sm text-ink-muted">
        出典: {flow.source.document}「{flow.source.section}」
      </p>
    </>
  );
}
