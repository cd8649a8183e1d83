import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { hoursSchema } from "@/lib/content/hours";
import { resolveDesks } from "@/lib/content/resolve";
import { ContactTable } from ".";

describe("ContactTable", () => {
  const html = renderToStaticMarkup(
    <ContactTable
      slug="x"
      desks={resolveDesks({ contacts: [
        {
          role: "担当窓口",
          organization: "青森県商工労働部",
          department: "地域産業課",
          group: "創業支援グループ",
          tel: [{ number: "017-734-9374" }],
          fax: "017-734-8107",
        },
        {
          role: "申込先",
          organization: "(一社)青森県発明協会",
          tel: [{ number: "017-762-7351" }],
          note: "要予約",
          hours: hoursSchema.parse({ days: ["月", "火", "水", "木", "金"], open: "08:30", close: "17:15", closedOn: ["祝日", "年末年始"] }),
          email: "soudan@example.jp",
          form: "https://example.jp/form",
          confirmed: { date: "2026-12-01", method: "電話で確認" },
        },
      ] }, [])}
      source={{ document: "中小企業支援ガイドブック", fiscalYear: 2023 }}
      report={{ programTitle: "創業支援", pageUrl: "/programs/x", updated: "2026-11-24" }}
    />,
  );

  it("heads each row with the desk's full name", () => {
    expect(html).toContain('<th scope="row">青森県商工労働部 地域産業課 創業支援グループ</th>');
  });

  it("labels every cell for the narrow-screen card layout", () => {
    for (const label of ["電話", "FAX", "メール・フォーム", "受付時間", "備考"]) expect(html).toContain(`data-label="${label}"`);
  });

  it("says whom each number calls", () => {
    expect(html).toContain('aria-label="017-734-9374 地域産業課 創業支援グループに電話をかける"');
  });

  it("says where each desk's numbers come from: a last-confirmed date only where the contact records one, else the guidebook's edition", () => {
    expect(html.match(/最終確認: /g)).toHaveLength(1);
    expect(html).toContain("2026年12月1日（電話で確認）</time>");
    expect(html.match(/出典: 中小企業支援ガイドブック 令和5年度版/g)).toHaveLength(1);
  });

  it("offers beside a FAX number its FAX sheet, named for whom it is addressed to, and the e-mail address and form where a desk has them", () => {
    expect(html).toMatch(/017-734-8107<\/span> <a [^>]*href="\/programs\/x\/fax\/0177348107"[^>]*>FAX送付状<\/a>/);
    expect(html).toContain('aria-label="FAX送付状（地域産業課 創業支援グループあて）"');
    expect(html).toContain('href="mailto:soudan@example.jp"');
    expect(html).toMatch(/<a href="https:\/\/example\.jp\/form" rel="noopener noreferrer" aria-label="相談フォーム（\(一社\)青森県発明協会）（外部サイト）"/);
    // a desk without them says so in its cell
    expect(html.match(/<td data-label="メール・フォーム">—<\/td>/g)).toHaveLength(1);
  });

  it("shows role, hours, closures and notes", () => {
    expect(html).toContain("申込先");
    expect(html).toContain("平日 8:30～17:15（土日・祝日・年末年始は休業）");
    expect(html).toContain("要予約");
  });
});
