"use client";

import { InternalLink } from "@/components/internal-link";
import { useDeferredValue, useId, useState } from "react";
import { HoursText } from "@/components/hours";
import { NearnessMark, NearestRows } from "@/components/nearest-rows";
import { FaxNumber, PhoneLink } from "@/components/phone-link";
import { matchesFilter, type PhoneBookGroup } from "@/lib/phone-book/entries";
import { programPath } from "@/lib/site/paths";

/**
 * The phone book, filterable as you type by name, place, program or digits.
 * Rendered in full on the server, so it works (unfiltered) without JavaScript.
 */
export function PhoneBook({ groups }: { groups: PhoneBookGroup[] }) {
  const inputId = useId();
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  const visible = groups
    .map((g) => ({ ...g, entries: g.entries.filter((e) => matchesFilter(e, deferred)) }))
    .filter((g) => g.entries.length > 0);
  const total = visible.reduce((n, g) => n + g.entries.length, 0);
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
          placeholder="例: 八戸、事業承継、9243"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <p className="mt-1 text-sm" aria-live="polite" aria-atomic="true">
          {total}件の窓口を表示しています
        </p>
      </div>
      {visible.length === 0 ? (
        <p className="mt-6">
          「{deferred}」に当てはまる窓口はありません。<InternalLink href="/needs">困りごとから探す</InternalLink>こともできます。
        </p>
      ) : null}
      {visible.map((g) => (
        <section key={g.name} aria-label={g.name} className="mt-8">
          <h2 className="text-xl font-bold">{g.name}</h2>
          <ul className="mt-3 grid list-none gap-3 p-0 md:grid-cols-2">
            <NearestRows places={g.entries.map((e) => e.municipality)}>
              {g.entries.map((e) => (
                <li key={e.id} className="rounded-lg border border-line p-4" data-phone-book-entry={e.id}>
                  <h3 className="font-bold">
                    {e.role && e.role !== "担当窓口" ? <span className="mr-2 rounded bg-brand-soft px-2 text-sm">{e.role}</span> : null}
                    {e.name}
                    <NearnessMark municipality={e.municipality} />
                  </h3>
                  {e.location || e.address ? <p className="text-sm">{[e.location, e.address].filter(Boolean).join("／")}</p> : null}
                  <ul className="m-0 mt-1 list-none p-0">
                    {e.tel.map((t, i) => (
                      <li key={i}>
                        {t.label && t.label !== e.name ? <span className="block text-sm">{t.label}</span> : null}
                        <PhoneLink phone={t} whom={t.label ?? e.name} />
                      </li>
                    ))}
                  </ul>
                  {e.fax ? (
                    <p className="text-sm">
                      <FaxNumber number={e.fax} />
                    </p>
                  ) : null}
                  {e.hours ? (
                    <p className="mt-1 text-sm">
                      受付時間: <HoursText hours={e.hours} />
                    </p>
                  ) : null}
                  {e.note ? <p className="text-sm">{e.note}</p> : null}
                  <p className="mt-2 text-sm">
                    制度:{" "}
                    {e.programs.map((p, i) => (
                      <span key={p.slug}>
                        {i > 0 ? "、" : null}
                        <InternalLink href={programPath(p.slug)}>{p.title}</InternalLink>
                      </span>
                    ))}
                  </p>
                </li>
              ))}
            </NearestRows>
          </ul>
        </section>
      ))}
    </>
  );
}
