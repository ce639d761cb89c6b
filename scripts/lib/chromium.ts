/**
 * Debian's Chromium driven by playwright-core, for the browser tests and the benchmark alike. No browser is
 * downloaded: CI installs Chromium with apt; CHROMIUM_PATH points elsewhere on other systems.
 */
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
