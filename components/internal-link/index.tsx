import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * A link to another page of this site, without Next's prefetching.
 *
 * Every page here is static HTML that arrives in one round trip, so
 * prefetching buys little, while on a list page it fetched and parsed a
 * payload for every link on screen: on a phone that is data the visitor did
 * not ask for and main-thread time while the page is still settling
 * (Lighthouse counted it as blocking time). Navigation still happens in the
 * page when a link is followed.
 */
export function InternalLink(props: Omit<ComponentProps<typeof Link>, "prefetch">) {
  return <Link {...props} prefetch={false} />;
}
