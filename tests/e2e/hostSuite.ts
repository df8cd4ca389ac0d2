// Suite 1: mocha tests inside code-server's extension host (tests/e2e/host/), against the installed .vsix.
// The workbench runs them when opened with an `extensionTestsPath` payload; Playwright's exposeFunction gives the
// page the `codeAutomationExit` hook that the smoke-test driver calls with the exit code.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchBrowser, newPage } from './lib/browser';
import { CodeServer, makeWorkspace } from './lib/codeServer';
import type { SuiteResult } from './lib/suite';
import { FIXTURES, freshDir, ROOT, RUN_DIR, SEED } from './lib/tools';

const HOST_SRC = path.join(ROOT, 'tests', 'e2e', 'host');
/** Inside the repo so that `require('mocha')` finds node_modules. */
const HOST_OUT = path.join(ROOT, 'out', 'e2e-host');
const SUITE_TIMEOUT_MS = 6 * 60_000;

/** Compiles the host-side tests (one file each: mocha loads them after setting up its globals). */
async function buildHostTests(): Promise<void> {
  freshDir(HOST_OUT);
  const entryPoints = fs.readdirSync(HOST_SRC).filter((f) => f.endsWith('.ts')).map((f) => path.join(HOST_SRC, f));
  await esbuild.build({
    entryPoints,
    outdir: HOST_OUT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  fs.copyFileSync(path.join(HOST_SRC, 'package.json'), path.join(HOST_OUT, 'package.json'));
}

interface Entry {
  event: 'pass' | 'fail' | 'end';
  title?: string;
  error?: string;
  failures?: number;
}

export async function hostSuite(vsix: string): Promise<SuiteResult> {
  const started = Date.now();
  const name = 'extension host (code-server)';
  await buildHostTests();
  const workspace = makeWorkspace(path.join(RUN_DIR, 'workspace-host'), {
    'seed.txt': SEED,
    'paris.fa.txt': path.join(FIXTURES, 'article-paris.txt'),
    'tehran.txt': path.join(FIXTURES, 'article-tehran.txt'),
    'fixall.txt': path.join(FIXTURES, 'article-tehran.txt'),
    'dictionary.txt': path.join(FIXTURES, 'article-tehran.txt'),
    // one copy per suite that changes what Dabir remembers, so that no suite depends on another's leftovers
    'ignore.txt': path.join(FIXTURES, 'article-tehran.txt'),
    'user-words.txt': path.join(FIXTURES, 'article-tehran.txt'),
    'names.fa.txt': path.join(FIXTURES, 'article-paris.txt'),
    'entities.fa.txt': path.join(FIXTURES, 'article-paris.txt'),
  });
  const resultsFile = path.join(RUN_DIR, 'host-results.jsonl');
  const logFile = path.join(RUN_DIR, 'host-console.log');
  fs.rmSync(resultsFile, { force: true });

  const server = await CodeServer.start({ name: 'code-server-host', vsix, env: { DABIR_E2E_RESULTS: resultsFile } });
  const browser = await launchBrowser();
  let exitCode: number | undefined;
  try {
    const page = await newPage(browser);
    const log = fs.createWriteStream(logFile);
    page.on('console', (m) => log.write(`[console.${m.type()}] ${m.text()}\n`));
    const exited = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    await page.exposeFunction('codeAutomationLog', (...args: unknown[]) => log.write(`${args.map(String).join(' ')}\n`));
    await page.goto(server.workbenchUrl(workspace, {
      extensionDevelopmentPath: HOST_OUT,
      extensionTestsPath: path.join(HOST_OUT, 'index.js'),
    }));
    let timer: NodeJS.Timeout | undefined;
    exitCode = await Promise.race([
      exited,
      new Promise<number>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the extension-host tests did not finish in ${SUITE_TIMEOUT_MS / 1000} s`)), SUITE_TIMEOUT_MS);
      }),
    ]).finally(() => clearTimeout(timer));
    log.end();
  } catch (e) {
    return { name, passed: 0, failed: 1, details: [String(e), `see ${logFile} and ${server.logFile}`], ms: Date.now() - started };
  } finally {
    await browser.close();
    await server.stop();
  }

  const entries: Entry[] = fs.existsSync(resultsFile)
    ? fs.readFileSync(resultsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Entry)
    : [];
  const passed = entries.filter((e) => e.event === 'pass').length;
  const failures = entries.filter((e) => e.event === 'fail');
  const details = failures.map((f) => `${f.title}\n      ${(f.error ?? '').split('\n').slice(0, 6).join('\n      ')}`);
  let failed = failures.length;
  if (exitCode !== 0 && failed === 0) {
    failed = 1;
    details.push(`the extension host exited with ${exitCode} (${entries.length ? 'after' : 'before'} running tests); see ${logFile}`);
  }
  if (passed === 0 && failed === 0) {
    failed = 1;
    details.push(`no test ran; see ${logFile}`);
  }
  return { name, passed, failed, details, ms: Date.now() - started };
}
