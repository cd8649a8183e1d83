// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { programUrl } from "@/lib/site/paths";
import { programs } from "../../tests/support/content";
import { ShareButton } from ".";

const program = programs[0];
/** The page's address as the build knows it: a path when no origin is configured, so the browser's own address is shared. */
const url = programUrl(program.slug);
const shared = () => new URL(url, window.location.href).href;

/** Gives the browser a share sheet and a clipboard (or takes them away) for one test. */
function browserHas({ share, clipboard }: { share?: (d: ShareData) => Promise<void>; clipboard?: (t: string) => Promise<void> }) {
  Object.defineProperty(navigator, "share", { configurable: true, value: share });
  Object.defineProperty(navigator, "clipboard", { configurable: true, value: clipboard ? { writeText: clipboard } : undefined });
}

async function click(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
}

const status = () => screen.getByRole("status").textContent;

afterEach(() => {
  cleanup();
  browserHas({});
});

describe("ShareButton in the browser", () => {
  it("opens the phone's share sheet with the page's title and public URL, and says nothing itself", async () => {
    const share = vi.fn(async () => {});
    browserHas({ share, clipboard: vi.fn(async () => {}) });
    render(<ShareButton url={url} title={program.title} />);
    await click("このページを共有");
    expect(share).toHaveBeenCalledWith({ title: program.title, url: shared() });
    expect(status()).toBe("");
  });

  // AbortError is the visitor closing the sheet: nothing to add. Any other failure falls back to copying.
  for (const { error, copies, says } of [
    { error: "AbortError", copies: false, says: "" },
    { error: "NotAllowedError", copies: true, says: "このページの URL をコピーしました" },
  ]) {
    it(`when sharing ends in ${error}, ${copies ? "copies the URL and says so" : "does and says nothing more"}`, async () => {
      const clipboard = vi.fn(async () => {});
      browserHas({ share: vi.fn(async () => Promise.reject(new DOMException(error, error))), clipboard });
      render(<ShareButton url={url} title={program.title} />);
      await click("このページを共有");
      expect(clipboard.mock.calls).toEqual(copies ? [[shared()]] : []);
      expect(status()).toBe(says);
    });
  }

  it("copies the URL, and says so in its live region, where there is no share sheet", async () => {
    const clipboard = vi.fn(async () => {});
    browserHas({ clipboard });
    render(<ShareButton url={url} title={program.title} />);
    await click("このページの URL をコピー");
    expect(clipboard).toHaveBeenCalledWith(shared());
    expect(status()).toBe("このページの URL をコピーしました");
  });

  it("shares a configured public URL as it is, whatever address the page is read at", async () => {
    const share = vi.fn(async () => {});
    browserHas({ share });
    render(<ShareButton url="https://navi.test/programs/x" title={program.title} />);
    await click("このページを共有");
    expect(share).toHaveBeenCalledWith({ title: program.title, url: "https://navi.test/programs/x" });
  });

  it("tells the visitor where to find the URL when copying is refused", async () => {
    browserHas({ clipboard: vi.fn(async () => Promise.reject(new Error("denied"))) });
    render(<ShareButton url={url} title={program.title} />);
    await click("このページの URL をコピー");
    expect(status()).toBe("コピーできませんでした。アドレスバーの URL をお使いください");
  });

  it("shows no button when the browser can neither share nor copy", () => {
    browserHas({});
    render(<ShareButton url={url} title={program.title} />);
    expect(screen.queryByRole("button")).toBeNull();
  });
});
