import { callNumbers, contactDesks, faxNumber, type Desk, type Program } from "../../lib/content/model";

/**
 * What a program page's GovernmentService JSON-LD must say, derived from the
 * program as content holds it; used on the model (lib/site/structured-data.test.ts)
 * and on the HTML the production server sends (tests/e2e/http.spec.ts). The
 * data is read as plain JSON, the way a crawler reads it, not through our types.
 */
type Json = Record<string, unknown>;
type Spec = { "@type"?: string; dayOfWeek?: string | string[]; opens?: string; closes?: string };

const DAYS: Record<string, string> = { 月: "Monday", 火: "Tuesday", 水: "Wednesday", 木: "Thursday", 金: "Friday", 土: "Saturday", 日: "Sunday" };
const list = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : v === undefined ? [] : [v as Json]);
const intl = (n: string) => `+81-${n.slice(1)}`;
const dayName = (d: unknown) => String(d).replace("https://schema.org/", "");

/** The hours schema.org must carry for a desk: its weekly opening, and public holidays closed when it closes on them. */
function hoursProblems(specs: Spec[], d: Desk, where: string): string[] {
  const problems: string[] = [];
  if (!d.hours) return specs.length ? [`${where}: hours that content does not hold`] : [];
  const [weekly, ...rest] = specs;
  if (weekly?.["@type"] !== "OpeningHoursSpecification") problems.push(`${where}: no OpeningHoursSpecification`);
  if (weekly?.opens !== d.hours.open || weekly?.closes !== d.hours.close) problems.push(`${where}: opens/closes ${weekly?.opens}–${weekly?.closes}, content ${d.hours.open}–${d.hours.close}`);
  const days = list(weekly?.dayOfWeek).map(dayName);
  if (days.join() !== (d.hours.days ?? []).map((x) => DAYS[x]).join()) problems.push(`${where}: days ${days.join()}`);
  const holidays = rest.filter((s) => list(s.dayOfWeek).map(dayName).includes("PublicHolidays"));
  const closedOnHolidays = d.hours.closedOn?.includes("祝日") ?? false;
  if (holidays.length !== (closedOnHolidays ? 1 : 0)) problems.push(`${where}: public holidays ${holidays.length ? "closed" : "not said"}, content ${closedOnHolidays ? "closed" : "not closed"}`);
  // closed, as schema.org says it: opening and closing at 00:00
  if (holidays.some((s) => s.opens !== "00:00" || s.closes !== "00:00")) problems.push(`${where}: public holidays not closed (opens ${holidays[0]?.opens}, closes ${holidays[0]?.closes})`);
  return problems;
}

function channelProblems(channel: Json | undefined, d: Desk, where: string): string[] {
  if (!channel) return [`${where}: no channel`];
  const problems: string[] = [];
  if (channel["@type"] !== "ServiceChannel") problems.push(`${where}: @type ${String(channel["@type"])}`);
  if (channel.name !== d.name) problems.push(`${where}: name ${String(channel.name)}`);
  // schema.org gives ServiceChannel no hours: they belong on its ContactPoints and its Place
  if ("hoursAvailable" in channel || "openingHoursSpecification" in channel) problems.push(`${where}: hours on the ServiceChannel itself`);
  const points = list(channel.servicePhone);
  if (points.some((p) => p["@type"] !== "ContactPoint")) problems.push(`${where}: servicePhone that is not a ContactPoint`);
  const telephones = points.flatMap((p) => (p.telephone ? [String(p.telephone)] : []));
  const numbers = callNumbers(d);
  if (telephones.join() !== numbers.map((n) => intl(n.number)).join()) problems.push(`${where}: telephones ${telephones.join()}`);
  const whom = points.filter((p) => p.telephone).map((p) => p.name);
  if (whom.join() !== numbers.map((n) => n.whom).join()) problems.push(`${where}: ContactPoint names ${whom.join()}`);
  const faxes = points.flatMap((p) => (p.faxNumber ? [String(p.faxNumber)] : []));
  const fax = faxNumber(d);
  if (faxes.join() !== (fax ? intl(fax.number) : "")) problems.push(`${where}: faxNumber ${faxes.join()}`);
  for (const [i, p] of points.filter((x) => x.telephone).entries()) problems.push(...hoursProblems(list(p.hoursAvailable) as Spec[], d, `${where}.servicePhone[${i}].hoursAvailable`));
  const location = channel.serviceLocation as Json | undefined;
  if (d.kind === "office" || d.address || d.municipality) {
    if (location?.["@type"] !== "Place" || location.name !== d.name) problems.push(`${where}: serviceLocation ${JSON.stringify(location)}`);
    const address = location?.address as Json | undefined;
    if (d.address || d.municipality) {
      if (address?.["@type"] !== "PostalAddress") problems.push(`${where}: no PostalAddress`);
      if ((address?.addressLocality ?? undefined) !== d.municipality?.name) problems.push(`${where}: addressLocality ${String(address?.addressLocality)}`);
      const written = `${address?.addressLocality ?? ""}${address?.streetAddress ?? ""}`;
      if (d.address && written !== d.address && address?.streetAddress !== d.address) problems.push(`${where}: address ${written}, content ${d.address}`);
    }
    problems.push(...hoursProblems(list(location?.openingHoursSpecification) as Spec[], d, `${where}.serviceLocation.openingHoursSpecification`));
  } else if (location) {
    problems.push(`${where}: a serviceLocation content does not hold`);
  }
  return problems;
}

/** Every way the GovernmentService differs from what content holds; [] when it says exactly that. `url` is the page's address as the build gives it. */
export function governmentServiceProblems(ld: Json | undefined, program: Program, url: (u: unknown) => unknown, pageUrl: unknown): string[] {
  if (!ld) return ["no GovernmentService"];
  const problems: string[] = [];
  const is = (what: string, actual: unknown, expected: unknown) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) problems.push(`${what}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  };
  is("@context", ld["@context"], "https://schema.org");
  is("@type", ld["@type"], "GovernmentService");
  is("name", ld.name, program.title);
  is("description", ld.description, program.summary);
  is("url", url(ld.url), pageUrl);
  is("@id", url(String(ld["@id"]).replace(/#service$/, "")), pageUrl);
  is("areaServed", (ld.areaServed as Json | undefined)?.name, "青森県");
  is("provider", list(ld.provider).map((p) => p.name), [...new Set(contactDesks(program).map((d) => d.organization))]);
  is("serviceType", ld.serviceType, program.needs.map((n) => n.label));
  if ("isPartOf" in ld) problems.push("isPartOf is not a property of a Service");
  is("mainEntityOfPage", url((ld.mainEntityOfPage as Json | undefined)?.url), pageUrl);
  const channels = list(ld.availableChannel);
  is("availableChannel count", channels.length, program.desks.length);
  program.desks.forEach((d, i) => problems.push(...channelProblems(channels[i], d, `availableChannel[${i}] (${d.field})`)));
  return problems;
}
