import { Index } from "flexsearch";
import { TIER_COUNT } from "./types";

/**
 * The FlexSearch index the build makes (index-build.ts). Build time only:
 * the browser reads the token map FlexSearch exports directly (layout.ts),
 * so FlexSearch itself is never sent to a visitor.
 *
 * FlexSearch's own encoders do not suit this text: the default applies NFKD
 * (ガイド becomes カ イ ト), collapses repeated letters and splits digits into
 * threes, which breaks phone numbers. So tokens are made by tokenize.ts and
 * FlexSearch receives them space-separated and only splits them again.
 * tokenize "strict" stores each token as given.
 *
 * resolution is the number of tiers: the build's score function files each
 * program under the best tier its token occurs in, so the exported map holds,
 * for each token, the programs grouped by tier, best first.
 */
export function createFlexIndex(tierOf?: (position: number) => number) {
  return new Index({
    tokenize: "strict",
    resolution: TIER_COUNT,
    encode: (tokens: string) => tokens.split(" "),
    ...(tierOf ? { score: (_content: string[], _term: string, position: number) => tierOf(position) } : {}),
  });
}

export type FlexIndex = ReturnType<typeof createFlexIndex>;
