import type {
  AdministrativeArea,
  BreadcrumbList,
  ContactPoint,
  DayOfWeek,
  GovernmentService,
  OpeningHoursSpecification,
  Place,
  ServiceChannel,
  WithContext,
} from "schema-dts";
import type { Weekday } from "@/lib/content/hours";
import { callNumbers, contactDesks, faxNumber, type Desk, type PhoneNumber, type Program } from "@/lib/content/model";
import type { Hours } from "@/lib/content/schema";
import { addressLine } from "@/lib/open-data/places";
import { PREFECTURE_CODE } from "@/lib/open-data/programs";
import { publicUrl, SITE_NAME } from "./config";
import { programUrl } from "./paths";

/**
 * schema.org descriptions of our pages, so a search engine or an assistant can
 * answer "whom do I call, where, and when" without guessing from the layout.
 * Everything comes from the same front-matter the page shows; nothing is added
 * here. Typed with schema-dts, so a property on the wrong type (hours on a
 * ServiceChannel, isPartOf on a Service) does not compile. URLs are absolute
 * when the site's origin is configured, else paths, which JSON-LD resolves
 * against the page itself.
 *
 * Where hours live: a number's hours on its ContactPoint (hoursAvailable), an
 * office's on its Place (openingHoursSpecification); schema.org gives
 * ServiceChannel neither. A desk closed on public holidays says so with a
 * specification for PublicHolidays without opening times, which schema.org
 * reads as closed; 年末年始 has no day name and stays in the description.
 */

const DAY_OF_WEEK: Record<Weekday, DayOfWeek> = {
  月: "https://schema.org/Monday",
  火: "https://schema.org/Tuesday",
  水: "https://schema.org/Wednesday",
  木: "https://schema.org/Thursday",
  金: "https://schema.org/Friday",
  土: "https://schema.org/Saturday",
  日: "https://schema.org/Sunday",
};

const PREFECTURE = "青森県";

/** 017-734-9243 → +81-17-734-9243: the schema has already checked the domestic form. */
export function internationalPhone(number: string): string {
  return `+81-${number.replace(/^0/, "")}`;
}

const aomori: AdministrativeArea = {
  "@type": "AdministrativeArea",
  name: PREFECTURE,
  identifier: { "@type": "PropertyValue", propertyID: "全国地方公共団体コード", value: PREFECTURE_CODE },
};

/** The weekly hours (with the sentence the page shows), and public holidays as closed when the desk closes on them. */
export function openingHours(hours: Hours | undefined): OpeningHoursSpecification[] {
  if (!hours) return [];
  const weekly: OpeningHoursSpecification = {
    "@type": "OpeningHoursSpecification",
    ...(hours.days ? { dayOfWeek: hours.days.map((d) => DAY_OF_WEEK[d]) } : {}),
    opens: hours.open,
    closes: hours.close,
    description: hours.text,
  };
  // schema.org marks a day closed by opening and closing at 00:00.
  const holidays: OpeningHoursSpecification[] = hours.closedOn?.includes("祝日")
    ? [{ "@type": "OpeningHoursSpecification", dayOfWeek: "https://schema.org/PublicHolidays", opens: "00:00", closes: "00:00" }]
    : [];
  return [weekly, ...holidays];
}

/** One number to call, with whom it reaches, its extension, its hours; the desk's FAX travels with its first number. */
function contactPoint(phone: PhoneNumber, desk: Desk, fax: PhoneNumber | undefined): ContactPoint {
  const hours = openingHours(desk.hours);
  return {
    "@type": "ContactPoint",
    name: phone.whom,
    telephone: internationalPhone(phone.number),
    ...(phone.extension ? { description: `内線${phone.extension}` } : {}),
    ...(fax ? { faxNumber: internationalPhone(fax.number) } : {}),
    ...(hours.length ? { hoursAvailable: hours } : {}),
    // the desk's other ways in, where content holds them (an e-mail address, a web form)
    ...(desk.email ? { email: desk.email } : {}),
    ...(desk.form ? { url: desk.form } : {}),
    areaServed: aomori,
    availableLanguage: "ja",
  };
}

/** A desk's numbers as contact points: each number to call, or, for a desk with only a FAX, the FAX alone. */
export function contactPoints(d: Desk): ContactPoint[] {
  const fax = faxNumber(d);
  const calls = callNumbers(d);
  if (!calls.length) return fax ? [{ "@type": "ContactPoint", name: d.shortName, faxNumber: internationalPhone(fax.number), areaServed: aomori, availableLanguage: "ja" }] : [];
  return calls.map((n, i) => contactPoint(n, d, i === 0 ? fax : undefined));
}

/** Where a desk is, when content says: its address and municipality, and its hours. */
function place(d: Desk): Place | undefined {
  if (d.kind === "contact" && !d.address && !d.municipality) return undefined;
  const hours = openingHours(d.hours);
  return {
    "@type": "Place",
    name: d.name,
    ...(d.address || d.municipality
      ? {
          address: {
            "@type": "PostalAddress",
            ...(d.address ? { streetAddress: addressLine(d) } : {}),
            ...(d.municipality ? { addressLocality: d.municipality.name, addressRegion: PREFECTURE } : {}),
            addressCountry: "JP",
          },
        }
      : {}),
    ...(hours.length ? { openingHoursSpecification: hours } : {}),
  };
}

/** A desk as a channel of the service: a contact is answered at the page's contact table; an office is a place too. */
function channel(d: Desk, program: Program, url: string): ServiceChannel {
  const location = place(d);
  const phones = contactPoints(d);
  return {
    "@type": "ServiceChannel",
    name: d.name,
    description: d.role ?? program.officesTitle ?? "事務所・会場",
    availableLanguage: "ja",
    serviceUrl: `${url}#${d.kind === "contact" ? "contacts" : "offices"}`,
    ...(location ? { serviceLocation: location } : {}),
    ...(phones.length ? { servicePhone: phones } : {}),
  };
}

export function governmentServiceLd(program: Program): WithContext<GovernmentService> {
  const url = programUrl(program.slug);
  const providers = [...new Set(contactDesks(program).map((d) => d.organization))];
  return {
    "@context": "https://schema.org",
    "@type": "GovernmentService",
    "@id": `${url}#service`,
    name: program.title,
    description: program.summary,
    url,
    serviceType: program.needs.map((n) => n.label),
    areaServed: aomori,
    ...(program.audience ? { audience: { "@type": "BusinessAudience", description: program.audience } } : {}),
    provider: providers.map((name) => ({ "@type": "Organization", name })),
    availableChannel: program.desks.map((d) => channel(d, program, url)),
    // The page describes the service; the page, not the service, is part of the site.
    mainEntityOfPage: { "@type": "WebPage", "@id": url, url, isPartOf: { "@type": "WebSite", name: SITE_NAME, url: publicUrl("/") } },
  };
}

/** The visible breadcrumb trail; the current page has no link, so it has no item URL. */
export function breadcrumbListLd(trail: { href: string; label: string }[], current: string): WithContext<BreadcrumbList> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: [
      ...trail.map((c, i) => ({ "@type": "ListItem" as const, position: i + 1, name: c.label, item: publicUrl(c.href) })),
      { "@type": "ListItem", position: trail.length + 1, name: current },
    ],
  };
}
