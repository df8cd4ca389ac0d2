// npm run bench: lexicon and context model load time, analysis time on the seed, on a ~100,000-word document and on damaged text
// (time per flagged word), and peak memory; then odd input shapes (each in a child process of its own, for its own
// peak memory), an editor's edits to a ~5,000-word article (full analysis against bare tokenising), and the CLI against
// Code Spell Checker (cspell) on a ~2.4 MB file. Numbers only; nothing here asserts.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ContextModel, createAnalyzer as createCoreAnalyzer, Lexicon } from '../server/src/core';
import { DOT_GROUPS } from '../server/src/core/persian';
import { tokenize } from '../server/src/core/text';

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

/** A small seeded PRNG (xorshift32): the same numbers on every run and machine. Returns floats in [0, 1). */
function prng(seedValue: number): () => number {
  let x = seedValue >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}
const PERSIAN_LETTERS = [...'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی'];
const randomLetters = (rand: () => number, n: number) =>
  Array.from({ length: n }, () => PERSIAN_LETTERS[Math.floor(rand() * PERSIAN_LETTERS.length)]).join('');
/** The first sentence of the seed of at least 15 words (one sentence of real news). */
const newsSentence = seed.split('\n').map((l) => l.trim()).find((l) => l.endsWith('.') && countWords(l) >= 15)!;

// Input shapes that could make a per-word or per-pair cost blow up. Each is analysed once, by a new analyzer, in a
// child process of its own (`dist/bench.js --shape NAME`) so that its peak RSS is its own and one that runs away is
// stopped at SHAPE_TIMEOUT_MS without stopping the bench.
const SHAPES: { name: string; label: string; make: () => string }[] = [
  { name: 'letters', label: '(a) 20,000 random letters, no space', make: () => randomLetters(prng(1), 20_000) },
  { name: 'mas', label: '(b) «مس، » ×100,000', make: () => 'مس، '.repeat(100_000) },
  { name: 'mi-zwnj', label: '(c) «می» + ZWNJ ×100,000', make: () => 'می\u200c'.repeat(100_000) },
  { name: 'be', label: '(d) «ب» ×500,000', make: () => 'ب'.repeat(500_000) },
  { name: 'sentence', label: '(e) one news sentence ×20,000', make: () => Array.from({ length: 20_000 }, () => newsSentence).join(' ') },
  {
    name: 'random-words',
    label: '(f) 100,000 random words (2–12 letters)',
    make: () => {
      const rand = prng(6);
      return Array.from({ length: 100_000 }, () => randomLetters(rand, 2 + Math.floor(rand() * 11))).join(' ');
    },
  },
];
// a shape that runs away is stopped after SHAPE_TIMEOUT_MS, and all of them together get SHAPES_BUDGET_MS, to keep
// the bench within a few minutes
const SHAPE_TIMEOUT_MS = 60_000;
const SHAPES_BUDGET_MS = 100_000;

const shapeArg = process.argv.indexOf('--shape');
if (shapeArg >= 0) {
  // child mode: analyse one shape, print one JSON line, and stop before the rest of the bench
  const shape = SHAPES.find((s) => s.name === process.argv[shapeArg + 1]);
  if (!shape) throw new Error(`unknown shape ${process.argv[shapeArg + 1]}`);
  const text = shape.make();
  const shapeAnalyzer = createAnalyzer(lexicon);
  (globalThis as { gc?: () => void }).gc?.();
  const rssBefore = process.memoryUsage().rss;
  const [result, ms] = time(() => shapeAnalyzer.analyze(text));
  const out = { chars: text.length, bytes: Buffer.byteLength(text, 'utf8'), ms, findings: result.findings.length, rssBefore, peakRss: process.resourceUsage().maxRSS * 1024 };
  process.stdout.write(JSON.stringify(out) + '\n');
  process.exit(0);
}
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

const MB = 1024 * 1024;
const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
};
const print = (k: string, v: string) => console.log(`${k.padEnd(22)} ${v}`);

// 1. Input shapes
console.log('\ninput shapes (one analysis each, a new analyzer, own process; target ≤ 2 s per MB = ≤ 2 ms per KB)');
const shapesStart = Date.now();
for (const shape of SHAPES) {
  const input = shape.make();
  const size = `${input.length} chars, ${(Buffer.byteLength(input, 'utf8') / 1024).toFixed(0)} KB`;
  const timeout = Math.min(SHAPE_TIMEOUT_MS, SHAPES_BUDGET_MS - (Date.now() - shapesStart));
  if (timeout < 1000) {
    print(`  ${shape.name}`, `${shape.label}: ${size}; skipped (the shapes' ${SHAPES_BUDGET_MS / 1000} s are spent)`);
    continue;
  }
  const child = spawnSync(process.execPath, ['--expose-gc', __filename, '--shape', shape.name], { encoding: 'utf8', timeout, maxBuffer: MB });
  const line = child.stdout?.trim().split('\n').pop();
  if (child.status !== 0 || !line) {
    const timedOut = (child.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
    const why = timedOut
      ? `stopped after ${(timeout / 1000).toFixed(0)} s (> ${(timeout / (Buffer.byteLength(input, 'utf8') / 1024)).toFixed(1)} ms/KB, target ≤ 2)`
      : `failed (exit ${child.status ?? child.signal}): ${child.stderr?.trim().split('\n').pop() ?? ''}`;
    print(`  ${shape.name}`, `${shape.label}: ${size}; ${why}`);
    continue;
  }
  const r = JSON.parse(line) as { chars: number; bytes: number; ms: number; findings: number; rssBefore: number; peakRss: number };
  const kb = r.bytes / 1024;
  print(
    `  ${shape.name}`,
    `${shape.label}: ${size}; ${r.ms.toFixed(0)} ms, ${(r.ms / kb).toFixed(3)} ms/KB (target ≤ 2); ` +
      `${r.findings} findings; peak RSS ${(r.peakRss / MB).toFixed(0)} MB (${(r.rssBefore / MB).toFixed(0)} MB before the analysis)`,
  );
}

// 2. Edit to fresh analysis. A ~5,000-word article from the seed's paragraphs: each copy shuffles them and changes
// about one word in twelve for another word of the seed, so copies differ as articles on one story do. Then 200 edits,
// each changing one word at a deterministic position (even edits: another word of the seed; odd edits: a typo, one
// letter swapped within its dot group), and after each the full analysis of the new text by one long-lived analyzer
// (what the server does today; an incremental analyzer would be plugged in here) against a bare tokenize().
{
  const rand = prng(2);
  const paragraphs = seed
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => /\p{L}/u.test(p));
  const vocabulary = [...new Set(seed.split(/\s+/).filter((w) => /^[\u0600-\u06ff\u200c]{2,}$/.test(w)))];
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const article: string[][] = []; // paragraphs of words
  let articleWords = 0;
  while (articleWords < 5000) {
    const order = paragraphs.map((p) => ({ p, k: rand() })).sort((a, b) => a.k - b.k);
    for (const { p } of order) {
      if (articleWords >= 5000) break;
      const words = p.split(/\s+/).map((w) => (/^[\u0600-\u06ff]+$/.test(w) && rand() < 1 / 12 ? pick(vocabulary) : w));
      article.push(words);
      articleWords += countWords(words.join(' '));
    }
  }
  const render = () => article.map((words) => words.join(' ')).join('\n\n');
  const positions: [number, number][] = [];
  article.forEach((words, pi) => words.forEach((w, wi) => /^[\u0600-\u06ff]{3,}$/.test(w) && positions.push([pi, wi])));
  const typo = (word: string) => {
    const chars = [...word];
    const order = chars.map((_, i) => i).filter((i) => DOT_GROUPS.some((g) => g.includes(chars[i])));
    if (order.length === 0) return word + 'ی';
    const i = order[Math.floor(rand() * order.length)];
    const group = DOT_GROUPS.find((g) => g.includes(chars[i]))!;
    chars[i] = group[(group.indexOf(chars[i]) + 1) % group.length];
    return chars.join('');
  };

  const editAnalyzer = createAnalyzer(lexicon);
  const first = render();
  editAnalyzer.analyze(first); // the article as opened
  for (let i = 0; i < 20; i++) tokenize(first); // warm-up
  const analyzeMs: number[] = [];
  const tokenizeMs: number[] = [];
  for (let e = 0; e < 200; e++) {
    const [pi, wi] = positions[Math.floor(rand() * positions.length)];
    article[pi][wi] = e % 2 === 0 ? pick(vocabulary) : typo(article[pi][wi]);
    const text = render();
    analyzeMs.push(time(() => editAnalyzer.analyze(text))[1]);
    tokenizeMs.push(time(() => tokenize(text))[1]);
  }
  const [a50, a95, t50, t95] = [percentile(analyzeMs, 0.5), percentile(analyzeMs, 0.95), percentile(tokenizeMs, 0.5), percentile(tokenizeMs, 0.95)];
  const text = render();
  console.log(`\nedit to fresh analysis (${countWords(text)}-word article, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB, 200 one-word edits, one long-lived analyzer)`);
  print('  analyze()', `p50 ${a50.toFixed(2)} ms, p95 ${a95.toFixed(2)} ms (full analysis; no incremental analyzer yet)`);
  print('  tokenize()', `p50 ${t50.toFixed(2)} ms, p95 ${t95.toFixed(2)} ms`);
  print('  p95 ratio', `${(a95 / t95).toFixed(1)}× analyze/tokenize (target ≤ 5×)`);
}

// 3. The CLI against Code Spell Checker (cspell, check only, with the fa-IR dictionary) on the seed ×500 as one file.
{
  console.log('\nCLI against cspell (seed ×500 as one file, one run each)');
  const cspellBin = path.join(root, 'node_modules/cspell/bin.mjs');
  const faExt = path.join(root, 'node_modules/@cspell/dict-fa-ir/cspell-ext.json');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dabir-bench-'));
  try {
    const file = path.join(dir, 'article.txt');
    const text = Array.from({ length: 500 }, () => seed).join('\n');
    writeFileSync(file, text);
    const kb = Buffer.byteLength(text) / 1024;

    const devNull = openSync('/dev/null', 'w');
    const [dabir, dabirMs] = time(() => spawnSync(process.execPath, [path.join(__dirname, 'cli.js'), 'check', file], { stdio: ['ignore', devNull, 'pipe'] }));
    closeSync(devNull);
    const dabirOk = dabir.status === 0 || dabir.status === 1;
    print('  dabir check', dabirOk ? `${dabirMs.toFixed(0)} ms (${kb.toFixed(0)} KB, exit ${dabir.status})` : `failed (exit ${dabir.status ?? dabir.signal}): ${dabir.stderr?.toString().trim().split('\n').pop() ?? ''}`);

    if (!existsSync(cspellBin) || !existsSync(faExt)) {
      print('  cspell', 'not installed (devDependencies cspell and @cspell/dict-fa-ir): skipped');
    } else {
      // every occurrence reported, as dabir does (cspell's defaults stop after a few repeats of one word); cspell only
      // checks files under its working directory, so it runs in the temporary one
      const config = { version: '0.2', language: 'fa-IR', import: [faExt], maxNumberOfProblems: 10_000_000, maxDuplicateProblems: 10_000_000 };
      writeFileSync(path.join(dir, 'cspell.json'), JSON.stringify(config));
      const [cspell, cspellMs] = time(() =>
        spawnSync(process.execPath, [cspellBin, '--no-progress', '--no-summary', '-c', 'cspell.json', 'article.txt'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * MB }),
      );
      const issues = (cspell.stdout ?? '').split('\n').filter((l) => l.includes('Unknown word')).length;
      if ((cspell.status !== 0 && cspell.status !== 1) || cspell.error) {
        print('  cspell', `failed (exit ${cspell.status ?? cspell.signal}${cspell.error ? `, ${cspell.error.message}` : ''}): ${(cspell.stderr ?? '').trim().split('\n').pop() ?? ''}`);
      } else if (issues === 0) {
        print('  cspell', `${cspellMs.toFixed(0)} ms but reported no unknown words: it did not check the Persian (ratio not shown)`);
      } else {
        print('  cspell', `${cspellMs.toFixed(0)} ms (${issues} unknown-word issues, fa-IR dictionary)`);
        if (dabirOk) print('  ratio', `${(cspellMs / dabirMs).toFixed(2)}× cspell/dabir (target ≥ 5×)`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
