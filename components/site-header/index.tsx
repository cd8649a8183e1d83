import { InternalLink } from "@/components/internal-link";
import { LinkList } from "@/components/link-list";
import { SearchBox } from "@/components/search-box";
import { SiteMenu, type MenuItem } from "@/components/site-menu";
import { searchDesk } from "@/lib/search/desk";
import { searchIndexInfo } from "@/lib/search/location";
import { SITE_NAME } from "@/lib/site/config";

export const NAV: MenuItem[] = [
  { href: "/needs", label: "困りごとから探す" },
  { href: "/phone-book", label: "電話帳" },
  { href: "/programs", label: "制度の一覧" },
  { href: "/flow", label: "相談の流れ" },
  { href: "/about", label: "このサイトについて" },
];

/**
 * The top of every page. On a phone it is two rows and at most 120 px: the
 * site's name with the menu button, then the search box with the page's tools (furigana) beside it, so the page's own
 * content starts in the first screen. From the md width the navigation is a
 * horizontal list under the search box instead of the menu.
 */
export function SiteHeader({ children, tools }: { children?: React.ReactNode; tools?: React.ReactNode }) {
  return (
    <header className="relative border-b-4 border-brand bg-white">
      <div className="mx-auto max-w-5xl px-4 pt-1 md:pt-3 md:pb-1">
        <div className="flex items-center justify-between gap-3">
          <p className="m-0">
            <InternalLink href="/" className="inline-flex min-h-11 items-center text-lg font-bold text-ink no-underline md:text-xl">
              {SITE_NAME}
            </InternalLink>
          </p>
          <SiteMenu items={NAV} />
        </div>
        <div className="flex items-start gap-2">
          <div className="min-w-0 flex-1">
            <SearchBox info={searchIndexInfo()} desk={searchDesk()} />
          </div>
          {tools ? <div className="mt-1 shrink-0">{tools}</div> : null}
        </div>
        {children}
        <nav aria-label="メインメニュー" className="hidden md:block">
          <LinkList links={NAV} className="flex flex-wrap gap-x-4" />
        </nav>
      </div>
    </header>
  );
}
