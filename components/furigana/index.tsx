"use client";

import { useEffect, useSyncExternalStore } from "react";
import { usePathname } from "next/navigation";
import { FURIGANA_KEY, furiganaPath, type FuriganaData } from "@/lib/furigana/data";
import { deviceSetting } from "@/lib/site/device-setting";
import { Furigana } from "./ruby";

const setting = deviceSetting(FURIGANA_KEY);
const neverChanges = () => () => {};

/** On <html> while furigana are shown: the style makes room for them, tests wait for it. */
export const FURIGANA_SHOWN = "furigana";

/**
 * 「ふりがな」: readings over the kanji of the page's main text, on and off,
 * remembered on this device. The readings are fetched only when they are
 * turned on (public/furigana/, written by the build from the page itself),
 * so a page carries nothing of them but this button. There is no button
 * without JavaScript, because without it there is nothing it could do; its
 * place is kept (invisible) so the header does not move when it appears.
 */
export function FuriganaToggle({ className = "" }: { className?: string }) {
  const hydrated = useSyncExternalStore(neverChanges, () => true, () => false);
  const on = useSyncExternalStore(setting.subscribe, setting.read, () => null) === "on";
  const pathname = usePathname();

  useEffect(() => {
    const main = document.getElementById("main");
    if (!on || !main) return;
    let furigana: Furigana | undefined;
    const controller = new AbortController();
    fetch(furiganaPath(pathname), { signal: controller.signal })
      .then((r) => (r.ok ? (r.json() as Promise<FuriganaData>) : { texts: {}, words: {} }))
      .then((data) => {
        furigana = new Furigana(main, data);
        furigana.on();
        document.documentElement.dataset[FURIGANA_SHOWN] = "on";
      })
      .catch(() => {
        // offline or left the page: the text stays as it is
      });
    return () => {
      controller.abort();
      furigana?.off();
      delete document.documentElement.dataset[FURIGANA_SHOWN];
    };
  }, [on, pathname]);

  const look = `inline-flex min-h-11 min-w-11 items-center rounded-md border-2 border-brand px-2 font-bold whitespace-nowrap ${className}`;
  // Its place is kept until the button can work, so nothing beside it moves when it appears.
  if (!hydrated) return <span aria-hidden="true" className={`invisible ${look}`}>ふりがな</span>;
  return (
    <button
      type="button"
      aria-pressed={on}
      onClick={() => setting.write(on ? null : "on")}
      className={`${look} cursor-pointer ${on ? "bg-brand text-white" : "bg-white text-brand hover:bg-brand-soft"}`}
    >
      ふりがな
    </button>
  );
}
