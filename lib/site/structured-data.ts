import { callNumbers, contactDesks, type Desk, type PhoneNumber, type Program } from "@/lib/content/model";
import type { Hours } from "@/lib/content/schema";
import { publicUrl, SITE_NAME } from "./config";
import { programUrl } from "./paths";

/**
 * schema.org descriptions of our pages, so a search engine can answer "whom do
 * I call, where, and when" without guessing from the layout. Everything comes
 * from the same front-matter the page shows; nothing is added here. URLs are
 * absolute when the site's origin is configured, else paths, which JSON-LD
 * resolves against the page itself.
 */

const DAY_OF_WEEK: Record<NonNullable<Hours["days"]>[number], string> = {
  月: "https://schema.org/Monday",
  火: "https://schema.org/Tuesday",
  水: "https://schema.org/Wednesday",
  木: "https://schema.org/Thursday",
  金: "https://schema.org/Friday",
  土: "https://schema.org/Saturday",
  日: "https://schema.org/Sunday",
};

/** 017-734-9243 → +81-17-734-9243: the schema has already checked the domestic form. */
export function internationalPhone(number: string): string {
  return `+81-${number.replace(/^0/, "")}`;
}

function openingHours(hours: Hours | undefined) {
  if (!hours) return undefined;
  return {
    "@type": "OpeningHoursSpecification",
    ...(hours.days ? { dayOfWeek: hours.days.map((d) => DAY_OF_WEEK[d]) } : {}),
    opens: hours.open,
    closes: hours.close,
  };
}

function contactPoint(phone: PhoneNumber, hours: Hours | undefined) {
  const spec = openingHours(hours);
  return {
    "@type": "ContactPoint",
    name: phone.whom,
    telephone: internationalPhone(phone.number),
    ...(phone.extension ? { description: `内線${phone.extension}` } : {}),
    ...(spec ? { hoursAvailable: spec } : {}),
    areaServed: "JP",
    availableLanguage: "ja",
  };
}

/** A desk as a channel: a contact answers at the page's contact table; an office is a place too. */
function channel(d: Desk, url: string) {
  const phones = callNumbers(d).map((n) => contactPoint(n, d.hours));
  if (d.kind === "contact") return { "@type": "ServiceChannel", name: d.name, description: d.role, availableLanguage: "ja", serviceUrl: `${url}#contacts`, servicePhone: phones };
  const spec = openingHours(d.hours);
  return {
    "@type": "ServiceChannel",
    name: d.name,
    availableLanguage: "ja",
    serviceLocation: {
      "@type": "Place",
      name: d.name,
      ...(d.address
        ? { address: { "@type": "PostalAddress", streetAddress: d.address, ...(d.municipality ? { addressLocality: d.municipality.name } : {}) } }
        : {}),
      ...(spec ? { openingHoursSpecification: spec } : {}),
    },
    ...(phones.length ? { servicePhone: phones } : {}),
  };
}

export function governmentServiceLd(program: Program) {
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
    areaServed: { "@type": "AdministrativeArea", name: "青森県" },
    ...(program.audience ? { audience: { "@type": "BusinessAudience", description: program.audience } } : {}),
    provider: providers.map((name) => ({ "@type": "Organization", name })),
    availableChannel: program.desks.map((d) => channel(d, url)),
    isPartOf: { "@type": "WebSite", name: SITE_NAME, url: publicUrl("/") },
  };
}

/** The visible breadcrumb trail; the current page has no link, so it has no item URL. */
export function breadcrumbListLd(trail: { href: string; label: string }[], current: string) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: [
      ...trail.map((c, i) => ({ "@type": "ListItem", position: i + 1, name: c.label, item: publicUrl(c.href) })),
      { "@type": "ListItem", position: trail.length + 1, name: current },
    ],
  };
}
