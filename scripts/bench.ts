// npm run bench: lexicon load time, analysis time on the seed and on a ~100,000-word document, peak memory.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createAnalyzer, Lexicon } from '../server/src/core';

const root = path.join(__dirname, '..');
const seed = readFileSync(path.join(root, 'seeds/000_909a3f8488f71ad3.txt'), 'utf8');
const words = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

let peak = process.memoryUsage().rss;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));

function time<T>(fn: () => T): [T, number] {
  const t0 = process.hrtime.bigint();
  const r = fn();
  return [r, Number(process.hrtime.bigint() - t0) / 1e6];
}

const bytes = readFileSync(path.join(__dirname, 'lexicon.bin'));
const [lexicon, loadMs] = time(() => Lexicon.load(bytes));
sample();
const analyzer = createAnalyzer(lexicon);

const seedWords = words(seed);
analyzer.analyze(seed); // warm-up
const runs = 20;
const [, seedTotal] = time(() => {
  for (let i = 0; i < runs; i++) analyzer.analyze(seed);
});
sample();

const copies = Math.ceil(100_000 / seedWords);
const big = Array.from({ length: copies }, () => seed).join('\n\n');
const bigWords = words(big);
const [bigResult, bigMs] = time(() => analyzer.analyze(big));
sample();

const seedFlagged = analyzer.analyze(seed).findings.filter((f) => f.check === 'garbled').length;
const rows: [string, string][] = [
  ['lexicon file', `${(bytes.length / 1024 / 1024).toFixed(2)} MB, ${lexicon.size} word forms`],
  ['lexicon load', `${loadMs.toFixed(1)} ms`],
  ['seed analysis', `${(seedTotal / runs).toFixed(2)} ms (${seedWords} words, ${seedFlagged} garbled findings; mean of ${runs})`],
  ['~100k-word document', `${bigMs.toFixed(0)} ms (${bigWords} words, ${bigResult.findings.length} findings, ${(bigWords / (bigMs / 1000)).toFixed(0)} words/s)`],
  ['peak RSS', `${(peak / 1024 / 1024).toFixed(0)} MB`],
];
for (const [k, v] of rows) console.log(`${k.padEnd(22)} ${v}`);
