import { InternalLink } from "@/components/internal-link";
import type { Program } from "@/lib/content/model";
import { easyPath, englishProgramPath } from "@/lib/site/paths";
import { EasyText } from "./easy-text";
import { EasyJapaneseToggle } from "./index";

/**
 * Under a program's summary: the same program in やさしい日本語 (shown in
 * place) and in English (its own page).
 */
export function ReadingAids({ program }: { program: Pick<Program, "slug" | "easy"> }) {
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2 print:hidden">
      <EasyJapaneseToggle href={easyPath(program.slug)}>
        <section aria-label="やさしい日本語" className="mt-1 rounded-lg border-2 border-brand-soft bg-surface p-4">
          <EasyText text={program.easy} />
          <p className="mt-3 mb-0 text-sm">
            <InternalLink href={easyPath(program.slug)}>ぜんぶの制度を、やさしい日本語で読む</InternalLink>
          </p>
        </section>
      </EasyJapaneseToggle>
      <InternalLink href={englishProgramPath(program.slug)} lang="en" hrefLang="en" className="inline-flex min-h-11 items-center px-2 font-bold">
        English
      </InternalLink>
    </div>
  );
}
