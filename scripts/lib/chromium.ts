import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, groupStopper, waitFor } from "./next-server";

export const CHROME_PATH = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Debian's Chromium, headless, with a throwaway profile and every background
 * service that would phone home switched off. Host names other than the
 * loopback address resolve to nothing, so a page that tried to load anything
 * from elsewhere would fail visibly instead of quietly reaching the network.
 */
export async function launchChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const port = await freePort("");
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lh-chromium-"));
  const child = spawn(
    CHROME_PATH,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      `--remote-debugging-port=${port}`,
      "--remote-debugging-address=127.0.0.1",
      `--user-data-dir=${profile}`,
      "--no-first-run",
      "--no-default-browser-check",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-default-apps",
      "--disable-domain-reliability",
      "--disable-client-side-phishing-detection",
      "--disable-sync",
      "--disable-extensions",
      "--metrics-recording-only",
      "--mute-audio",
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
      "about:blank",
    ],
    { stdio: ["ignore", "ignore", "ignore"], detached: true },
  );
  const stopGroup = groupStopper(child);
  const stop = async () => {
    await stopGroup();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  await waitFor(`http://127.0.0.1:${port}/json/version`, () => child.exitCode !== null).catch(async (e) => {
    await stop();
    throw new Error(`Chromium (${CHROME_PATH}) did not start: ${e instanceof Error ? e.message : e}`);
  });
  return { port, stop };
}
