import { confirmedText } from "@/lib/content/confirmed";
import { hoursRemarks, officeDays, type Weekday } from "@/lib/content/hours";
import { defined, mainDesk, type Desk, type PhoneNumber, type Program } from "@/lib/content/model";
import type { Areas, Hours } from "@/lib/content/schema";
import { absoluteUrl, SITE_NAME } from "@/lib/site/config";
import { programPath } from "@/lib/site/paths";
import { assuredDate } from "../assured";
import { addressLine, groupDesks, placeKey, type ProgramDesk } from "../places";
import { PREFECTURE_CODE } from "../programs";
import { uuidV5 } from "../uuid";

/**
 * /data/hsds/: the programs as Open Referral HSDS 3.1, the international
 * standard for directories of services, in its canonical JSON form (each
 * service a tree with its organization, locations, phones and schedules
 * inside). The files mirror HSDS's API, so a client of it needs only the
 * folder's address:
 *
 *   index.json            the API root: { version }
 *   services.json         GET /services?full=true: one page of every service, each a full tree
 *   services/<id>.json    GET /services/{id}: one service
 *   organizations.json    GET /organizations: every organization with the locations it runs
 *   schema.json           our JSON Schema of the objects published here (lib/open-data/hsds/schema.json)
 *
 * The mapping: an organization is a contact's organization (the 実施機関); a
 * service is a program; a location is a place (an office, or a desk, which
 * may have no address), shared by every program that lists it; a service at
 * a location carries what the program's file says of that desk: its role,
 * its numbers (voice and fax, the extension a number as HSDS types it), its
 * hours as an RFC 5545 weekly rule with the holiday rule in `notes`.
 * Ids are UUIDv5s of slugs and names, the same in every build.
 */
export const HSDS_VERSION = "3.1";
export const HSDS_DIR = "/data/hsds";
export const HSDS_PATHS = {
  index: `${HSDS_DIR}/index.json`,
  services: `${HSDS_DIR}/services.json`,
  organizations: `${HSDS_DIR}/organizations.json`,
  schema: `${HSDS_DIR}/schema.json`,
} as const;
export const hsdsServiceFile = (id: string) => `${id}.json`;
export const hsdsServicePath = (id: string) => `${HSDS_DIR}/services/${hsdsServiceFile(id)}`;

const NAMESPACE = uuidV5("aomori-shien-navi:hsds");
const hsdsId = (kind: string, name: string) => uuidV5(`${kind}:${name}`, NAMESPACE);
export const serviceId = (slug: string) => hsdsId("service", slug);

const PREFECTURE = "青森県";
/** Japan Standard Time, in hours from UTC, as HSDS's schedule.timezone wants it. */
const TIMEZONE = 9;
const OFFSET = "+09:00";

const BYDAY: Record<Weekday, string> = { 月: "MO", 火: "TU", 水: "WE", 木: "TH", 金: "FR", 土: "SA", 日: "SU" };

export type HsdsMetadata = {
  id: string;
  resource_id: string;
  resource_type: string;
  last_action_date: string;
  last_action_type: string;
  field_name: string;
  previous_value: string;
  replacement_value: string;
  updated_by: string;
};
export type HsdsPhone = {
  id: string;
  service_at_location_id: string;
  number: string;
  extension?: number;
  type: PhoneNumber["type"];
  description?: string;
  metadata?: HsdsMetadata[];
};
export type HsdsSchedule = {
  id: string;
  service_at_location_id: string;
  freq?: "WEEKLY";
  wkst?: "MO";
  byday?: string;
  opens_at: string;
  closes_at: string;
  timezone: number;
  description: string;
  notes?: string;
};
export type HsdsAddress = {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  region?: string;
  state_province: string;
  postal_code: string;
  country: "JP";
  address_type: "physical";
};
export type HsdsLocation = { id: string; location_type: "physical"; name: string; description?: string; organization_id?: string; addresses?: HsdsAddress[] };
export type HsdsServiceArea = { id: string; service_id?: string; service_at_location_id?: string; name: string; description?: string };
export type HsdsServiceAtLocation = {
  id: string;
  service_id: string;
  location_id: string;
  description?: string;
  service_areas?: HsdsServiceArea[];
  phones: HsdsPhone[];
  schedules: HsdsSchedule[];
  location: HsdsLocation;
};
export type HsdsOrganization = { id: string; name: string; description: string; locations?: HsdsLocation[] };
export type HsdsUrl = { id: string; service_id: string; label: string; url: string };
export type HsdsService = {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url?: string;
  additional_urls?: HsdsUrl[];
  status: "active";
  eligibility_description?: string;
  fees_description?: string;
  assured_date?: string;
  last_modified: string;
  organization: HsdsOrganization;
  service_areas: HsdsServiceArea[];
  service_at_locations: HsdsServiceAtLocation[];
};
export type HsdsPage<T> = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
};

/** Every list is one page: a few dozen services do not need paging. */
function page<T>(contents: T[]): HsdsPage<T> {
  return { total_items: contents.length, total_pages: 1, page_number: 1, size: contents.length, first_page: true, last_page: true, empty: contents.length === 0, contents };
}

export const hsdsIndex = () => ({ version: HSDS_VERSION });

function organization(name: string, programs: readonly Program[], locations?: HsdsLocation[]): HsdsOrganization {
  const count = programs.filter((p) => p.desks.some((d) => d.organization === name)).length;
  return defined({
    id: hsdsId("organization", name),
    name,
    description: `${SITE_NAME}に掲載している中小企業支援制度のうち ${count} 件の担当窓口の組織`,
    locations,
  });
}

/** A place as content describes it; HSDS's required address fields the source does not give are empty strings. */
function location(d: Desk, areas: Areas): HsdsLocation {
  const id = hsdsId("location", placeKey(d));
  const region = areas.regions.find((r) => r.id === d.municipality?.region);
  const address: HsdsAddress | undefined =
    d.address || d.municipality
      ? defined({
          id: hsdsId("address", placeKey(d)),
          location_id: id,
          address_1: addressLine(d),
          city: d.municipality?.name ?? "",
          region: region?.name,
          state_province: d.municipality ? PREFECTURE : "",
          postal_code: "",
          country: "JP" as const,
          address_type: "physical" as const,
        })
      : undefined;
  return defined({
    id,
    location_type: "physical" as const,
    name: d.name,
    description: d.location,
    organization_id: d.organization ? hsdsId("organization", d.organization) : undefined,
    addresses: address ? [address] : undefined,
  });
}

/** An extension HSDS can hold as a number without losing a digit; 0641 cannot, and is said in the description instead. */
const numericExtension = (extension: string | undefined) => (extension !== undefined && String(Number(extension)) === extension ? Number(extension) : undefined);

function phone(n: PhoneNumber, d: Desk, salId: string): HsdsPhone {
  const id = hsdsId("phone", `${salId}:${n.type}:${n.number}#${n.extension ?? ""}`);
  const description = [
    n.label && n.label !== d.name ? `${n.label}につながります` : undefined,
    n.note,
    n.extension !== undefined && numericExtension(n.extension) === undefined ? `内線 ${n.extension}` : undefined,
    d.confirmed ? `最終確認: ${confirmedText(d.confirmed)}` : undefined,
  ].filter(Boolean);
  return defined({
    id,
    service_at_location_id: salId,
    number: n.number,
    extension: numericExtension(n.extension),
    type: n.type,
    description: description.length ? description.join("。") : undefined,
    // The desk's record of who checked its numbers: a check that left the number as it was.
    metadata: d.confirmed
      ? [
          {
            id: hsdsId("metadata", `${id}:${d.confirmed.date}`),
            resource_id: id,
            resource_type: "phone",
            last_action_date: d.confirmed.date,
            last_action_type: "verify",
            field_name: "number",
            previous_value: n.number,
            replacement_value: n.number,
            updated_by: SITE_NAME,
          },
        ]
      : undefined,
  });
}

/** Hours as a weekly rule: the days (when the source names them) and times in Japan time; the sentence the page shows; closures and remarks as notes. */
function schedule(h: Hours, salId: string): HsdsSchedule {
  const days = officeDays(h);
  return defined({
    id: hsdsId("schedule", salId),
    service_at_location_id: salId,
    freq: days ? ("WEEKLY" as const) : undefined,
    wkst: days ? ("MO" as const) : undefined,
    byday: days?.map((d) => BYDAY[d]).join(","),
    opens_at: `${h.open}${OFFSET}`,
    closes_at: `${h.close}${OFFSET}`,
    timezone: TIMEZONE,
    description: h.text,
    notes: hoursRemarks(h),
  });
}

/** The area every program serves: the prefecture, since content limits none to a part of it. */
function prefectureArea(serviceId: string): HsdsServiceArea {
  return { id: hsdsId("service_area", `${serviceId}:${PREFECTURE}`), service_id: serviceId, name: PREFECTURE, description: `全国地方公共団体コード ${PREFECTURE_CODE}` };
}

/**
 * What a regional office serves: an office of a 地域県民局 (its name begins
 * with the office content/areas names for a region) serves that region's
 * municipalities. Other offices and desks claim no area of their own.
 */
function servedFrom(d: Desk, areas: Areas, salId: string): HsdsServiceArea[] | undefined {
  const region = areas.regions.find((r) => d.name.startsWith(r.office));
  if (!region) return undefined;
  return areas.municipalities
    .filter((m) => m.region === region.id)
    .map((m) => ({ id: hsdsId("service_area", `${salId}:${m.name}`), service_at_location_id: salId, name: m.name, description: `${region.office}の所管（全国地方公共団体コード ${m.code}）` }));
}

function serviceAtLocation(program: Program, desks: ProgramDesk[], serviceId: string, areas: Areas): HsdsServiceAtLocation[] {
  // One program may list one place twice (two numbers of one council, each with its remark): numbered from the second.
  return desks.map(({ desk }, i) => {
    const id = hsdsId("service_at_location", `${program.slug}:${placeKey(desk)}${i ? `#${i + 1}` : ""}`);
    const loc = location(desk, areas);
    const role = desk.role ?? program.officesTitle ?? "事務所・会場";
    // TODO(issue 20): desk.email and desk.form (a contact with the e-mail, the form as a url) when the model has them.
    return defined({
      id,
      service_id: serviceId,
      location_id: loc.id,
      description: [role, desk.note].filter(Boolean).join("。"),
      service_areas: servedFrom(desk, areas, id),
      phones: desk.phones.map((n) => phone(n, desk, id)),
      schedules: desk.hours ? [schedule(desk.hours, id)] : [],
      location: loc,
    });
  });
}

export function hsdsService(program: Program, programs: readonly Program[], areas: Areas): HsdsService {
  const id = serviceId(program.slug);
  const provider = mainDesk(program).organization ?? mainDesk(program).name;
  const places = groupDesks(
    program.desks.map((desk) => ({ program, desk })),
    ({ desk }) => placeKey(desk),
  );
  const url = absoluteUrl(programPath(program.slug));
  return defined({
    id,
    organization_id: hsdsId("organization", provider),
    name: program.title,
    description: program.summary,
    // HSDS wants an absolute URL: given only when the site's origin is configured.
    url,
    additional_urls: program.links?.map((l) => ({ id: hsdsId("url", `${id}:${l.url}`), service_id: id, label: l.label, url: l.url })),
    status: "active" as const,
    eligibility_description: program.audience,
    fees_description: program.cost,
    assured_date: assuredDate(program),
    // The day the page's content last changed, at its start in Japan (content keeps days, not times).
    last_modified: `${program.updated}T00:00:00${OFFSET}`,
    organization: organization(provider, programs),
    service_areas: [prefectureArea(id)],
    service_at_locations: places.flatMap((desks) => serviceAtLocation(program, desks, id, areas)),
  });
}

export function hsdsServices(programs: readonly Program[], areas: Areas): HsdsPage<HsdsService> {
  return page(programs.map((p) => hsdsService(p, programs, areas)));
}

/** Every organization named by a contact, each with the places of its desks. */
export function hsdsOrganizations(programs: readonly Program[], areas: Areas): HsdsPage<HsdsOrganization> {
  const desks = programs.flatMap((program) => program.desks.map((desk) => ({ program, desk })));
  const byOrganization = groupDesks(
    desks.filter(({ desk }) => desk.organization),
    ({ desk }) => desk.organization ?? "",
  );
  return page(
    byOrganization.map((group) => {
      const places = groupDesks(group, ({ desk }) => placeKey(desk)).map(([{ desk }]) => location(desk, areas));
      return organization(group[0].desk.organization ?? "", programs, places);
    }),
  );
}
