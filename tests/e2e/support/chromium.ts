import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

// Debian's Chromium; IW_CHROMIUM_PATH points elsewhere (another distribution, a local build).
export const CHROMIUM_PATH = process.env.IW_CHROMIUM_PATH || '/usr/bin/chromium';
export const NO_CHROMIUM_MESSAGE = `skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`;

/**
 * Whether the browser tests can run. On CI a missing browser is a failure (the tests would silently
 * vanish otherwise); on a developer machine they are skipped with a message saying how to enable them.
 */
export function chromiumAvailability(): { run: true } | { run: false; reason: string } {
  if (existsSync(CHROMIUM_PATH)) return { run: true };
  if (process.env.CI) throw new Error(`e2e: Chromium is required on CI but ${CHROMIUM_PATH} does not exist (apt-get install chromium)`);
  return { run: false, reason: NO_CHROMIUM_MESSAGE };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}
