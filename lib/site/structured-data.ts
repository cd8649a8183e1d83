import { getNeed } from "@/lib/content/api";
import { contactName } from "@/lib/content/contact-names";
import type { Program } from "@/lib/content/load";
import type { Hours, Office, Phone } from "@/lib/content/schema";
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

function contactPoint(phone: Phone, whom: string, hours: Hours | undefined) {
  const spec = openingHours(hours);
  return {
    "@type": "ContactPoint",
    name: phone.label ?? whom,
    telephone: internationalPhone(phone.number),
    ...(phone.extension ? { description: `内線${phone.extension}` } : {}),
    ...(spec ? { hoursAvailable: spec } : {}),
    areaServed: "JP",
    availableLanguage: "ja",
  };
}

function officeChannel(office: Office) {
  const spec = openingHours(office.hours);
  return {
    "@type": "ServiceChannel",
    name: office.name,
    availableLanguage: "ja",
    serviceLocation: {
      "@type": "Place",
      name: office.name,
      ...(office.address
        ? {
            address: {
              "@type": "PostalAddress",
              streetAddress: office.address,
              ...(office.municipality ? { addressLocality: office.municipality } : {}),
            },
          }
        : {}),
      ...(spec ? { openingHoursSpecification: spec } : {}),
    },
    ...(office.tel ? { servicePhone: office.tel.map((t) => contactPoint(t, office.name, office.hours)) } : {}),
  };
}

export function governmentServiceLd(program: Program) {
  const url = programUrl(program.slug);
  const providers = [...new Set(program.contacts.map((c) => c.organization))];
  return {
    "@context": "https://schema.org",
    "@type": "GovernmentService",
    "@id": `${url}#service`,
    name: program.title,
    description: program.summary,
    url,
    serviceType: program.categories.map((slug) => getNeed(slug)?.label ?? slug),
    areaServed: { "@type": "AdministrativeArea", name: "青森県" },
    ...(program.audience ? { audience: { "@type": "BusinessAudience", description: program.audience } } : {}),
    provider: providers.map((name) => ({ "@type": "Organization", name })),
    availableChannel: [
      ...program.contacts.map((c) => ({
        "@type": "ServiceChannel",
        name: contactName(c),
        description: c.role,
        availableLanguage: "ja",
        serviceUrl: `${url}#contacts`,
        servicePhone: c.tel.map((t) => contactPoint(t, contactName(c), c.hours)),
      })),
      ...(program.offices ?? []).map(officeChannel),
    ],
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
