"use client";

import { useEffect } from "react";

/**
 * Marks the page as hydrated (`<html data-hydrated>`) once React has attached
 * to the static HTML. Anything that must wait for the page's controls to work
 * (the browser tests, above all) waits for this instead of for a fixed time.
 * Rendered last in the body, so its effect runs after those of the page's own islands.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return null;
}
