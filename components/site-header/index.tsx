import { InternalLink } from "@/components/internal-link";
import { SearchBox } from "@/components/search-box";
import { searchDesk } from "@/lib/search/desk";
import { searchIndexInfo } from "@/lib/search/location";
import { SITE_NAME } from "@/lib/site/config";

const NAV = [
  { href: "/needs", label: "困りごとから探す" },
  { href: "/phone-book", label: "電話帳" },
  { href: "/programs", label: "制度の一覧" },
  { href: "/flow", label: "相談の流れ" },
  { href: "/about", label: "このサイトについて" },
];

export function SiteHeader({ children }: { children?: React.ReactNode }) {
  return (
    <header className="border-b-4 border-brand bg-white">
      <div className="mx-auto max-w-5xl px-4 pt-3 pb-2">
        <p className="m-0">
          <InternalLink href="/" className="inline-flex min-h-11 items-center text-xl font-bold text-ink no-underline">
            {SITE_NAME}
          </InternalLink>
        </p>
        <SearchBox info={searchIndexInfo()} desk={searchDesk()} />
        {children}
        <nav aria-label="メインメニュー">
          <ul className="m-0 flex list-none flex-wrap gap-x-4 p-0 text-sm sm:text-base">
            {NAV.map((n) => (
              <li key={n.href}>
                <InternalLink href={n.href} className="inline-flex min-h-11 items-center">
                  {n.label}
                </InternalLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
