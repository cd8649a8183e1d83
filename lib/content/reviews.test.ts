import { describe, expect, it } from "vitest";
import { programs, settings } from "../../tests/support/content";
import { fiscalYearLabel } from "./edition";
import { REVIEW_METHOD_PHRASES } from "./review-methods";
import { confirmedByReview, dueForReview, editionProgress, freshest, freshnessOf, freshnessText, latestReview, reviewDueDate, reviewIn, type Review } from "./reviews";
import { departmentProblem } from "./schema/review";

const source = { document: "中小企業支援ガイドブック", fiscalYear: 2023 };
const review = (edition: number, date: string, method: Review["method"] = "電話"): Review => ({ edition, date, method, department: "商工労働部 商工政策課" });

describe("a program's reviews", () => {
  it("takes the latest date as the last review, and of two on one day the later written", () => {
    const a = review(2025, "2025-06-01");
    const b = review(2026, "2026-05-12");
    const c = review(2026, "2026-05-12", "ウェブ");
    expect(latestReview([b, a])).toBe(b);
    expect(latestReview([a, b, c])).toBe(c);
    expect(latestReview([])).toBeUndefined();
    expect(reviewIn([a, b], 2025)).toBe(a);
    expect(reviewIn([a], 2026)).toBeUndefined();
  });

  it("is due again on 1 April after the last review's edition, or after the guidebook's, unless the file says when", () => {
    expect(reviewDueDate({ reviews: [review(2026, "2026-05-12")], source })).toBe("2027-04-01");
    expect(reviewDueDate({ source })).toBe("2024-04-01");
    expect(reviewDueDate({ reviews: [review(2026, "2026-05-12")], nextReview: "2026-10-01", source })).toBe("2026-10-01");
  });

  it("says beside the number when it was checked, or calmly where its facts come from", () => {
    const reviewed = freshnessOf({ reviews: [review(2026, "2026-05-12")], source }, 2026);
    expect(freshnessText(reviewed)).toBe("令和8年度に確認（2026年5月12日、担当課に電話で確認）");
    const earlier = freshnessOf({ reviews: [review(2025, "2025-06-02")], source }, 2026);
    expect(earlier.state).toBe("earlier");
    expect(freshnessText(earlier)).toMatch(/^令和7年度に確認（2025年6月2日、担当課に電話で確認）。令和8年度の確認はまだのため、変わっている場合があります。電話でお確かめください$/);
    const never = freshnessOf({ source }, 2026);
    expect(freshnessText(never)).toBe("令和5年度の中小企業支援ガイドブックの情報です。変わっている場合があるため、電話でお確かめください");
    for (const m of Object.keys(REVIEW_METHOD_PHRASES) as Review["method"][]) {
      expect(freshnessText(freshnessOf({ reviews: [review(2026, "2026-05-12", m)], source }, 2026))).toContain(REVIEW_METHOD_PHRASES[m]);
    }
  });

  it("of desks several programs share, says the most recent check of this edition", () => {
    const never = freshnessOf({ source }, 2026);
    const old = freshnessOf({ reviews: [review(2025, "2026-03-01")], source }, 2026);
    const now = freshnessOf({ reviews: [review(2026, "2026-04-02")], source }, 2026);
    const later = freshnessOf({ reviews: [review(2026, "2026-06-02")], source }, 2026);
    expect(freshest([never, old, now, later])).toBe(later);
    expect(freshest([never, old])).toBe(old);
    expect(freshest([never])).toBe(never);
  });

  it("counts the edition's progress and lists what is due, longest overdue first", () => {
    const list = [
      { slug: "a", reviews: [review(2026, "2026-05-12")], reviewDue: "2027-04-01" },
      { slug: "b", reviews: [], reviewDue: "2024-04-01" },
      { slug: "c", reviews: [review(2025, "2025-05-12")], reviewDue: "2026-04-01" },
    ];
    expect(editionProgress(list, 2026)).toEqual({ edition: 2026, reviewed: 1, total: 3 });
    expect(dueForReview(list, "2026-03-31").map((p) => p.slug)).toEqual(["b"]);
    expect(dueForReview(list, "2027-04-01").map((p) => p.slug)).toEqual(["b", "c", "a"]);
  });

  it("in the real content: every program's line beside its number follows from its own records and the current edition", () => {
    for (const p of programs) {
      const own = reviewIn(p.reviews, settings.edition);
      expect(p.freshness.state, p.slug).toBe(own ? "reviewed" : p.review ? "earlier" : "unreviewed");
      if (!p.review) expect(freshnessText(p.freshness)).toContain(fiscalYearLabel(p.source.fiscalYear));
    }
  });
});

describe("a number's confirmation beside the review", () => {
  it("is the review's own check only in the current edition and on the same day", () => {
    const checked = { date: "2026-05-12" };
    const now = freshnessOf({ reviews: [review(2026, "2026-05-12")], source }, 2026);
    const before = freshnessOf({ reviews: [review(2025, "2026-05-12")], source }, 2026);
    expect(confirmedByReview(now, checked)).toBe(true);
    expect(confirmedByReview(now, { date: "2026-05-11" })).toBe(false);
    expect(confirmedByReview(now, undefined)).toBe(false);
    expect(confirmedByReview(before, checked)).toBe(false);
    expect(confirmedByReview(freshnessOf({ reviews: [], source }, 2026), checked)).toBe(false);
  });
});

describe("the department that checked", () => {
  it.each(["商工労働部 商工政策課", "環境政策課", "地域産業課 創業支援グループ", "２１あおもり産業総合支援センター", "青森県よろず支援拠点", "八戸商工会議所", "むつ市", "青森県発明協会"])("accepts a department: %s", (name) => {
    expect(departmentProblem(name)).toBeUndefined();
  });

  it.each(["山田太郎", "山田 太郎", "山田様", "商工政策課 山田さん", "佐藤氏", "地域産業課長", "阿部", "担当者", "Taro Yamada"])("refuses what names a person: %s", (name) => {
    expect(departmentProblem(name)).toMatch(/部署の名前/);
  });
});
