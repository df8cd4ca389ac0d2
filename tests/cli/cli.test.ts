// The CLI contract: one JSON object, LSP ranges, exit codes, and clear handling of bad input.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { runCli, runJson, SEED, textAt } from '../helpers/cli';

const dir = mkdtempSync(path.join(tmpdir(), 'dabir-cli-'));
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
const seedText = readFileSync(SEED, 'utf8');

test('json output: one object, path echoed, well-formed ranges and codes', () => {
  const { files, status } = runJson([SEED]);
  assert.equal(files.length, 1);
  assert.equal(files[0].path, SEED);
  assert.ok(files[0].diagnostics.length > 0);
  assert.ok(status === 0 || status === 1);
  for (const d of files[0].diagnostics) {
    assert.match(d.code, /^(garbled|name|duplicate|style)\/[a-z-]+$/);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity));
    assert.ok(d.message.length > 0);
    assert.ok(Array.isArray(d.suggestions));
    const { start, end } = d.range;
    assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character));
  }
  for (const e of files[0].entities) {
    assert.ok(['person', 'place', 'organization', 'other'].includes(e.kind));
    for (const m of e.mentions) assert.equal(textAt(seedText, m.range), m.text);
  }
  assert.equal(status, files[0].diagnostics.some((d) => d.severity === 'error') ? 1 : 0);
});

test('CRLF and CR line endings give the same findings on the same lines', () => {
  const lf = runJson([SEED]).files[0].diagnostics;
  const crlfText = seedText.replace(/\r?\n/g, '\r\n');
  const crText = seedText.replace(/\r?\n/g, '\r');
  for (const variant of [crlfText, crText]) {
    const p = file(`v${variant.length}.txt`, variant);
    const other = runJson([p]).files[0].diagnostics;
    assert.deepEqual(
      other.map((d) => [d.code, d.range, textAt(variant, d.range)]),
      lf.map((d) => [d.code, d.range, textAt(seedText, d.range)]),
    );
  }
});

test('several files in one run, stdin as -', () => {
  const empty = file('empty.txt', '');
  const { files, status } = runJson([SEED, empty, '-'], 'این متن درست است.');
  assert.deepEqual(files.map((f) => f.path), [SEED, empty, '-']);
  assert.deepEqual(files[1].diagnostics, []);
  assert.deepEqual(files[1].entities, []);
  assert.ok(status === 0 || status === 1);
});

test('many files on worker threads: the same report, in the order given, as on one thread', () => {
  // different articles, a missing one and a binary one among them
  const lines = seedText.split('\n');
  const files = [SEED, ...Array.from({ length: 7 }, (_, i) => file(`part${i}.txt`, lines.slice(i * 3, i * 3 + 5).join('\n'))), path.join(dir, 'gone.txt'), file('bin.txt', Buffer.from([0, 1, 2, 0]))];
  for (const format of ['json', 'text']) {
    const parallel = runCli(['check', '--format', format, ...files], undefined, { DABIR_THREADS: '3' });
    const serial = runCli(['check', '--format', format, ...files], undefined, { DABIR_THREADS: '1' });
    assert.equal(parallel.status, 2);
    assert.equal(parallel.stdout, serial.stdout);
    assert.equal(parallel.stderr, serial.stderr);
    assert.ok(parallel.stdout.length > 1000);
  }
});

test('an empty file is fine and exits 0', () => {
  const { files, status } = runJson([file('empty2.txt', '')]);
  assert.equal(status, 0);
  assert.deepEqual(files[0].diagnostics, []);
});

test('a missing file: exit 2, a clear message, the other files still reported', () => {
  const missing = path.join(dir, 'nope.txt');
  const { files, status, stderr } = runJson([missing, SEED]);
  assert.equal(status, 2);
  assert.match(stderr, /nope\.txt: no such file/);
  assert.equal(files[0].error, 'no such file');
  assert.ok(files[1].diagnostics.length > 0);
});

test('a binary file is refused with a clear message', () => {
  const bin = file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]));
  const { files, status, stderr } = runJson([bin]);
  assert.equal(status, 2);
  assert.match(stderr, /binary/);
  assert.match(files[0].error ?? '', /binary/);
});

test('invalid UTF-8 is refused with a clear message', () => {
  const latin1 = file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]));
  const { status, stderr } = runJson([latin1]);
  assert.equal(status, 2);
  assert.match(stderr, /UTF-8/);
});

test('a 5 MB article is analysed and a file over --max-size is skipped with the reason', () => {
  const copies = Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(seedText));
  const big = file('big.txt', Array.from({ length: copies }, () => seedText).join('\n'));
  const ok = runJson([big]);
  assert.ok(ok.status === 0 || ok.status === 1, ok.stderr);
  assert.ok(ok.files[0].diagnostics.length >= copies);
  const skipped = runJson(['--max-size', '1000000', big]);
  assert.equal(skipped.status, 2);
  assert.match(skipped.stderr, /larger than the limit/);
});

test('bad usage exits 2 with the usage text', () => {
  for (const args of [[], ['check'], ['frobnicate', SEED], ['check', '--format', 'xml', SEED], ['check', '--bogus', SEED]]) {
    const r = runCli(args);
    assert.equal(r.status, 2, `args ${args.join(' ')}`);
    assert.match(r.stderr, /Usage: dabir check/);
  }
});

test('text format: file:line:col, code, message and fix', () => {
  const r = runCli(['check', SEED]);
  assert.ok(r.status === 0 || r.status === 1);
  const first = r.stdout.split('\n')[0];
  assert.match(first, /^.+:\d+:\d+: (error|warning|information|hint) (garbled|name|duplicate|style)\/[a-z-]+: /);
  assert.match(r.stdout, /→/);
  const en = runCli(['check', '--lang', 'en', SEED]);
  assert.match(en.stdout, /finding\(s\)/);
});

test('a broken lexicon file is refused with a clear message, not a stack trace', () => {
  const whole = readFileSync(path.join(__dirname, '..', '..', 'dist', 'lexicon.bin'));
  for (const bytes of [whole.subarray(0, 1000), Buffer.from('garbage')]) {
    const broken = file(`broken-${bytes.length}.bin`, bytes);
    const r = runCli(['check', '--lexicon', broken, SEED]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /cannot load the lexicon .*broken-\d+\.bin: /);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
});
