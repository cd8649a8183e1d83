import { DeskChannels } from "@/components/desk-channels";
import { HoursText } from "@/components/hours";
import { PhoneLink } from "@/components/phone-link";
import type { DeskCall } from "@/lib/areas/local-desk";

/**
 * The number to call on a card: the office near the visitor's municipality
 * when there is one, then the program's main desk. Each desk is its name, whom
 * the call reaches where that differs, the call link and, where content gives
 * them, the hours and whether it is open now, and the desk's FAX (with its
 * sheet), e-mail address and form beside the number.
 *
 * Kept apart from the card so that the shared "desk with its call button"
 * component can replace the two functions below without touching the cards.
 * No server-only imports: the search results (browser code) use it too.
 */
export function DeskLines({ slug, local, main, hours = true }: { slug: string; local?: DeskCall; main: DeskCall; hours?: boolean }) {
  return (
    <div className="mt-3 border-t border-line-soft pt-2 text-sm" data-desks={local ? "local" : "main"}>
      {local ? <LocalDesk slug={slug} desk={local} hours={hours} /> : null}
      <div data-desk="main" className={local ? "mt-2" : undefined}>
        {local ? <span className="block font-bold">制度の担当窓口</span> : null}
        <DeskBody slug={slug} desk={main} hours={hours} />
      </div>
    </div>
  );
}

/** The office near the chosen municipality, named by its own municipality (true whether it is the visitor's town or a neighbour's). */
export function LocalDesk({ slug, desk, hours = true }: { slug: string; desk: DeskCall; hours?: boolean }) {
  return (
    <div data-desk="local">
      <span className="inline-block rounded bg-[#fff3c4] px-2 font-bold text-ink">近くの窓口（{desk.municipality}）</span>
      <DeskBody slug={slug} desk={desk} hours={hours} />
    </div>
  );
}

function DeskBody({ slug, desk, hours }: { slug: string; desk: DeskCall; hours: boolean }) {
  return (
    <>
      <span className="block text-ink-muted">
        {desk.name}
        {desk.name.includes(desk.phone.whom) ? null : `（${desk.phone.whom}）`}
      </span>
      <PhoneLink phone={desk.phone} />
      <DeskChannels slug={slug} desk={desk} whom={desk.phone.whom} />
      {hours && desk.hours ? (
        <span className="block">
          <HoursText hours={desk.hours} />
        </span>
      ) : null}
    </>
  );
}
