// The analysis core must run unchanged in a browser worker: it bundles for the browser platform with no Node
// built-ins, and the bundle works in a bare JavaScript context (no require, process, Buffer or fs).
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import * as vm from 'node:vm';
import * as esbuild from 'esbuild';

test('the core bundles for the browser and analyses text in a context without Node', async () => {
  const result = await esbuild.build({
    entryPoints: [path.join(__dirname, '..', '..', 'server', 'src', 'core', 'index.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'dabirCore',
    write: false,
    logLevel: 'silent',
  });
  assert.deepEqual(result.errors, []);
  const code = result.outputFiles[0].text;
  const sandbox: Record<string, unknown> = { TextEncoder, TextDecoder };
  vm.createContext(sandbox);
  vm.runInContext(`${code}\nthis.dabirCore = dabirCore;`, sandbox);
  const core = sandbox.dabirCore as typeof import('../../server/src/core');
  const lexicon = core.Lexicon.load(core.Lexicon.fromWords(['این', 'کتاب', 'است', 'خوب', 'دیدار', 'و', 'گفتگو']).serialize());
  const { findings } = core.createAnalyzer(lexicon).analyze('این کتاب خوب است. دیدار دیدار و گفتگو.');
  assert.ok(findings.some((f) => f.code.startsWith('duplicate/')), JSON.stringify(findings.map((f) => f.code)));
  assert.equal(typeof sandbox.process, 'undefined');
});
