/**
 * What `npm audit --json` printed, reduced to a verdict. npm prints a report
 * with metadata.vulnerabilities when the advisory service answered, and an
 * error object (or nothing parseable) when it did not; only the first is a
 * result.
 */
type Severity = "info" | "low" | "moderate" | "high" | "critical";
type AuditJson = {
  metadata?: { vulnerabilities: Record<Severity | "total", number> };
  vulnerabilities?: Record<string, { severity: Severity; range: string; via: (string | { title?: string; url?: string })[] }>;
  message?: string;
  error?: { summary?: string; detail?: string };
};

export type AuditVerdict =
  | { kind: "unreachable"; reason: string }
  | { kind: "checked"; counts: Record<Severity | "total", number>; serious: string[] };

export function auditVerdict(stdout: string, stderr: string, status: number | null): AuditVerdict {
  let json: AuditJson | undefined;
  try {
    json = JSON.parse(stdout) as AuditJson;
  } catch {
    json = undefined;
  }
  const counts = json?.metadata?.vulnerabilities;
  if (!counts) {
    const reason = json?.message || json?.error?.summary || stderr.split("\n").find((l) => /error/i.test(l)) || `exit code ${status}`;
    return { kind: "unreachable", reason: reason.trim() };
  }
  const serious = Object.entries(json?.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === "high" || v.severity === "critical")
    .map(([name, v]) => {
      const via = v.via.map((x) => (typeof x === "string" ? `via ${x}` : [x.title, x.url].filter(Boolean).join(" ")));
      return `${name} ${v.range} (${v.severity}): ${via.join("; ")}`;
    });
  if (!serious.length && counts.high + counts.critical > 0) serious.push(`${counts.high} high and ${counts.critical} critical advisories`);
  return { kind: "checked", counts, serious };
}
