/**
 * The measuring scripts' arithmetic and units, written once: the
 * benchmarks (bench:search, bench:owner-search, bench:validate) and the load
 * test print figures with these.
 */

/** Nearest rank: the smallest value with at least p% of the values at or below it. */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
}

export const median = (xs: number[]) => percentile(xs, 50);

export const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/**
 * Of what should be found, the share found (recall); of what was found, the
 * share that should have been (precision). Nothing found for nothing to find is right.
 */
export function recallPrecision(truth: ReadonlySet<string>, found: string[]): { recall: number; precision: number } {
  const hit = found.filter((s) => truth.has(s)).length;
  return { recall: truth.size ? hit / truth.size : found.length ? 0 : 1, precision: found.length ? hit / found.length : 1 };
}

/** Milliseconds a call takes. */
export function timed(f: () => unknown): number {
  const start = performance.now();
  f();
  return performance.now() - start;
}

export const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
export const kib = (n: number) => `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KiB`;
export const mib = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : kib(n));
export const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
