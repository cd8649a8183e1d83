// @vitest-environment happy-dom
import { act, cleanup, render } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import type { FuriganaData } from "@/lib/furigana/data";
import { Furigana, rubiesOf } from "./ruby";

/** Flushes the MutationObserver's records (a microtask). */
const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 0)));

const data: FuriganaData = {
  texts: { "事業承継の相談": [[0, 2, "じぎょう"], [2, 4, "しょうけい"], [5, 7, "そうだん"]] },
  words: { 事業: "じぎょう", 承継: "しょうけい", 相談: "そうだん", 窓口: "まどぐち", 八戸市: "はちのへし" },
};

/** What a reader sees: base text with its readings in 【】; and what a screen reader gets: the text, each word once, no reading. */
function seen(el: Element): { shown: string; spoken: string } {
  const shown = [...el.childNodes].map(function walk(n: Node): string {
    if (n instanceof HTMLElement && n.tagName === "RT") return `【${n.textContent}】`;
    if (n instanceof HTMLElement && n.classList.contains("sr-only")) return "";
    return n instanceof Text ? n.data : [...n.childNodes].map(walk).join("");
  });
  const spoken = [...el.childNodes].map(function walk(n: Node): string {
    if (n instanceof HTMLElement && n.getAttribute("aria-hidden") === "true") return "";
    return n instanceof Text ? n.data : [...n.childNodes].map(walk).join("");
  });
  return { shown: shown.join(""), spoken: spoken.join("") };
}

afterEach(cleanup);

describe("furigana over a page's main text", () => {
  it("puts each run of kanji in ruby, reads it as the build read it in context, and hides the readings from screen readers", () => {
    const main = document.createElement("main");
    main.innerHTML = "<p>事業承継の相談</p><select><option>八戸市</option></select>";
    const f = new Furigana(main, data);
    f.on();
    expect(seen(main.querySelector("p")!)).toEqual({ shown: "事業【じぎょう】承継【しょうけい】の相談【そうだん】", spoken: "事業承継の相談" });
    expect(main.querySelector("option")!.textContent, "an option cannot hold ruby").toBe("八戸市");
    f.off();
    expect(main.innerHTML).toBe("<p>事業承継の相談</p><select><option>八戸市</option></select>");
  });

  it("reads a text the build never saw (an island's) run by run from the page's words, longest first", () => {
    expect(rubiesOf("八戸市の窓口に相談", data)).toEqual([
      [0, 3, "はちのへし"],
      [4, 6, "まどぐち"],
      [7, 9, "そうだん"],
    ]);
  });

  it("follows React: a text it updates, adds or removes gets its ruby again, and no text is ever shown twice", async () => {
    let setLabel: (s: string) => void = () => {};
    let setShown: (b: boolean) => void = () => {};
    function Island() {
      const [label, set] = useState("事業承継の相談");
      const [extra, show] = useState(true);
      setLabel = set;
      setShown = show;
      return (
        <div>
          {label}
          {extra ? <b>窓口</b> : null}
          <i>相談</i>
        </div>
      );
    }
    const { container } = render(<Island />);
    const f = new Furigana(container, data);
    f.on();
    expect(seen(container).shown).toBe("事業【じぎょう】承継【しょうけい】の相談【そうだん】窓口【まどぐち】相談【そうだん】");
    act(() => setLabel("八戸市の窓口"));
    await settle();
    expect(seen(container).shown).toBe("八戸市【はちのへし】の窓口【まどぐち】窓口【まどぐち】相談【そうだん】");
    act(() => setShown(false));
    await settle();
    expect(seen(container).shown).toBe("八戸市【はちのへし】の窓口【まどぐち】相談【そうだん】");
    act(() => setShown(true));
    await settle();
    expect(seen(container).shown).toBe("八戸市【はちのへし】の窓口【まどぐち】窓口【まどぐち】相談【そうだん】");
    expect(seen(container).spoken).toBe("八戸市の窓口窓口相談");
    f.off();
    expect(container.textContent).toBe("八戸市の窓口窓口相談");
  });
});
