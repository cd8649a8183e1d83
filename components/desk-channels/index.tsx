import { ExternalLink } from "@/components/external-link";
import { InternalLink } from "@/components/internal-link";
import { FaxNumber } from "@/components/phone-link";
import { faxNumber, type Desk } from "@/lib/content/model";
import { faxSheetPath } from "@/lib/site/paths";

/** The ways to reach one desk besides a voice call, as content gives them: its FAX number, e-mail address and web form. */
export type Channels = { fax?: string; email?: string; form?: string };

/** A desk of the model as its channels. */
export const channelsOf = (desk: Pick<Desk, "phones" | "email" | "form">): Channels => ({ fax: faxNumber(desk)?.number, email: desk.email, form: desk.form });

/**
 * Beside a number to call, the same desk's other ways in, for an owner who
 * cannot make the call (deaf, hard of hearing, without speech) or would
 * rather write: its FAX number with the FAX sheet printed for it
 * (components/fax-sheet, a page of the program `slug`), its e-mail address
 * and its web form. Only what content holds; nothing at all for a desk with
 * none. No hooks, so it renders on the server and in the browser alike (the
 * phone book's filter, search results).
 */
export function DeskChannels({ slug, desk, whom, className = "" }: { slug: string; desk: Channels; whom: string; className?: string }) {
  const { fax, email, form } = desk;
  if (!fax && !email && !form) return null;
  return (
    <span className={`flex flex-wrap items-center gap-x-3 text-sm ${className}`.trim()} data-desk-channels="">
      {fax ? (
        <span className="inline-flex flex-wrap items-center gap-x-2" data-fax={fax}>
          <span className="font-bold">
            <FaxNumber number={fax} />
          </span>
          <FaxSheetLink slug={slug} fax={fax} whom={whom} />
        </span>
      ) : null}
      {email ? (
        <a href={`mailto:${email}`} className={`${target} break-all`}>
          メール {email}
        </a>
      ) : null}
      {form ? (
        <ExternalLink href={form} name={`相談フォーム（${whom}）`} className={target}>
          相談フォーム
        </ExternalLink>
      ) : null}
    </span>
  );
}

const target = "inline-flex min-h-11 items-center";

/** The link to the FAX sheet of a program for one FAX number; where a table already heads the column FAX, it stands beside the bare number. */
export function FaxSheetLink({ slug, fax, whom }: { slug: string; fax: string; whom: string }) {
  return (
    // the visible words first in the name, then whom the sheet is for: one of many such links on the phone book;
    // not on paper, where it leads nowhere (the FAX number beside it stays)
    <InternalLink href={faxSheetPath(slug, fax)} aria-label={`FAX送付状（${whom}あて）`} className={`${target} text-sm print:hidden`}>
      FAX送付状
    </InternalLink>
  );
}
