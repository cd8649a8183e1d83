import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { qrSvg } from "@/components/print-qr";
import { absoluteUrl } from "@/lib/site/config";
import { decodeQr, matrixFromQrcodeSvg } from "../e2e/qr-decode";
import { programs } from "../e2e/content";

/** The decoder the print test relies on, checked against symbols of every size and segment mode it claims to read. */
describe("decodeQr", () => {
  const samples = [
    "https://shien-navi.example.jp/",
    "HELLO WORLD 123",
    "20231124 0123456789",
    "https://example.jp/programs/food-business-consultation/calendar/1/2023-04-20.ics?a=1&b=2",
    "あおもり支援ナビ 017-734-9243",
    "x".repeat(200),
  ];
  for (const text of samples) {
    it(`reads back ${text.slice(0, 40)}`, async () => {
      for (const margin of [0, 2, 4]) {
        const svg = await QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin });
        expect(decodeQr(matrixFromQrcodeSvg(svg))).toBe(text);
      }
    });
  }

  it("sees the same modules the encoder placed", async () => {
    const text = absoluteUrl(`/programs/${programs[0].slug}`);
    const modules = QRCode.create(text, { errorCorrectionLevel: "M" }).modules;
    const matrix = matrixFromQrcodeSvg(await qrSvg(text));
    expect(matrix.length).toBe(modules.size);
    for (let r = 0; r < modules.size; r++) for (let c = 0; c < modules.size; c++) expect(matrix[r][c]).toBe(Boolean(modules.get(r, c)));
  });

  it("refuses a level it does not read", async () => {
    const svg = await QRCode.toString("https://example.jp/", { type: "svg", errorCorrectionLevel: "H" });
    expect(() => decodeQr(matrixFromQrcodeSvg(svg))).toThrow(/level M/);
  });
});

describe("qrSvg", () => {
  it("encodes every program page's public URL", async () => {
    for (const p of programs) {
      const url = absoluteUrl(`/programs/${p.slug}`);
      expect(decodeQr(matrixFromQrcodeSvg(await qrSvg(url)))).toBe(url);
    }
  });
});
