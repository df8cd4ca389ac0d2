// `dabir check --across-files`: the files given are one desk, and a name spelled one way in most of them and another
// way in some is flagged in the others (with the other files' mentions as related locations). Without the flag the
// files stay independent. `--names FILE` passes the newsroom's names list to the analyses and to the desk step.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { runCli, runJson, textAt, type JsonFile } from '../helpers/cli';

const CODE = 'name/inconsistent-across-files';
const dir = mkdtempSync(path.join(tmpdir(), 'dabir-across-'));
const write = (name: string, content: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

const TEXTS = {
  a: 'امانوئل ماکرون، رئیس‌جمهور فرانسه، روز دوشنبه به برلین رفت.\nماکرون در دیدار با صدراعظم آلمان درباره بودجه اروپا گفت‌وگو کرد.\n',
  b: 'ماکرون امروز در پاریس گفت که فرانسه از این طرح حمایت می‌کند.\nامانوئل ماکرون افزود که گفت‌وگوها ادامه دارد.\n',
  c: 'امانوئل مکرون، رئیس‌جمهور فرانسه، در نشست خبری شرکت کرد و درباره انتخابات سخن گفت.\n',
};
const A = write('a.txt', TEXTS.a);
const B = write('b.txt', TEXTS.b);
const C = write('c.txt', TEXTS.c);
const textOf = new Map([
  [A, TEXTS.a],
  [B, TEXTS.b],
  [C, TEXTS.c],
]);
const across = (f: JsonFile) => f.diagnostics.filter((d) => d.code === CODE);

test('without --across-files the files stay independent: the same report as each file alone', () => {
  const together = runJson([A, B, C]);
  assert.equal(together.files.flatMap(across).length, 0);
  for (const [k, file] of [A, B, C].entries()) assert.deepEqual(together.files[k], runJson([file]).files[0]);
  const text = runCli(['check', A, B, C]);
  assert.doesNotMatch(text.stdout, /inconsistent-across-files/);
});

test('--across-files flags the minority spelling with the majority one, related to the other files', () => {
  const { files, status } = runJson(['--across-files', '--lang', 'en', A, B, C]);
  assert.deepEqual(
    files.map((f) => f.path),
    [A, B, C],
  );
  assert.equal(across(files[0]).length + across(files[1]).length, 0);
  const found = across(files[2]);
  assert.equal(found.length, 1);
  const [d] = found;
  assert.equal(d.severity, 'warning');
  assert.equal(textAt(TEXTS.c, d.range), 'امانوئل مکرون');
  assert.deepEqual(d.suggestions, ['امانوئل ماکرون']);
  assert.match(d.message, /“امانوئل مکرون” is spelled so in 1 file and “امانوئل ماکرون” in 2 files/);
  const related = d.related as { path: string; range: typeof d.range; message: string }[];
  assert.deepEqual(
    related.map((r) => r.path),
    [A, B],
  );
  for (const r of related) assert.equal(textAt(textOf.get(r.path)!, r.range), 'امانوئل ماکرون');
  // only warnings were added: the exit code still says whether anything of severity error was found
  assert.equal(status, files.some((f) => f.diagnostics.some((x) => x.severity === 'error')) ? 1 : 0);
  // the other findings are those of the files alone
  for (const [k, file] of [A, B, C].entries()) {
    const alone = runJson(['--lang', 'en', file]).files[0];
    assert.deepEqual(
      files[k].diagnostics.filter((x) => x.code !== CODE),
      alone.diagnostics,
    );
    assert.deepEqual(files[k].entities, alone.entities);
  }
});

test('the text format prints the finding as one line like the others, and the order of files is kept', () => {
  const r = runCli(['check', '--across-files', C, A, B]);
  const lines = r.stdout.split('\n');
  const hit = lines.filter((l) => l.includes(CODE));
  assert.equal(hit.length, 1);
  assert.ok(hit[0].startsWith(`${C}:1:1: warning ${CODE}: `), hit[0]);
  assert.match(hit[0], /→ \u2068امانوئل ماکرون\u2069$/);
  const firstOf = (file: string) => lines.findIndex((l) => l.startsWith(file));
  assert.ok(firstOf(C) < firstOf(A) && firstOf(A) < firstOf(B));
});

test('analyses on worker threads or on the main thread give the same desk', () => {
  const args = ['check', '--across-files', '--format', 'json', A, B, C];
  assert.equal(runCli(args, undefined, { DABIR_THREADS: '1' }).stdout, runCli(args, undefined, { DABIR_THREADS: '3' }).stdout);
});

test('--names: the list overrides the majority, in the analyses and across files', () => {
  const list = write('names.txt', '# the desk spells it so\nperson: امانوئل مکرون | امانوئل ماکرون\n');
  const { files } = runJson(['--across-files', '--names', list, A, B, C]);
  // the listed variant is flagged in each file by the names check, with the preferred spelling
  for (const f of [files[0], files[1]]) {
    const fixes = f.diagnostics.filter((d) => d.code.startsWith('name/')).map((d) => [textAt(textOf.get(f.path)!, d.range), d.suggestions[0]]);
    assert.deepEqual(fixes.find(([w]) => w === 'امانوئل ماکرون'), ['امانوئل ماکرون', 'امانوئل مکرون']);
  }
  // and the file that writes the preferred spelling is left alone, by either check (its «مکرون» is the list's)
  assert.deepEqual(files[2].diagnostics.filter((d) => d.code.startsWith('name/')), []);

  // a list naming only the preferred spelling: the desk step flags the other spelling across files
  const only = write('only.txt', 'امانوئل مکرون\n');
  const r = runJson(['--across-files', '--names', only, A, B, C]);
  const flagged = r.files.flatMap((f) => across(f).map((d) => [f.path, textAt(textOf.get(f.path)!, d.range), d.suggestions[0]]));
  assert.deepEqual(flagged, [
    [A, 'امانوئل ماکرون', 'امانوئل مکرون'],
    [B, 'امانوئل ماکرون', 'امانوئل مکرون'],
  ]);
});

test('--names: a malformed line is reported and skipped, an unreadable list is bad usage', () => {
  const list = write('bad-names.txt', 'person: امانوئل مکرون\nfoo: چیزی\n');
  const r = runCli(['check', '--names', list, C]);
  assert.match(r.stderr, /bad-names\.txt:2:/);
  assert.notEqual(r.status, 2);
  const missing = runCli(['check', '--names', path.join(dir, 'none.txt'), C]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read the names list .*none\.txt: no such file/);
});

test('an unreadable file is reported and left out of the desk; the others are still compared', () => {
  const r = runCli(['check', '--across-files', '--format', 'json', A, path.join(dir, 'missing.txt'), B, C]);
  assert.equal(r.status, 2);
  const files = JSON.parse(r.stdout).files as JsonFile[];
  assert.equal(files[1].error, 'no such file');
  assert.equal(across(files[3]).length, 1);
});
