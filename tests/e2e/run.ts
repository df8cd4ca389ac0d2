// `npm run test:e2e`: packages the extension, then runs the end-to-end suites and prints one line per suite and a
// closing `N passed, N failed` line (N counts tests). Exits 1 when anything failed. The tools come from
// scripts/e2e-setup.sh (run first by the npm script). E2E_SUITES=host,screenshots,nvim picks suites;
// E2E_SKIP_PACKAGE=1 reuses an existing dabir.vsix.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hostSuite } from './hostSuite';
import type { SuiteResult } from './lib/suite';
import { freshDir, ROOT, run, RUN_DIR } from './lib/tools';
import { nvimSuite } from './nvimSuite';
import { screenshotSuite } from './screenshotSuite';

const VSIX = path.join(ROOT, 'dabir.vsix');

const SUITES: Record<string, (vsix: string) => Promise<SuiteResult>> = {
  host: hostSuite,
  screenshots: screenshotSuite,
  nvim: () => nvimSuite(),
};

async function main(): Promise<number> {
  const wanted = (process.env.E2E_SUITES ?? Object.keys(SUITES).join(',')).split(',').map((s) => s.trim()).filter(Boolean);
  freshDir(RUN_DIR);
  const started = Date.now();
  if (!process.env.E2E_SKIP_PACKAGE || !fs.existsSync(VSIX)) {
    // The packaged extension is what the suites install: this also proves that packaging works offline.
    await run('npm', ['run', '--silent', 'package'], { cwd: ROOT, env: process.env });
  }
  let passed = 0;
  let failed = 0;
  for (const name of wanted) {
    const suite = SUITES[name];
    if (!suite) throw new Error(`unknown suite ${name}; known: ${Object.keys(SUITES).join(', ')}`);
    let r: SuiteResult;
    try {
      r = await suite(VSIX);
    } catch (e) {
      r = { name, passed: 0, failed: 1, details: [e instanceof Error ? e.stack ?? e.message : String(e)], ms: 0 };
    }
    passed += r.passed;
    failed += r.failed;
    const verdict = r.failed === 0 ? 'ok' : 'FAILED';
    console.log(`e2e ${r.name}: ${verdict}, ${r.passed} passed, ${r.failed} failed (${(r.ms / 1000).toFixed(1)} s)`);
    for (const d of r.details) console.log(`    ${d}`);
  }
  console.log(`e2e total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.stack : e);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
