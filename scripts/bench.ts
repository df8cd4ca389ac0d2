// npm run bench: lexicon and context model load time, analysis time on the seed, on a ~100,000-word document and on damaged text
// (time per flagged word), and peak memory. Numbers only; nothing here asserts.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ContextModel, createAnalyzer as createCoreAnalyzer, Lexicon } from '../server/src/core';
import { DOT_GROUPS } from '../server/src/core/persian';

const root = path.join(__dirname, '..');
const seed = readFileSync(path.join(root, 'seeds/000_909a3f8488f71ad3.txt'), 'utf8');
const countWords = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

let peak = process.memoryUsage().rss;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));

function time<T>(fn: () => T): [T, number] {
  const t0 = process.hrtime.bigint();
  const r = fn();
  return [r, Number(process.hrtime.bigint() - t0) / 1e6];
}

/**
 * Deterministic dot damage: every `every`-th Persian word of length ≥ 3 gets one letter swapped for another of
 * its dot group, as OCR does. Gives a document where many words are flagged, to time the suggestion search.
 */
function damage(text: string, every: number): string {
  let n = 0;
  return text.replace(/[\u0600-\u06ff]{3,}/g, (word) => {
    if (++n % every) return word;
    const chars = [...word];
    for (let i = 1; i < chars.length; i++) {
      const group = DOT_GROUPS.find((g) => g.includes(chars[i]));
      if (!group) continue;
      chars[i] = group[(group.indexOf(chars[i]) + 1) % group.length];
      return chars.join('');
    }
    return word;
  });
}

const bytes = readFileSync(path.join(__dirname, 'lexicon.bin'));
const [lexicon, loadMs] = time(() => Lexicon.load(bytes));
sample();
// the context model, when the build had its word lists (see scripts/build-context.mjs)
const contextPath = path.join(__dirname, 'context.bin');
const contextBytes = existsSync(contextPath) ? readFileSync(contextPath) : undefined;
const [context, contextMs] = contextBytes ? time(() => ContextModel.load(contextBytes)) : [undefined, 0];
const createAnalyzer = (lex: Lexicon) => createCoreAnalyzer(lex, { context });
sample();
const analyzer = createAnalyzer(lexicon);
const garbledCount = (text: string) => analyzer.analyze(text).findings.filter((f) => f.check === 'garbled').length;

const seedWords = countWords(seed);
analyzer.analyze(seed); // warm-up
// a new article: each analyzer starts with an empty search cache (see SearchCache)
const runs = 20;
const [, seedTotal] = time(() => {
  for (let i = 0; i < runs; i++) createAnalyzer(lexicon).analyze(seed);
});
sample();
// an editor typing: the same analyzer, the article with one more word changed each time
const seedWordList = seed.split(' ');
const [, editTotal] = time(() => {
  for (let i = 0; i < runs; i++) {
    const edited = [...seedWordList];
    edited[(i * 37) % edited.length] += 'ی';
    analyzer.analyze(edited.join(' '));
  }
});
sample();

const copies = Math.ceil(100_000 / seedWords);
const big = Array.from({ length: copies }, () => seed).join('\n\n');
const bigWords = countWords(big);
const [bigResult, bigMs] = time(() => createAnalyzer(lexicon).analyze(big));
sample();

// Distinct damaged copies, each analysed by a new analyzer so that no cache hides the cost of the search; five
// batches of ten, after one damaged copy to warm the code up (a language server runs for hours: the JIT's steady
// state is what an editor meets), and the median batch reported (one batch alone swings with JIT and GC timing,
// and with other work on a shared machine).
createAnalyzer(lexicon).analyze(damage(seed, 5));
const batches = Array.from({ length: 5 }, (_, b) => Array.from({ length: 10 }, (_, i) => damage(seed, 7 + 10 * b + i)));
const perBatch = batches.map((docs) => {
  const [, ms] = time(() => docs.forEach((d) => createAnalyzer(lexicon).analyze(d)));
  return { ms, flagged: docs.reduce((sum, d) => sum + garbledCount(d), 0) };
});
const batchLine = perBatch.map((b) => `${(b.ms / b.flagged).toFixed(2)} (${b.flagged})`).join(', ');
const { ms: damagedMs, flagged } = perBatch.sort((a, b) => a.ms / a.flagged - b.ms / b.flagged)[2];
const damaged = batches[0];
sample();

const rows: [string, string][] = [
  ['lexicon file', `${(bytes.length / 1024 / 1024).toFixed(2)} MB, ${lexicon.size} word forms`],
  ['lexicon load', `${loadMs.toFixed(1)} ms`],
  ['context model', contextBytes ? `${(contextBytes.length / 1024 / 1024).toFixed(2)} MB, ${context!.wordCount} words, ${context!.pairCount} pairs; load ${contextMs.toFixed(1)} ms` : 'not built (no word lists in ../shared/data): analyses run without it'],
  ['seed analysis', `${(seedTotal / runs).toFixed(2)} ms (${seedWords} words, ${garbledCount(seed)} garbled findings; a new analyzer each time, mean of ${runs})`],
  ['seed after an edit', `${(editTotal / runs).toFixed(2)} ms (one word changed, the searches of the last analysis remembered; mean of ${runs})`],
  ['~100k-word document', `${bigMs.toFixed(0)} ms (${bigWords} words, ${bigResult.findings.length} findings, ${(bigWords / (bigMs / 1000)).toFixed(0)} words/s)`],
  ['damaged text', `${damagedMs.toFixed(0)} ms for ${damaged.length} documents, ${flagged} garbled findings: ${(damagedMs / flagged).toFixed(2)} ms per flagged word`],
  ['  each batch', `${batchLine} ms per flagged word (garbled findings), in batch order`],
  ['peak RSS', `${(peak / 1024 / 1024).toFixed(0)} MB`],
];
for (const [k, v] of rows) console.log(`${k.padEnd(22)} ${v}`);
