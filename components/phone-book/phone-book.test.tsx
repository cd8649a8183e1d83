// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { LocalContextProvider, setChosenMunicipality } from "@/components/local-context";
import { buildPhoneBook } from "@/lib/phone-book/entries";
import { phoneBookLayout } from "@/lib/phone-book/groups";
import { callNumbers, officeDesks } from "@/lib/content/model";
import { areas, digits, needs, programs } from "../../tests/support/content";
import { PhoneBook } from ".";

const entries = buildPhoneBook(programs);
const layout = phoneBookLayout(entries, needs, areas);

function renderBook() {
  const view = render(
    <LocalContextProvider holidays={[]} municipalities={areas.municipalities}>
      <PhoneBook entries={entries} layout={layout} regions={areas.regions} />
    </LocalContextProvider>,
  );
  const box = screen.getByLabelText("名前・地名・制度名・番号で絞り込む");
  const cards = () => [...view.container.querySelectorAll<HTMLElement>("[data-phone-book-entry]")];
  const shownIds = () => [...new Set(cards().map((e) => e.dataset.phoneBookEntry))];
  const type = async (text: string) => {
    await act(async () => {
      fireEvent.change(box, { target: { value: text } });
    });
  };
  return { ...view, cards, shownIds, type };
}

const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const count = (n: number) => screen.getByText(`${n}件の窓口を表示しています`);

/** An office with a number in a municipality, of a program that also has a desk elsewhere: the local number a caller there wants. */
const office = programs.flatMap((p) => officeDesks(p).filter((o) => callNumbers(o).length && o.municipality).map((o) => ({ p, o })))[0];
const officeNumber = callNumbers(office.o)[0].number;
const town = office.o.municipality!;

afterEach(async () => {
  await act(async () => setChosenMunicipality(null));
  cleanup();
});

describe("PhoneBook in the browser", () => {
  it("shows every entry, by need and by area, until something is typed", () => {
    const { shownIds } = renderBook();
    expect(shownIds().sort()).toEqual(entries.map((e) => e.id).sort());
    expect(count(entries.length)).toBeTruthy();
    const sections = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(sections).toEqual(["困りごと別の窓口", "地域別の事務所・会場"]);
    for (const g of [...layout.byNeed, ...layout.byArea]) expect(screen.getAllByRole("heading", { level: 3, name: g.title }).length).toBeGreaterThan(0);
    // the contents lead to each group
    const contents = screen.getByRole("navigation", { name: "電話帳の目次" });
    for (const g of layout.byNeed) expect(within(contents).getByRole("link", { name: g.title }).getAttribute("href")).toBe(`#${g.id}`);
  });

  for (const typed of [officeNumber.replace(/-/g, " "), fullWidth(digits(officeNumber)), officeNumber, digits(officeNumber).slice(-4)]) {
    it(`finds ${officeNumber} typed as 「${typed}」, and nothing without those digits`, async () => {
      const { cards, shownIds, type } = renderBook();
      await type(typed);
      const texts = cards().map((c) => c.textContent ?? "");
      expect(texts.length).toBeGreaterThan(0);
      expect(texts.some((t) => t.includes(officeNumber))).toBe(true);
      for (const text of texts) expect(text.replace(/\D/g, "")).toContain(digits(officeNumber).slice(-4));
      expect(count(shownIds().length)).toBeTruthy();
      // typing hides the contents, so the results come right under the box
      expect(screen.queryByRole("navigation", { name: "電話帳の目次" })).toBeNull();
    });
  }

  it("with a municipality chosen, lists its region's offices first, its own office first of all, and beside the desks of each need", async () => {
    const { cards } = renderBook();
    await act(async () => setChosenMunicipality(town.name));
    const sections = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(sections[0]).toBe("地域別の事務所・会場");
    expect(screen.getAllByRole("heading", { level: 3 })[0].textContent).toBe(areas.regions.find((r) => r.id === town.region)!.name);
    const first = cards()[0];
    expect(first.textContent).toContain(town.name);
    expect(first.textContent).toContain("お選びの市町村");
    // under each of the program's needs, the local office comes before the desks
    for (const need of office.p.needs) {
      const group = screen.getByRole("heading", { level: 3, name: need.label }).closest("section")!;
      expect(group.querySelector("[data-phone-book-entry]")!.textContent).toContain(town.name);
    }
  });

  it("says so when nothing matches, and points to the needs", async () => {
    const { cards, type } = renderBook();
    await type("存在しない窓口の名前");
    expect(cards()).toEqual([]);
    expect(screen.getByText(/当てはまる窓口はありません/)).toBeTruthy();
    expect(count(0)).toBeTruthy();
    expect(screen.getByRole("link", { name: "困りごとから探す" }).getAttribute("href")).toBe("/needs");
  });
});
