// node scripts/eval-detail.mjs SET [--limit N] [--out FILE]: one line per gold error (garble sets) or per
// flagged word (clean sets), as JSON Lines, for reading where the checker misses. Uses the shared scorer's own
// helpers from ../shared/eval (never copied here) and the development sets in ../shared/corpora; skips cleanly
// when they are absent. Nothing it prints belongs in the repository.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.join(root, '..', 'shared');
const lib = path.join(shared, 'eval', 'lib');
if (!existsSync(lib)) {
  console.log(`eval-detail: skipped (${lib} not found)`);
  process.exit(0);
}
const { values, positionals } = parseArgs({ allowPositionals: true, options: { limit: { type: 'string' }, out: { type: 'string' }, cmd: { type: 'string' } } });
const setName = positionals[0] ?? 'ocr-dev';
const setFile = setName.endsWith('.jsonl') ? setName : path.join(shared, 'corpora', `${setName}.jsonl`);
const { loadSet } = await import(pathToFileURL(path.join(lib, 'sets.mjs')).href);
const { writeDocs, runTool, toOffsets } = await import(pathToFileURL(path.join(lib, 'runner.mjs')).href);
const { suggestionFixes } = await import(pathToFileURL(path.join(lib, 'score.mjs')).href);
const { overlaps } = await import(pathToFileURL(path.join(lib, 'text.mjs')).href);

const set = loadSet(setFile, { limit: values.limit ? Number(values.limit) : undefined });
const dir = mkdtempSync(path.join(tmpdir(), 'dabir-detail-'));
const files = writeDocs(dir, set.records);
const cmd = values.cmd ?? `node ${path.join(root, 'dist', 'cli.js')} check --format json`;
const run = await runTool(cmd, files, { cwd: root });
rmSync(dir, { recursive: true, force: true });

const out = [];
const ctx = (text, s, e) => `${text.slice(Math.max(0, s - 30), s)}⟦${text.slice(s, e)}⟧${text.slice(e, e + 30)}`.replace(/\n/g, '⏎');
set.records.forEach((record, i) => {
  const stats = { badRanges: 0, clampedRanges: 0, badSeverity: 0, mentionTextMismatch: 0 };
  const { diagnostics } = toOffsets(run.byPath.get(files[i]), record.text, stats);
  const diags = diagnostics.filter((d) => d.code.startsWith('garbled/'));
  const gold = (record.errors ?? []).map((g) => ({ ...g, correct: g.correct ?? '' }));
  const style = record.style ?? [];
  for (const g of gold) {
    const hit = diags.filter((d) => overlaps(d.start, d.end, g.start, g.end));
    const fixes = (k) => hit.some((d) => d.suggestions.slice(0, k).some((s) => suggestionFixes(record.text, d, s, g, gold).strict));
    out.push({
      kind: 'gold',
      id: record.id,
      type: g.type ?? g.category,
      words: g.words,
      wrong: g.wrong,
      correct: g.correct,
      detected: hit.length > 0,
      top1: fixes(1),
      top5: fixes(5),
      code: hit[0]?.code,
      severity: hit[0]?.severity,
      got: hit[0] ? record.text.slice(hit[0].start, hit[0].end) : undefined,
      sugg: hit[0]?.suggestions.slice(0, 5),
      ctx: ctx(record.text, g.start, g.end),
    });
  }
  for (const d of diagnostics) {
    if (!d.code.startsWith('garbled/') && d.severity !== 'error' && d.severity !== 'warning') continue;
    if (gold.some((g) => overlaps(d.start, d.end, g.start, g.end))) continue;
    const onStyle = style.some((x) => overlaps(d.start, d.end, x.start, x.end));
    out.push({ kind: onStyle ? 'style' : 'false', id: record.id, code: d.code, severity: d.severity, got: record.text.slice(d.start, d.end), sugg: d.suggestions.slice(0, 5), ctx: ctx(record.text, d.start, d.end) });
  }
});
const text = out.map((o) => JSON.stringify(o)).join('\n') + '\n';
if (values.out) writeFileSync(values.out, text);
else process.stdout.write(text);
