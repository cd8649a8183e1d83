import type { Metadata, Viewport } from "next";
import { SiteFooter } from "@/components/site-footer";
import { HydrationMark } from "@/components/hydration-mark";
import { FuriganaToggle } from "@/components/furigana";
import { SiteFrame, SiteHtml } from "@/components/site-frame";
import { SiteHeader } from "@/components/site-header";
import { FEED_PATH, FEED_TITLE } from "@/lib/open-data/feed";
import { SITE_DESCRIPTION, SITE_NAME, SITE_TAGLINE, SITE_URL } from "@/lib/site/config";
import "./globals.css";

export const metadata: Metadata = {
  // Only a configured origin: without it Next would resolve canonical and Open Graph URLs against localhost.
  ...(SITE_URL ? { metadataBase: new URL(SITE_URL) } : {}),
  title: { default: `${SITE_NAME}｜${SITE_TAGLINE}`, template: `%s｜${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  applicationName: SITE_NAME,
  // Defaults for a page that sets none (e.g. the 404 page); pages set their own through pageMetadata().
  openGraph: { type: "website", siteName: SITE_NAME, locale: "ja_JP" },
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0031d8",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <SiteHtml>
      <body>
        {/* Not metadata.alternates: each page's own alternates (its canonical URL) would replace it. React moves this into <head>. */}
        <link rel="alternate" type="application/atom+xml" href={FEED_PATH} title={FEED_TITLE} />
        <SiteFrame
          header={
            <>
              <a href="#main" className="skip-link">
                本文へ移動
              </a>
              <SiteHeader tools={<FuriganaToggle />} />
            </>
          }
          footer={<SiteFooter />}
        >
          {children}
        </SiteFrame>
        <HydrationMark />
      </body>
    </SiteHtml>
  );
}
