import { englishDesk } from "@/lib/content/english";
import type { NameBook } from "@/lib/content/name-book";
import type { Desk } from "@/lib/content/model";
import { phoneDigits } from "@/lib/phone/number";
import { englishCallName, englishPhoneText } from "@/lib/site/english";

/**
 * A program's desks on an English page: each desk's name in English with its
 * Japanese name beside it (what to say or show, since the desks answer in
 * Japanese), its numbers as one tap to call, its FAX, and its hours in
 * English. The numbers are the model's own: the same the Japanese pages show
 * and the phone audit checks.
 */
export function EnglishDesks({ desks, book, headingLevel = 3 }: { desks: Desk[]; book: NameBook; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="m-0 grid list-none gap-4 p-0">
      {desks.map((d) => {
        const desk = englishDesk(d, book);
        return (
          <li key={d.field}>
            <article className="rounded-lg border border-line p-4" data-desk={d.field}>
              {desk.role ? <p className="m-0 text-sm font-bold">{desk.role}</p> : null}
              <Heading className="m-0 text-lg leading-snug font-bold">{desk.shortName}</Heading>
              {desk.organization ? <p className="m-0">{desk.organization}</p> : null}
              <p className="m-0 text-ink-muted" lang="ja">
                {desk.name.ja}
              </p>
              <dl className="mt-2 grid grid-cols-[6rem_1fr] gap-x-3 gap-y-1">
                {desk.phones.length ? (
                  <>
                    <dt className="leading-11 font-bold">Phone</dt>
                    <dd className="m-0">
                      <ul className="m-0 list-none p-0">
                        {desk.phones.map((p) => (
                          <li key={`${p.number}#${p.extension ?? ""}`}>
                            <a
                              href={`tel:${phoneDigits(p.number)}`}
                              aria-label={englishCallName(p, p.whom)}
                              className="inline-flex min-h-11 items-center font-bold whitespace-nowrap tabular-nums"
                            >
                              {englishPhoneText(p)}
                            </a>
                            {p.label ? (
                              <span className="ml-2 text-sm">
                                {p.label.en} (<span lang="ja">{p.label.ja}</span>)
                              </span>
                            ) : null}
                            {p.note ? <span className="ml-2 text-sm text-ink-muted">{p.note}</span> : null}
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </>
                ) : null}
                <dt className="font-bold">FAX</dt>
                <dd className="m-0 tabular-nums">{desk.fax ?? "None given"}</dd>
                {desk.hours ? (
                  <>
                    <dt className="font-bold">Hours</dt>
                    <dd className="m-0">{desk.hours}</dd>
                  </>
                ) : null}
                {desk.location ? (
                  <>
                    <dt className="font-bold">Where</dt>
                    <dd className="m-0">
                      {desk.location.en} (<span lang="ja">{desk.location.ja}</span>)
                    </dd>
                  </>
                ) : null}
                {desk.municipality || desk.address ? (
                  <>
                    <dt className="font-bold">Address</dt>
                    <dd className="m-0">
                      {desk.municipality}
                      {desk.address ? (
                        <span className="block" lang="ja">
                          {desk.address}
                        </span>
                      ) : null}
                    </dd>
                  </>
                ) : null}
                {desk.note ? (
                  <>
                    <dt className="font-bold">Note</dt>
                    <dd className="m-0">{desk.note}</dd>
                  </>
                ) : null}
              </dl>
            </article>
          </li>
        );
      })}
    </ul>
  );
}

/** What a reader of the English pages must know before calling: the desks answer in Japanese, and what helps. */
export function JapaneseOnlyNote({ className = "" }: { className?: string }) {
  return (
    <div className={`rounded-lg border-2 border-warn bg-[#fffbe6] p-4 ${className}`.trim()}>
      <p className="m-0 font-bold">The desks answer in Japanese.</p>
      <p className="mt-2 mb-0">
        A Japanese-speaking colleague or friend can call with you; show them the desk&apos;s Japanese name given under its English name. You can also write to a
        desk by FAX. If you are deaf or hard of hearing, Japan&apos;s telephone relay service (<span lang="ja">電話リレーサービス</span>, in Japanese sign language
        and Japanese text) connects you to any of these numbers, and public offices accept relay calls.
      </p>
    </div>
  );
}
