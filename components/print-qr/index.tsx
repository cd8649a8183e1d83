import QRCode from "qrcode";

/** The QR code as the qrcode package draws it: plain SVG paths, no inline style, so the CSP's style-src 'self' allows it. */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

/**
 * On paper a page loses its links, so a printout carries a QR code of the
 * page's public URL and the URL written out. Drawn at build time; nothing is
 * fetched. Hidden on screen, where the visitor is already on the page.
 */
export async function PrintQr({ url, className = "" }: { url: string; className?: string }) {
  const svg = await qrSvg(url);
  return (
    <figure className={`print-qr hidden items-center gap-4 print:flex ${className}`.trim()}>
      <span
        role="img"
        aria-label={`このページの QR コード（${url}）`}
        className="block size-[28mm] shrink-0 [&>svg]:size-full"
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <figcaption className="text-sm">
        このページ（最新の情報）
        <br />
        <span className="break-all">{url}</span>
      </figcaption>
    </figure>
  );
}
