import path from "node:path";
import { BUSINESS_TYPES } from "./business-types";
import type { Choice, ChoiceLists, Collections } from "./collections";
import { ContentError } from "./issues";
import type { Labelled } from "./labelled";
import { loadContent } from "./load";
import { NEED_GROUPS } from "./need-groups";
import { REVIEW_METHOD_PHRASES, REVIEW_METHODS } from "./review-methods";
import { staticRoutes } from "./site-routes";

/**
 * Values a field may take that live in content rather than in the schema: the
 * needs a program can belong to, the municipalities an office can be in, the
 * programs another can point to, the pages a flow item can link to; and the
 * Japanese labels of the schema's fixed keys. The form editor offers them by
 * name and the editors' JSON Schemas list some (COLLECTIONS says which field
 * takes which). Read through the site's own loader, so they are exactly what
 * the pages are built from; invalid content is refused with the same messages
 * rather than offered as a list with a file silently missing from it.
 */
export function readChoices(projectRoot: string, collections?: Collections): ChoiceLists {
  const loaded = loadContent(path.join(projectRoot, "content"), projectRoot, { collections });
  if (loaded.issues.length > 0) throw new ContentError(loaded.issues);
  const { needs, programs, areas } = loaded;
  const choice = (label: string, value: string): Choice => ({ label, value });
  return {
    needs: needs.map((n) => choice(n.label, n.slug)),
    needGroups: labelled(NEED_GROUPS),
    businessTypes: labelled(BUSINESS_TYPES),
    reviewMethods: REVIEW_METHODS.map((m) => choice(`${m}（${REVIEW_METHOD_PHRASES[m]}）`, m)),
    municipalities: (areas?.municipalities ?? []).map((m) => choice(m.name, m.name)),
    regions: (areas?.regions ?? []).map((r) => choice(r.name, r.id)),
    programs: programs.map((p) => choice(`${p.title}（${p.slug}）`, p.slug)),
    pages: [
      ...programs.map((p) => choice(`${p.title}（/programs/${p.slug}）`, `/programs/${p.slug}`)),
      ...needs.map((n) => choice(`困りごと: ${n.label}（/needs/${n.slug}）`, `/needs/${n.slug}`)),
      ...staticRoutes(path.join(projectRoot, "app")).map((route) => choice(route, route)),
    ],
  };
}

/** The schema's fixed keys (business types, need groups) shown by the labels pages use. */
function labelled(list: Labelled): Choice[] {
  return list.map((item) => ({ label: item.label, value: item.key }));
}
