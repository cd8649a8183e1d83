/**
 * How a cost grows with the size of the content, from a few measured sizes:
 * the least-squares line through them, and the growth exponent of the cost
 * each added program brings. Pure arithmetic, for the benchmarks that print
 * figures (npm run bench:build).
 */

export type Point = { n: number; cost: number };

/** cost ≈ fixed + perUnit × n, and how much of the variation the line explains (R², 1 is a perfect line). */
export type LineFit = { fixed: number; perUnit: number; r2: number };

export function fitLine(points: readonly Point[]): LineFit {
  if (points.length < 2) throw new Error("a line needs at least two sizes");
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const nMean = mean(points.map((p) => p.n));
  const cMean = mean(points.map((p) => p.cost));
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.n - nMean) * (p.cost - cMean);
    sxx += (p.n - nMean) ** 2;
  }
  if (sxx === 0) throw new Error("a line needs two different sizes");
  const perUnit = sxy / sxx;
  const fixed = cMean - perUnit * nMean;
  const total = points.reduce((s, p) => s + (p.cost - cMean) ** 2, 0);
  const residual = points.reduce((s, p) => s + (p.cost - (fixed + perUnit * p.n)) ** 2, 0);
  return { fixed, perUnit, r2: total === 0 ? 1 : 1 - residual / total };
}

/**
 * The exponent k of cost ≈ fixed + c·n^k, read from how the cost of each
 * added program changes between consecutive sizes (the fixed part cancels
 * out): 1 when every program costs the same however many there are, 2 when
 * each costs in proportion to how many there are already. Undefined with
 * fewer than three sizes, or when a step did not cost more (noise larger than the step).
 */
export function growthExponent(points: readonly Point[]): number | undefined {
  const sorted = [...points].sort((a, b) => a.n - b.n);
  if (sorted.length < 3) return undefined;
  const steps = sorted.slice(1).map((p, i) => {
    const q = sorted[i];
    return { at: (p.n + q.n) / 2, perUnit: (p.cost - q.cost) / (p.n - q.n) };
  });
  const first = steps[0];
  const last = steps[steps.length - 1];
  if (first.perUnit <= 0 || last.perUnit <= 0) return undefined;
  return 1 + Math.log(last.perUnit / first.perUnit) / Math.log(last.at / first.at);
}
