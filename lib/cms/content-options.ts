import path from "node:path";
import { loadSiteContent } from "../content/api";
import { BUSINESS_TYPES } from "../content/business-types";
import type { Labelled } from "../content/labelled";
import { NEED_GROUPS } from "../content/need-groups";
import { staticRoutes } from "../content/site-routes";
import type { Option } from "./decap-fields";

/**
 * Choices the form offers that live in content rather than in the schema: the
 * needs a program can belong to, the municipalities an office can be in, the
 * programs another can point to, the pages a flow item can link to; and the
 * Japanese labels of the schema's fixed keys. Read through the site's own
 * loader, so the form offers exactly what the pages are built from. The form's
 * configuration is made at build time, and the build refuses invalid content
 * anyway; so does this, with the same messages, rather than offer a list with
 * a file silently missing from it.
 */
export type ContentOptions = {
  needs: Option[];
  needGroups: Option[];
  businessTypes: Option[];
  municipalities: Option[];
  regions: Option[];
  programs: Option[];
  pages: Option[];
};

export function readContentOptions(projectRoot: string): ContentOptions {
  const { needs, programs, areas } = loadSiteContent(projectRoot);
  const option = (label: string, value: string): Option => ({ label, value });
  return {
    needs: needs.map((n) => option(n.label, n.slug)),
    needGroups: labelled(NEED_GROUPS),
    businessTypes: labelled(BUSINESS_TYPES),
    municipalities: areas.municipalities.map((m) => option(m.name, m.name)),
    regions: areas.regions.map((r) => option(r.name, r.id)),
    programs: programs.map((p) => option(`${p.title}（${p.slug}）`, p.slug)),
    pages: [
      ...programs.map((p) => option(`${p.title}（/programs/${p.slug}）`, `/programs/${p.slug}`)),
      ...needs.map((n) => option(`困りごと: ${n.label}（/needs/${n.slug}）`, `/needs/${n.slug}`)),
      ...staticRoutes(path.join(projectRoot, "app")).map((route) => option(route, route)),
    ],
  };
}

/** The schema's fixed keys (business types, need groups) shown by the labels pages use. */
function labelled(list: Labelled): Option[] {
  return list.map((item) => ({ label: item.label, value: item.key }));
}
