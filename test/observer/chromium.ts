// The one place that knows how the browser tests find and start Chromium:
// Debian's package, driven by playwright-core (which brings no browser of its
// own), so a machine without it skips these tests instead of failing them.

import * as fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export const NO_CHROMIUM = `no Chromium at ${CHROMIUM}: apt-get install chromium`;

// No sandbox and no GPU: tests run as root in containers without either. The
// rest keeps Chromium from reaching for the network, which the machine lacks.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string | null {
  return fs.existsSync(CHROMIUM) ? CHROMIUM : null;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (executablePath === null) throw new Error(NO_CHROMIUM);
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
