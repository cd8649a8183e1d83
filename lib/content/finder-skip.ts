/**
 * The address segment 「3つの質問で探す」 uses for a question left unanswered
 * (/finder/all/…). It shares the segment with need file names and municipality
 * ids, so content may not use it as either; the checks that refuse it say why.
 */
export const FINDER_SKIP = "all";
