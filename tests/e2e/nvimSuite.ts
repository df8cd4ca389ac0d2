// Suite 3: Debian's Neovim 0.7, headless, as a plain LSP client of dist/server.js (no VS Code involved).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Checks, type SuiteResult } from './lib/suite';
import { freshDir, Group, ROOT, RUN_DIR, SEED, waitFor } from './lib/tools';

interface Report {
  checks: { diagnostics?: number; codeAction?: string };
  errors: string[];
  codes?: string[];
  fixedLine?: string;
  symbols?: string[];
}

export async function nvimSuite(): Promise<SuiteResult> {
  const started = Date.now();
  const dir = freshDir(path.join(RUN_DIR, 'nvim'));
  const file = path.join(dir, 'seed.txt');
  fs.copyFileSync(SEED, file);
  const out = path.join(dir, 'report.json');
  const nvim = new Group('nvim', ['--headless', '--clean', '-c', `luafile ${path.join(ROOT, 'tests', 'e2e', 'nvim', 'check.lua')}`], {
    cwd: dir,
    env: { ...process.env, DABIR_ROOT: ROOT, DABIR_NVIM_FILE: file, DABIR_NVIM_OUT: out },
    logFile: path.join(dir, 'nvim.log'),
  });
  const checks = new Checks();
  let report: Report | undefined;
  try {
    await waitFor('Neovim to finish', () => (nvim.running ? undefined : true), 120_000, 100);
    report = JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
  } catch (e) {
    checks.failed.push(`Neovim run: ${e instanceof Error ? e.message : String(e)} (see ${dir})`);
  } finally {
    await nvim.stop();
  }
  if (report) {
    const r = report;
    await checks.check('no errors', () => assert.deepEqual(r.errors, []));
    await checks.check('diagnostics of every kind', () => {
      for (const kind of ['garbled/', 'name/', 'duplicate/', 'style/']) assert.ok(r.codes?.some((c) => c.startsWith(kind)), `no ${kind}`);
    });
    await checks.check('the preferred code action fixes «مشکو»', () => {
      assert.ok(r.fixedLine?.includes('مسکو و باکو'), `line after the fix: ${r.fixedLine}`);
      assert.ok(!r.fixedLine?.includes('مشکو'));
    });
    await checks.check('document symbols list the names', () => {
      for (const name of ['باکو', 'روسیه']) assert.ok(r.symbols?.some((s) => s.includes(name)), `no «${name}» in ${r.symbols?.join(' | ')}`);
    });
  }
  return checks.result('neovim 0.7 LSP client', started);
}
