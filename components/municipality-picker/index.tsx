"use client";

import { useId } from "react";
import { setChosenMunicipality, useChosenMunicipality, useMunicipalities } from "@/components/local-context";

/**
 * "Where are you?" Chosen once, remembered on this device only; every office
 * list on the site then shows the nearest first. Nothing is sent anywhere.
 */
export function MunicipalityPicker({
  regions,
  label = "事業所の市町村を選ぶと、近い窓口から順に並びます",
}: {
  regions: { id: string; name: string }[];
  /** What choosing does on this page. */
  label?: string;
}) {
  const id = useId();
  const municipalities = useMunicipalities();
  const chosen = useChosenMunicipality();
  return (
    <div className="rounded-lg bg-surface p-3 print:hidden">
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <select
        id={id}
        className="mt-2 min-h-11 w-full max-w-xs rounded-md border border-line bg-white px-3"
        value={chosen?.name ?? ""}
        onChange={(e) => setChosenMunicipality(e.target.value || null)}
      >
        <option value="">選択しない（ガイドブックの掲載順）</option>
        {regions.map((r) => (
          <optgroup key={r.id} label={r.name}>
            {municipalities
              .filter((m) => m.region === r.id)
              .map((m) => (
                <option key={m.name} value={m.name}>
                  {m.name}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      <p className="mt-1 text-sm text-ink-muted">選んだ市町村はこの端末にだけ保存され、送信されません。</p>
    </div>
  );
}
