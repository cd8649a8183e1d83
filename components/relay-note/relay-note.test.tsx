import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RELAY_SERVICE, RelayNote } from ".";

describe("RelayNote", () => {
  it("says in one line that a caller who cannot hear or speak reaches any number through the relay service, linking to its official explanation as an external site", () => {
    const out = renderToStaticMarkup(<RelayNote />);
    expect(out.match(/<p /g)).toHaveLength(1);
    expect(out).toContain(`<a href="${RELAY_SERVICE.url}" rel="noopener noreferrer">電話リレーサービス<span class="external-mark">（外部サイト）</span></a>`);
    expect(out).toContain("どの番号にも電話できます");
    expect(new URL(RELAY_SERVICE.url).protocol).toBe("https:");
  });
});
