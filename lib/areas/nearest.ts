/**
 * "Nearest first" for offices, from the municipality a visitor chose. Distances
 * are between representative points of municipalities (content/areas/), which
 * is all the ordering needs: the same town first, then the same region, then
 * the rest by distance.
 */
export type Place = { name: string; region: string; lat: number; lon: number };

export function distanceKm(a: Place, b: Place): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export type Nearness = "same-municipality" | "same-region" | "other" | "unknown";

export function nearness(chosen: Place | undefined, office: Place | undefined): Nearness {
  if (!chosen || !office) return "unknown";
  if (chosen.name === office.name) return "same-municipality";
  return chosen.region === office.region ? "same-region" : "other";
}

/** Indices of `offices` in the order to show them; offices with no known place keep their order at the end. */
export function nearestOrder(chosen: Place | undefined, offices: (Place | undefined)[]): number[] {
  const indices = offices.map((_, i) => i);
  if (!chosen) return indices;
  const rank = { "same-municipality": 0, "same-region": 1, other: 2, unknown: 3 } as const;
  return indices.sort((a, b) => {
    const pa = offices[a];
    const pb = offices[b];
    const ra = rank[nearness(chosen, pa)];
    const rb = rank[nearness(chosen, pb)];
    if (ra !== rb) return ra - rb;
    if (pa && pb) return distanceKm(chosen, pa) - distanceKm(chosen, pb) || a - b;
    return a - b;
  });
}
