import * as fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

// Debian's chromium driven by playwright-core (Playwright's own browser download cannot
// work offline). The flags keep it from calling home: on a closed network those calls
// fail by the dozen and slow everything down.

export const CHROMIUM_FLAGS = [
  '--no-sandbox', // root in CI
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string {
  const path = process.env.NEWS_ANNOTATOR_CHROMIUM ?? '/usr/bin/chromium';
  if (!fs.existsSync(path)) {
    throw new Error(`no Chromium at ${path}: run scripts/vscode/setup-code-server.sh (installs Debian's chromium) or set NEWS_ANNOTATOR_CHROMIUM`);
  }
  return path;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
}
