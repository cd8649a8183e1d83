import type { Metadata } from "next";

export const metadata: Metadata = {
  title: "比較用の最小ページ",
  description: "Lighthouse の比較用に、フレームワークだけで作った最小のページです。",
};

/** The control for `npm run lighthouse`: the framework with nothing of ours in it. */
export default function BaselineLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ja">
      <body>{children}</body>
    </html>
  );
}
