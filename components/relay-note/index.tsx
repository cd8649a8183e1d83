import { ExternalLink } from "@/components/external-link";

/**
 * The public relay service (電話リレーサービス, since July 2021 under the Act on
 * telephone use by deaf and hard-of-hearing people): an interpreter relays a
 * call in sign language or text to and from any number. Explained by the
 * provider the Minister for Internal Affairs designated, on its page for
 * everyone (how the call works, for the caller and for the one who answers).
 */
export const RELAY_SERVICE = { name: "電話リレーサービス", url: "https://nftrs.or.jp/about/" } as const;

/**
 * One plain line, once on a page that offers numbers to call: a caller who
 * cannot hear or speak reaches any of them through the relay service. Said of
 * the service, which every number can receive; nothing is claimed of a desk.
 */
export function RelayNote({ className = "" }: { className?: string }) {
  return (
    // on screen only: on paper its link leads nowhere, and a program's printout must stay within two A4 pages
    <p className={`text-sm print:hidden ${className}`.trim()} data-relay-note="">
      耳が聞こえない・話すことが難しい方は、通訳オペレーターが手話や文字と音声を通訳する公共の
      <ExternalLink href={RELAY_SERVICE.url}>{RELAY_SERVICE.name}</ExternalLink>
      で、どの番号にも電話できます。
    </p>
  );
}
