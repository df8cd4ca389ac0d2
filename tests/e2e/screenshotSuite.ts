// Suite 2: what a person sees. Debian Chromium, driven by Playwright, opens code-server (with the packaged .vsix)
// on the seed article and takes the screenshots shown in the README: squiggles, the Problems view, the quick-fix
// menu, the Entities view, the Outline. Each step waits for what it shows to be on screen, then checks its content.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, newPage } from './lib/browser';
import { CodeServer, makeWorkspace } from './lib/codeServer';
import { Checks, type SuiteResult } from './lib/suite';
import { FIXTURES, ROOT, RUN_DIR, SEED } from './lib/tools';

const DOCS = path.join(ROOT, 'docs');
const UI_MS = 60_000;

async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: UI_MS });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: UI_MS });
  await page.keyboard.press('Enter');
  await page.locator(`.tab[aria-label*="${name}"]`).first().waitFor({ timeout: UI_MS });
}

/** Moves the cursor to a 1-based line and column with Go to Line (":line:column"). */
async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: UI_MS });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: UI_MS });
}

/** Expands (or collapses) a view pane of the side bar by clicking its header. */
async function setPane(page: Page, title: string, expanded: boolean): Promise<Locator> {
  const header = page.locator('.pane-header', { hasText: title }).first();
  await header.waitFor({ timeout: UI_MS });
  // Click the title end of the header: its right end holds the view's action buttons.
  if ((await header.getAttribute('aria-expanded')) !== String(expanded)) await header.click({ position: { x: 12, y: 11 } });
  await page.locator('.pane-header', { hasText: title }).and(page.locator(`[aria-expanded="${expanded}"]`)).first().waitFor({ timeout: UI_MS });
  return page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: title }) }).first();
}

async function texts(rows: Locator): Promise<string[]> {
  return rows.evaluateAll((els) => els.map((e) => (e as { textContent: string | null }).textContent ?? ''));
}

export async function screenshotSuite(vsix: string): Promise<SuiteResult> {
  const started = Date.now();
  const checks = new Checks();
  const workspace = makeWorkspace(path.join(RUN_DIR, 'workspace-shots'), {
    'seed.txt': SEED,
    'paris.fa.txt': path.join(FIXTURES, 'article-paris.txt'),
  });
  const server = await CodeServer.start({ name: 'code-server-shots', vsix });
  const browser = await launchBrowser();
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(DOCS, name) });
  const page = await newPage(browser);
  // What the screen showed when a check failed, for diagnosis.
  const check = async (name: string, body: () => Promise<void>): Promise<boolean> => {
    const ok = await checks.check(name, body);
    if (!ok) await page.screenshot({ path: path.join(RUN_DIR, `failed-${checks.failed.length}.png`) }).catch(() => undefined);
    return ok;
  };
  try {
    await page.goto(server.workbenchUrl(workspace));
    await page.locator('.monaco-workbench').waitFor({ timeout: UI_MS });
    await page.locator('.explorer-folders-view .monaco-list-row[aria-label*="seed.txt"]').waitFor({ timeout: UI_MS });

    const editorOk = await check('the seed article shows squiggles', async () => {
      await openFile(page, 'seed.txt');
      await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: UI_MS });
      await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: UI_MS });
      await goTo(page, 16, 104); // «مشکو» (wrong dots) in the middle of the view
      await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: UI_MS });
      await shot(page, 'screenshot-squiggles.png');
    });

    await check('the Problems view lists the findings', async () => {
      await page.keyboard.press('Control+Shift+M');
      const rows = page.locator('.markers-panel .monaco-list-row');
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'garbled/' }).first().waitFor({ timeout: UI_MS });
      const all = (await texts(rows)).join('\n');
      // The list is virtual: only the rows on screen exist, so check what must be near the top.
      assert.ok((await rows.count()) >= 5, 'fewer than 5 rows in Problems');
      assert.ok(all.includes('seed.txt') && all.includes('garbled/'), `unexpected Problems rows: ${all.slice(0, 300)}`);
      await shot(page, 'screenshot-problems.png');
      await page.keyboard.press('Control+J'); // hide the panel again
      await page.locator('.markers-panel').waitFor({ state: 'hidden', timeout: UI_MS });
    });

    if (editorOk) {
      await check('the quick-fix menu offers the correction', async () => {
        // The menu lists what the server answered for the cursor's place; should it open before the cursor got
        // there (focus still moving from the closed panel), close it and ask again, up to three times.
        const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'مسکو' }).first();
        for (let attempt = 1; ; attempt++) {
          await page.keyboard.press('Control+1'); // focus the editor
          await goTo(page, 16, 105);
          await page.keyboard.press('Control+.');
          await page.locator('.action-widget').first().waitFor({ timeout: UI_MS });
          if (await fix.isVisible()) break;
          try {
            await fix.waitFor({ timeout: UI_MS / 4 });
            break;
          } catch (e) {
            if (attempt === 3) throw e;
            await page.keyboard.press('Escape');
          }
        }
        await shot(page, 'screenshot-quickfix.png');
        await page.keyboard.press('Escape');
      });
    }

    await check('the Entities view lists the names', async () => {
      // Give the view the whole side bar.
      for (const other of ['workspace-shots', 'Outline', 'Timeline']) await setPane(page, other, false);
      const pane = await setPane(page, 'Entities', true);
      const rows = pane.locator('.monaco-list-row');
      await pane.locator('.monaco-list-row', { hasText: 'باکو' }).first().waitFor({ timeout: UI_MS });
      const all = (await texts(rows)).join('\n');
      for (const name of ['باکو', 'روسیه', 'گراسیموف']) assert.ok(all.includes(name), `the Entities view lacks «${name}»: ${all.slice(0, 300)}`);
      await shot(page, 'screenshot-entities.png');
    });

    await check('the Outline lists the names', async () => {
      await setPane(page, 'Entities', false);
      const pane = await setPane(page, 'Outline', true);
      await pane.locator('.monaco-list-row', { hasText: 'باکو' }).first().waitFor({ timeout: UI_MS });
      await shot(page, 'screenshot-outline.png');
    });
  } catch (e) {
    checks.failed.push(`workbench: ${e instanceof Error ? e.message : String(e)} (see ${server.logFile})`);
  } finally {
    await browser.close();
    await server.stop();
  }
  return checks.result('screenshots (Chromium + Playwright)', started);
}
