// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { LocalContextProvider } from "@/components/local-context";
import { buildPhoneBook } from "@/lib/phone-book/entries";
import { areas, digits, programs } from "../../tests/e2e/content";
import { PhoneBook } from ".";

const groups = buildPhoneBook(programs);
const entries = groups.flatMap((g) => g.entries);

function renderBook() {
  const view = render(
    <LocalContextProvider holidays={[]} municipalities={areas.municipalities}>
      <PhoneBook groups={groups} />
    </LocalContextProvider>,
  );
  const box = screen.getByLabelText("名前・地名・制度名・番号で絞り込む");
  const shown = () => [...view.container.querySelectorAll("[data-phone-book-entry]")].map((e) => e.textContent ?? "");
  const type = async (text: string) => {
    await act(async () => {
      fireEvent.change(box, { target: { value: text } });
    });
  };
  return { ...view, shown, type };
}

const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

afterEach(cleanup);

describe("PhoneBook in the browser", () => {
  it("shows every entry until something is typed", () => {
    const { shown } = renderBook();
    expect(shown()).toHaveLength(entries.length);
    expect(screen.getByText(`${entries.length}件の窓口を表示しています`)).toBeTruthy();
  });

  // the general desk's number, in the forms a visitor might type it
  const target = programs.find((p) => p.title.includes("よろず"))!.contacts[0].tel[0].number;
  const holding = entries.filter((e) => [...e.tel.map((t) => t.number), e.fax ?? ""].some((n) => digits(n).includes(digits(target).slice(-4))));
  for (const typed of [target, digits(target), target.slice(-4), fullWidth(target)]) {
    it(`finds ${target} typed as ${typed}, and nothing without those digits`, async () => {
      const { shown, type } = renderBook();
      await type(typed);
      const texts = shown();
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) expect(text.replace(/\D/g, "")).toContain(digits(target).slice(-4));
      if (typed === target.slice(-4)) expect(texts).toHaveLength(holding.length);
      expect(screen.getByText(`${texts.length}件の窓口を表示しています`)).toBeTruthy();
    });
  }

  it("filters by a place an office is in", async () => {
    const place = programs.flatMap((p) => p.offices ?? []).find((o) => o.municipality && o.tel)!.municipality!;
    const { shown, type } = renderBook();
    await type(place);
    const texts = shown();
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.length).toBeLessThan(entries.length);
    for (const text of texts) expect(text).toContain(place.replace(/[市町村]$/, ""));
  });

  it("says so when nothing matches, and points to the needs", async () => {
    const { shown, type } = renderBook();
    await type("存在しない窓口の名前");
    expect(shown()).toEqual([]);
    expect(screen.getByText(/当てはまる窓口はありません/)).toBeTruthy();
    expect(screen.getByText("0件の窓口を表示しています")).toBeTruthy();
    expect(screen.getByRole("link", { name: "困りごとから探す" }).getAttribute("href")).toBe("/needs");
  });
});
