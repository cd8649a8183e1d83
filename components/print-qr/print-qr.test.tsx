import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { decodeQr, matrixFromQrcodeSvg } from "../../tests/e2e/qr-decode";
import { PrintQr } from ".";

describe("PrintQr", () => {
  it("draws the URL's QR code inline, for print only, with the URL written beside it", async () => {
    const url = "https://shien-navi.example.jp/programs/yorozu";
    const html = renderToStaticMarkup(await PrintQr({ url }));
    expect(html).toMatch(/^<figure class="print-qr hidden [^"]*print:flex/);
    expect(html).not.toMatch(/style=|<img|https?:\/\/(?!www\.w3\.org|shien-navi)/);
    expect(decodeQr(matrixFromQrcodeSvg(/<svg[\s\S]*<\/svg>/.exec(html)![0]))).toBe(url);
    expect(html).toContain(`<span class="break-all">${url}</span>`);
  });
});
