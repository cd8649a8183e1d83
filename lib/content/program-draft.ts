import { japanToday } from "./schedule-status";
import type { CONFIRMATION_METHODS, ProgramInput } from "./schema";

/** What a person starting a program gives (`npm run new-program`), each value as typed. */
export type ProgramDraft = {
  title: string;
  summary: string;
  easy: string;
  enTitle: string;
  enSummary: string;
  categories: string[];
  businessTypes?: string[];
  organization: string;
  department?: string;
  group?: string;
  /** the desk's number to call */
  phone: string;
  /** the desk's FAX number */
  faxNumber?: string;
  confirmed?: { date?: string; method?: string; note?: string };
  fiscalYear: number;
  number: number;
};

/**
 * The front matter of a new program with one desk, from the values given and
 * nothing else: a placeholder that happens to be valid (a phone number above
 * all) would be the worst thing to write. Validation decides whether it stands.
 */
export function programFromDraft(draft: ProgramDraft, today = new Date()): ProgramInput {
  const { confirmed } = draft;
  return {
    title: draft.title,
    summary: draft.summary,
    easy: draft.easy,
    en: { title: draft.enTitle, summary: draft.enSummary },
    categories: draft.categories,
    ...(draft.businessTypes ? { businessTypes: draft.businessTypes as ProgramInput["businessTypes"] } : {}),
    contacts: [
      {
        role: "担当窓口",
        organization: draft.organization,
        ...(draft.department ? { department: draft.department } : {}),
        ...(draft.group ? { group: draft.group } : {}),
        tel: [{ number: draft.phone }],
        ...(draft.faxNumber ? { fax: draft.faxNumber } : {}),
        ...(confirmed && (confirmed.date || confirmed.method)
          ? {
              confirmed: {
                date: confirmed.date ?? "",
                method: (confirmed.method ?? "") as (typeof CONFIRMATION_METHODS)[number],
                ...(confirmed.note ? { note: confirmed.note } : {}),
              },
            }
          : {}),
      },
    ],
    updated: japanToday(today),
    source: { document: "中小企業支援ガイドブック", section: "Ⅲ 情報提供・相談・専門家派遣等", fiscalYear: draft.fiscalYear, number: draft.number },
  };
}
