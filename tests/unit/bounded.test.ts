// Bounded work on any input: every awkward shape of text costs work in proportion to its length. The work
// counter (core/work.ts) counts the elementary steps of the analysis; each shape is analysed at two sizes, and
// four times the text may cost at most about four times the work (a little more for n log n stages). Nothing
// here reads a clock: the same answer on every machine.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createAnalyzer } from '../../server/src/core/analyze';
import { ContextModel } from '../../server/src/core/context/model';
import { Lexicon } from '../../server/src/core/lexicon';
import { MAX_WORD_LENGTH, tokenize } from '../../server/src/core/text';
import { SearchBudget, work } from '../../server/src/core/work';

const lexiconFile = new URL('../../dist/lexicon.bin', import.meta.url);
const contextFile = new URL('../../dist/context.bin', import.meta.url);
const lexicon = Lexicon.load(readFileSync(lexiconFile));
const context = existsSync(contextFile) ? ContextModel.load(readFileSync(contextFile)) : undefined;

const LETTERS = 'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی';

/** A seeded generator (mulberry32): the same shapes on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function letters(next: () => number, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += LETTERS[Math.floor(next() * LETTERS.length)];
  return out;
}

/** The steps one analysis of the text takes, by a fresh analyzer (no searches remembered from before). */
function stepsOf(text: string): number {
  const analyzer = createAnalyzer(lexicon, { context });
  const before = work.steps;
  analyzer.analyze(text);
  return work.steps - before;
}

const SENTENCE = 'خبرگزاری رویترز روز دوشنبه گزارش داد که وزیر خارجه برای گفت‌وگو دربارهٔ همکاری‌های دوجانبه به مسکو سفر کرد. ';

/** Each shape at a given size (a count of its repeating unit). */
const SHAPES: Record<string, (n: number) => string> = {
  'one run of letters with no space': (n) => letters(random(1), 10 * n),
  '«مس، » repeated': (n) => 'مس، '.repeat(n),
  '«می» and a half-space repeated': (n) => 'می\u200c'.repeat(n),
  'one letter repeated': (n) => 'ب'.repeat(50 * n),
  'one sentence repeated': (n) => SENTENCE.repeat(Math.ceil(n / 10)),
  'distinct random words': (n) => {
    const next = random(2);
    return Array.from({ length: n }, () => letters(next, 2 + Math.floor(next() * 11))).join(' ');
  },
  'words just under the length limit': (n) => {
    const next = random(3);
    return Array.from({ length: Math.ceil(n / 10) }, () => letters(next, MAX_WORD_LENGTH)).join(' ');
  },
  'a run of marks': (n) => '،'.repeat(5 * n),
  'marks and half-spaces mixed': (n) => '،\u200c.\u200c«»'.repeat(n),
  'one line per word': (n) => {
    const next = random(4);
    return Array.from({ length: n }, () => letters(next, 3 + Math.floor(next() * 5))).join('\n');
  },
  'one word repeated': (n) => 'دیدار '.repeat(n),
  'a long Latin word and digits': (n) => 'a'.repeat(20 * n) + ' ' + '۱'.repeat(20 * n),
};

const SMALL = 500;
/** Four times the input may cost this many times the work: linear, with room for n log n stages. */
const MAX_GROWTH = 4 * 1.35;

for (const [name, make] of Object.entries(SHAPES)) {
  test(`bounded work: ${name}`, () => {
    const small = stepsOf(make(SMALL));
    const large = stepsOf(make(4 * SMALL));
    assert.ok(small > 0, 'the work counter counts');
    assert.ok(large / small <= MAX_GROWTH, `4× the input cost ${(large / small).toFixed(2)}× the work (${small} → ${large} steps)`);
  });
}

test('a run of letters too long for a word is one token, reported without a search', () => {
  const run = letters(random(5), 5000);
  const tokens = tokenize(`سلام ${run} خداحافظ`);
  assert.deepEqual(tokens.map((t) => t.kind), ['word', 'run', 'word']);
  const { findings } = createAnalyzer(lexicon, { context }).analyze(`سلام ${run} خداحافظ`);
  const overlong = findings.filter((f) => f.code === 'garbled/overlong-word');
  assert.equal(overlong.length, 1);
  assert.deepEqual(overlong[0].suggestions, []);
  assert.equal(overlong[0].span.end - overlong[0].span.start, run.length);
  assert.match(overlong[0].message.en, /5000 characters without a space/);
  // a word of the longest allowed length is still a word
  assert.equal(tokenize(run.slice(0, MAX_WORD_LENGTH))[0].kind, 'word');
});

test('the search budget grows with the text and, once spent, refuses searches', () => {
  const budget = new SearchBudget(100, { base: 10, perChar: 2 });
  assert.ok(budget.open);
  budget.charge(209);
  assert.ok(budget.open, '10 + 2 × 100 steps allowed');
  budget.charge(1);
  assert.ok(!budget.open);
});

test('words past the search budget are still reported, saying their suggestions were skipped', () => {
  // distinct damaged words (a dot lost or misread), each needing a search of its own; a budget for about two
  const text = 'مشکو و دوحانبه و پاریش و لندس و برلبن و تهزان';
  const tight = createAnalyzer(lexicon, { context, searchAllowance: { base: 30_000, perChar: 0 } }).analyze(text).findings;
  const full = createAnalyzer(lexicon, { context }).analyze(text).findings;
  const unknown = (fs: typeof full) => fs.filter((f) => f.code === 'garbled/unknown-word');
  const skipped = unknown(tight).filter((f) => f.suggestions.length === 0);
  assert.ok(unknown(full).length >= 5 && unknown(full).every((f) => f.suggestions.length > 0), 'with the default budget every word is searched');
  assert.ok(unknown(tight).some((f) => f.suggestions.length > 0), 'words before the budget ran out have suggestions');
  assert.ok(skipped.length > 0, 'words past it are still reported');
  for (const f of skipped) {
    assert.match(f.message.en, /suggestions were skipped/);
    assert.match(f.message.fa, /جست‌وجو نشد/);
    assert.equal(f.severity, 'warning');
  }
  // every word the full analysis reports is reported under the tight budget too, at the same place
  assert.deepEqual(unknown(tight).map((f) => f.span), unknown(full).map((f) => f.span));
});
