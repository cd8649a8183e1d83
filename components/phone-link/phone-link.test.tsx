import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FaxNumber, PhoneLink } from ".";

describe("PhoneLink", () => {
  it("dials the digits and shows the extension in text and accessible name", () => {
    const html = renderToStaticMarkup(<PhoneLink phone={{ number: "0172-52-2111", extension: "641", whom: "黒石市商工課" }} />);
    expect(html).toContain('href="tel:0172522111"');
    expect(html).toContain("0172-52-2111（内線641）");
    expect(html).toContain('aria-label="0172-52-2111（内線641） 黒石市商工課に電話をかける"');
  });

  it("shows a note such as 直通 beside the link", () => {
    const html = renderToStaticMarkup(<PhoneLink phone={{ number: "017-734-9375", note: "直通", whom: "マーケティング支援グループ" }} />);
    expect(html).toMatch(/<\/a>.*（直通）/);
  });

  it("never links a fax number", () => {
    const html = renderToStaticMarkup(<FaxNumber number="017-734-8065" />);
    expect(html).toContain("017-734-8065");
    expect(html).not.toContain("<a");
  });
});
