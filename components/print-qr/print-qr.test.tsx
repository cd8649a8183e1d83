import jsQR from "jsqr";
import { PNG } from "pngjs";
import QRCode from "qrcode";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { urlOn } from "@/lib/site/config";
import { programPath } from "@/lib/site/paths";
import { programs } from "../../tests/support/content";
import { PrintQr, qrSvg } from ".";

/** A program's public URL as a configured build has it (the page prints no code without one). */
const programUrl = (slug: string) => urlOn("https://navi.test", programPath(slug))!;

describe("PrintQr", () => {
  it("draws the encoder's symbol of exactly the URL it is given, inline, for print only, with the URL written beside it", async () => {
    const url = programUrl(programs[0].slug);
    const html = renderToStaticMarkup(await PrintQr({ url }));
    expect(html).toMatch(/^<figure class="print-qr hidden [^"]*print:flex/);
    expect(html).not.toMatch(/style=|<img|https?:\/\/(?!www\.w3\.org|navi\.test)/);
    expect(html).toContain(await qrSvg(url));
    expect(html).toContain(`<span class="break-all">${url}</span>`);
  });

  // What a phone reads from the same symbol (same data, same error correction) drawn as pixels; the printed page itself is read in templates.spec.ts.
  it("gives every program page's URL a symbol that a QR reader (jsQR) reads back", async () => {
    for (const p of programs) {
      const url = programUrl(p.slug);
      const png = PNG.sync.read(await QRCode.toBuffer(url, { errorCorrectionLevel: "M", margin: 4, scale: 4 }));
      expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data, p.slug).toBe(url);
    }
  });
});
