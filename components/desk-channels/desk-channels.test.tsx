import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { resolveDesks } from "@/lib/content/resolve";
import { channelsOf, DeskChannels } from ".";

const html = (desk: Parameters<typeof DeskChannels>[0]["desk"]) => renderToStaticMarkup(<DeskChannels slug="startup" desk={desk} whom="創業支援グループ" />);

describe("DeskChannels", () => {
  it("shows the FAX number, never as a link to call, with the FAX sheet of that number for the program, named for whom it is addressed to", () => {
    const out = html({ fax: "017-734-8107" });
    expect(out).toContain("017-734-8107");
    expect(out).not.toContain("tel:");
    expect(out).toMatch(/<a [^>]*href="\/programs\/startup\/fax\/0177348107"[^>]*>FAX送付状<\/a>/);
    expect(out).toContain('aria-label="FAX送付状（創業支援グループあて）"');
  });

  it("offers the e-mail address as a mailto: link and the form as an external link, each only where content has it", () => {
    const out = html({ email: "soudan@example.jp", form: "https://example.jp/form" });
    expect(out).toContain('href="mailto:soudan@example.jp"');
    expect(out).toContain("メール soudan@example.jp");
    expect(out).toMatch(/<a href="https:\/\/example\.jp\/form" rel="noopener noreferrer" aria-label="相談フォーム（創業支援グループ）（外部サイト）"[^>]*>相談フォーム<\/a>/);
    expect(out).not.toContain("FAX");
    expect(html({ fax: "017-734-8107" })).not.toMatch(/mailto:|外部サイト/);
  });

  it("is nothing at all for a desk with no other way in", () => {
    expect(html({})).toBe("");
  });

  it("reads a desk of the model", () => {
    const [desk] = resolveDesks({ contacts: [{ role: "担当窓口", organization: "課", tel: [{ number: "017-734-9243" }], fax: "017-734-8065", form: "https://example.jp/f" }] }, []);
    expect(channelsOf(desk)).toEqual({ fax: "017-734-8065", email: undefined, form: "https://example.jp/f" });
  });
});
