// Debian's Chromium driven by playwright-core (which downloads no browser of its own).
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM } from './tools';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', // CI runs as root
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A page of a size that fits the workbench, the explorer views and a readable editor. */
export async function newPage(browser: Browser): Promise<Page> {
  // clipboard permissions: the Entities view's «Copy name» is checked by reading the clipboard back
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1, locale: 'en-US', permissions: ['clipboard-read', 'clipboard-write'] });
  return context.newPage();
}
