"use client";

import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/button";

type Mode = "share" | "copy" | "none";

const subscribe = () => () => {};
const detect = (): Mode =>
  typeof navigator.share === "function" ? "share" : typeof navigator.clipboard?.writeText === "function" ? "copy" : "none";
// The server cannot know what the visitor's browser offers, so it renders no button and JS-off visitors see no dead one.
const onServer = (): Mode => "none";

/**
 * Shares the page with the phone's own share sheet, or copies its URL where
 * there is none. `url` is the page's public URL, or its path when the build
 * has no configured origin: then the address it is being read at is shared.
 */
export function ShareButton({ url: given, title, className = "" }: { url: string; title: string; className?: string }) {
  const mode = useSyncExternalStore(subscribe, detect, onServer);
  const [status, setStatus] = useState("");

  const url = () => new URL(given, window.location.href).href;

  async function copy() {
    try {
      await navigator.clipboard.writeText(url());
      setStatus("このページの URL をコピーしました");
    } catch {
      setStatus("コピーできませんでした。アドレスバーの URL をお使いください");
    }
  }

  async function onClick() {
    setStatus("");
    if (mode === "copy") return copy();
    try {
      await navigator.share({ title, url: url() });
    } catch (e) {
      // AbortError means the visitor closed the share sheet: nothing to say.
      if ((e as Error).name !== "AbortError" && typeof navigator.clipboard?.writeText === "function") await copy();
    }
  }

  return (
    // The row keeps the button's height from the first paint, so the page below does not jump when it appears.
    <div className={`flex min-h-11 flex-wrap items-center gap-x-3 print:hidden ${className}`.trim()}>
      {mode !== "none" && (
        <Button variant="outline" onClick={onClick}>
          {mode === "share" ? "このページを共有" : "このページの URL をコピー"}
        </Button>
      )}
      <p role="status" className="m-0 text-sm">
        {status}
      </p>
    </div>
  );
}
