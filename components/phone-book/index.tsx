"use client";

import { useDeferredValue, useId, useState } from "react";
import { CallDesk } from "@/components/call-desk";
import { channelsOf, DeskChannels } from "@/components/desk-channels";
import { InternalLink } from "@/components/internal-link";
import { useChosenMunicipality } from "@/components/local-context";
import { MunicipalityPicker } from "@/components/municipality-picker";
import { NearnessMark } from "@/components/nearest-rows";
import { PhoneLink } from "@/components/phone-link";
import { Freshness } from "@/components/freshness";
import { confirmedByReview } from "@/lib/content/reviews";
import { Provenance } from "@/components/provenance";
import { nearestOrder, nearness, type Place } from "@/lib/areas/nearest";
import { callNumbers } from "@/lib/content/model";
import { matchesFilter, type PhoneBookEntry } from "@/lib/phone-book/entries";
import type { PhoneBookGroup, PhoneBookLayout } from "@/lib/phone-book/groups";
import { programPath } from "@/lib/site/paths";
import { PageSection } from "@/components/page-section";

type Props = { entries: PhoneBookEntry[]; layout: PhoneBookLayout; regions: { id: string; name: string }[] };

/** A group as shown now: its entries that match the filter, the chosen municipality's own and nearby ones first. */
type Shown = { group: PhoneBookGroup; ids: string[] };

/**
 * The phone book for a caller: the filter first, with what matches under it
 * as they type (name, place, program, need, or digits however typed); then
 * every desk by what it is for (need) and every office by where it is
 * (region). With a municipality chosen, the offices near it come first, in
 * their region and beside the desks of each need. Rendered in full on the
 * server, so without JavaScript it is the complete list.
 */
export function PhoneBook({ entries, layout, regions }: Props) {
  const inputId = useId();
  const [query, setQuery] = useState("");
  const q = useDeferredValue(query);
  const chosen = useChosenMunicipality();
  const byId = new Map(entries.map((e) => [e.id, e]));
  const placeOf = (id: string) => byId.get(id)?.desk.municipality;
  const nearFirst = (ids: string[]) => nearestOrder(chosen, ids.map(placeOf)).map((i) => ids[i]);
  const isNear = (id: string) => ["same-municipality", "same-region"].includes(nearness(chosen, placeOf(id)));
  const matches = (id: string) => matchesFilter(byId.get(id)!, q);

  const byNeed: Shown[] = layout.byNeed.map((group) => ({
    group,
    ids: [...(chosen ? nearFirst(group.localIds.filter(isNear)) : []), ...group.entryIds].filter(matches),
  }));
  const byArea: Shown[] = sortRegions(layout.byArea, chosen).map((group) => ({ group, ids: nearFirst(group.entryIds).filter(matches) }));
  const total = new Set([...byNeed, ...byArea].flatMap((s) => s.ids)).size;
  const needSection = <Section key="need" id="by-need" title="困りごと別の窓口" shown={byNeed} byId={byId} />;
  const areaSection = <Section key="area" id="by-area" title="地域別の事務所・会場" shown={byArea} byId={byId} />;

  return (
    <>
      <div className="sticky top-0 z-10 -mx-4 bg-white px-4 py-3 shadow-[0_2px_0_0_var(--color-line-soft)]">
        <label htmlFor={inputId} className="block font-bold">
          名前・地名・制度名・番号で絞り込む
        </label>
        <input
          id={inputId}
          type="text"
          inputMode="search"
          autoComplete="off"
          className="mt-1 min-h-11 w-full rounded-md border-2 border-line px-3"
          placeholder="例: 八戸、事業承継、0178 51 9593"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <p className="mt-1 text-sm" aria-live="polite" aria-atomic="true">
          {total}件の窓口を表示しています
        </p>
      </div>
      {total === 0 ? (
        <p className="mt-6">
          「{q}」に当てはまる窓口はありません。<InternalLink href="/needs">困りごとから探す</InternalLink>こともできます。
        </p>
      ) : null}
      {q.trim() ? null : <Contents layout={layout} regions={regions} chosen={chosen} />}
      {chosen ? [areaSection, needSection] : [needSection, areaSection]}
    </>
  );
}

/** The chosen municipality's region first; the others keep content's order. */
function sortRegions(groups: PhoneBookGroup[], chosen: Place | undefined): PhoneBookGroup[] {
  if (!chosen) return groups;
  return [...groups.filter((g) => g.region === chosen.region), ...groups.filter((g) => g.region !== chosen.region)];
}

/** Where a caller picks their municipality, and one tap to their need's or region's group. */
function Contents({ layout, regions, chosen }: { layout: PhoneBookLayout; regions: { id: string; name: string }[]; chosen: Place | undefined }) {
  const chip = "inline-flex min-h-11 items-center rounded-full border border-brand px-3 text-sm no-underline hover:bg-brand-soft";
  const list = (groups: PhoneBookGroup[], label: string) => (
    <ul className="mt-1 flex list-none flex-wrap gap-2 p-0" aria-label={label}>
      {groups.map((g) => (
        <li key={g.id}>
          <a href={`#${g.id}`} className={chip}>
            {g.title}
          </a>
        </li>
      ))}
    </ul>
  );
  const areas = sortRegions(layout.byArea, chosen);
  return (
    <nav aria-label="電話帳の目次" className="mt-4 grid gap-3">
      <MunicipalityPicker regions={regions} />
      <div>
        <p className="m-0 font-bold">困りごとから</p>
        {list(layout.byNeed, "困りごと別の窓口へ")}
      </div>
      <div>
        <p className="m-0 font-bold">地域から</p>
        {list(areas, "地域別の事務所・会場へ")}
      </div>
    </nav>
  );
}

function Section({ id, title, shown, byId }: { id: string; title: string; shown: Shown[]; byId: Map<string, PhoneBookEntry> }) {
  const groups = shown.filter((s) => s.ids.length);
  if (!groups.length) return null;
  return (
    <PageSection id={id} title={title}>
      {groups.map(({ group, ids }) => (
        <section key={group.id} aria-labelledby={group.id} className="mt-5">
          <h3 id={group.id} className="scroll-mt-40 text-lg font-bold">
            {group.title}
          </h3>
          {group.description ? <p className="text-sm text-ink-muted">{group.description}</p> : null}
          <ul className="mt-2 grid list-none gap-3 p-0 md:grid-cols-2">
            {ids.map((entryId) => (
              <Entry key={entryId} entry={byId.get(entryId)!} />
            ))}
          </ul>
        </section>
      ))}
    </PageSection>
  );
}

function Entry({ entry: { id, desk, programs, freshness } }: { entry: PhoneBookEntry }) {
  const [first, ...more] = callNumbers(desk);
  const role = desk.role !== "担当窓口" ? desk.role : undefined;
  return (
    <li className="rounded-lg border border-line px-3 py-2" data-phone-book-entry={id}>
      {role || desk.municipality ? (
        <p className="m-0 flex flex-wrap items-center gap-x-2 text-sm">
          {role ? <span className="rounded bg-brand-soft px-2">{role}</span> : null}
          {desk.municipality ? <span>{desk.municipality.name}</span> : null}
          <NearnessMark municipality={desk.municipality?.name} />
        </p>
      ) : null}
      <CallDesk desk={{ name: desk.name, phone: first, hours: desk.hours }}>
        {more.map((n, i) => (
          <span key={i} className="block">
            {n.label && n.label !== desk.name ? <span className="block text-sm">{n.label}</span> : null}
            <PhoneLink phone={n} />
          </span>
        ))}
        {/* the FAX sheet of the first program that lists the desk: a sheet names one program */}
        <DeskChannels slug={programs[0].slug} desk={channelsOf(desk)} whom={first.whom} />
        {desk.location || desk.address ? <span className="block text-sm">{[desk.location, desk.address].filter(Boolean).join("／")}</span> : null}
        {desk.note ? <span className="block text-sm">{desk.note}</span> : null}
        {confirmedByReview(freshness, desk.confirmed) ? null : <Provenance confirmed={desk.confirmed} />}
        <Freshness freshness={freshness} className="mt-1" />
        <span className="mt-1 block text-sm">
          制度:{" "}
          {programs.map((p, i) => (
            <span key={p.slug}>
              {i > 0 ? "、" : null}
              <InternalLink href={programPath(p.slug)}>{p.title}</InternalLink>
            </span>
          ))}
        </span>
      </CallDesk>
    </li>
  );
}
