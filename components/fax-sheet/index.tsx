import type { ReactNode } from "react";
import { Provenance } from "@/components/provenance";
import type { Confirmation } from "@/lib/content/schema";
import { PrintButton } from "./print-button";
import "./fax-sheet.css";

export type FaxSheetProps = {
  /** The desk the sheet is addressed to, in full (the first desk of the program with this FAX). */
  to: string;
  fax: string;
  programTitle: string;
  /** Where the number comes from, said on the sheet as beside the number on the site. */
  source: { document: string; fiscalYear: number };
  confirmed?: Confirmation;
  /** The program page's public URL, printed when the build knows the site's origin. */
  programUrl?: string;
};

/** Lines ruled in the box for the consultation; the box shows as many as the page leaves room for. */
const RULES = 16;

/**
 * A FAX cover sheet to print and fill in by hand, for an owner who cannot
 * call: addressed at the top to the desk and its FAX number, with boxes for
 * who is writing, how to answer them and what they want to ask. The boxes
 * are blank space, not form fields: the sheet is written on with a pen after
 * printing, nothing typed here could be sent anywhere (the site sends
 * nothing), and empty inputs would print as browser-drawn controls. On screen
 * it is a page like any other: a list of the boxes, each named, and how to
 * print it, with or without JavaScript.
 */
export function FaxSheet({ to, fax, programTitle, source, confirmed, programUrl }: FaxSheetProps) {
  return (
    <article className="fax-sheet mt-2 grid gap-4 rounded-lg border-2 border-ink p-4 sm:p-6" data-fax-sheet={fax}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
        <h1 className="text-2xl font-bold sm:text-3xl">FAX送付状</h1>
        <p className="fax-sheet__sent m-0">
          <span className="inline-block">
            送信日<span className="inline-block w-16" />年<span className="inline-block w-8" />月<span className="inline-block w-8" />日
          </span>
          <span className="inline-block w-6" />
          <span className="inline-block">
            送信枚数（この用紙を含む）<span className="inline-block w-8" />枚
          </span>
        </p>
      </div>

      <div className="fax-sheet__screen rounded-md bg-surface p-3">
        <p>
          印刷して手で書き込み、<span className="whitespace-nowrap">FAX {fax}</span> へ送る用紙です。A4 の紙1枚に収まります。
          ブラウザーのメニューの「印刷」から印刷できます。
        </p>
        <PrintButton label="この送付状を印刷する" />
      </div>

      <dl className="fax-sheet__to m-0 grid gap-1 rounded-md border-2 border-ink p-3">
        <div>
          <dt className="text-sm font-bold">あて先</dt>
          <dd className="fax-sheet__name m-0 text-lg font-bold">{to}</dd>
        </div>
        <div>
          <dt className="text-sm font-bold">FAX番号</dt>
          <dd className="fax-sheet__number m-0 text-3xl font-bold tabular-nums">{fax}</dd>
        </div>
        <div>
          <dt className="text-sm font-bold">相談したい制度</dt>
          <dd className="m-0">{programTitle}</dd>
        </div>
      </dl>

      <ul className="fax-sheet__boxes m-0 grid list-none gap-3 p-0 sm:grid-cols-[3fr_2fr]" aria-label="手で書き込む欄">
        <Box label="事業者名" className="fax-sheet__line">
          <span aria-hidden="true" className="fax-sheet__blank block h-10" />
        </Box>
        <Box label="担当者" className="fax-sheet__line">
          <span aria-hidden="true" className="fax-sheet__blank block h-10" />
        </Box>
        <Box label="返信先（FAX またはメール）" className="sm:col-span-2">
          <span className="fax-sheet__reply-line flex h-10 items-end border-b border-dotted border-ink">FAX</span>
          <span className="fax-sheet__reply-line flex h-10 items-end border-b border-dotted border-ink">メール</span>
        </Box>
        <Box label="相談したいこと" className="fax-sheet__grow sm:col-span-2">
          <span aria-hidden="true" className="block">
            {Array.from({ length: RULES }, (_, i) => (
              <span key={i} className="fax-sheet__rule block h-9 border-b border-dotted border-ink" />
            ))}
          </span>
        </Box>
      </ul>

      <p className="fax-sheet__note m-0">
        書き方: 「相談したいこと」には、何に困っているか、いつまでにどうしたいかを書いてください。 電話での返事が難しいときは、そのことと、返事の受け取り方（FAX
        かメール）を書いてください。
      </p>
      <footer className="fax-sheet__footer text-sm text-ink-muted">
        <Provenance confirmed={confirmed} source={source} className="inline" />
        <span className="block">あおもり支援ナビの「{programTitle}」のページから作成{programUrl ? `（${programUrl}）` : ""}</span>
      </footer>
    </article>
  );
}

/** A box to write in by hand: its name, and blank space (nothing for a screen reader to read but the name and what to write where). */
function Box({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <li className={`fax-sheet__box rounded-md border-2 border-ink p-2 ${className}`.trim()}>
      <span className="fax-sheet__label block font-bold">{label}</span>
      {children}
    </li>
  );
}
