"use client";

import { useSyncExternalStore } from "react";
import { Button } from "@/components/button";

const subscribe = () => () => {};
// The server cannot know whether the browser can print, so it renders no button: without JavaScript there is no dead one.
const canPrint = () => typeof window.print === "function";
const onServer = () => false;

/** Opens the browser's print dialog; the page says how to print without it, so nothing depends on this. */
export function PrintButton({ label }: { label: string }) {
  const can = useSyncExternalStore(subscribe, canPrint, onServer);
  return (
    // the row keeps the button's height from the first paint, so the page below does not jump when it appears
    <div className="flex min-h-11 items-center print:hidden">
      {can ? (
        <Button variant="primary" onClick={() => window.print()}>
          {label}
        </Button>
      ) : null}
    </div>
  );
}
