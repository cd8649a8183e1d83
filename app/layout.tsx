import type { Metadata, Viewport } from "next";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SITE_NAME, SITE_TAGLINE, SITE_URL } from "@/lib/site/config";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: `${SITE_NAME}｜${SITE_TAGLINE}`, template: `%s｜${SITE_NAME}` },
  description:
    "青森県の中小企業・小規模事業者向けの相談窓口、専門家派遣、情報提供の制度を、事業承継・省エネ・創業などの困りごとから探せます。担当窓口の電話番号にそのまま電話できます。",
  applicationName: SITE_NAME,
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0031d8",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ja">
      <body>
        <a href="#main" className="skip-link">
          本文へ移動
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-6 outline-none sm:py-8">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
