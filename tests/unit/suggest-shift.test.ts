// The garbled check's use of rankShiftedSpace (core/garbled/rank.ts): a space one letter off between two words is
// reported over both words, with the word's own repairs shown beside its neighbour, at no higher severity.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../server/src/core/analyze';
import { Commonness, Lexicon, Tier } from '../../server/src/core/lexicon';

const lexicon = Lexicon.fromEntries([
  ...['آزادی', 'خلق', 'آزاد', 'مردم', 'تخلف', 'شبکه', 'خبر'].map((w) => [w, Tier.base, Commonness.common] as const),
  ...['از', 'و', 'روی', 'رو', 'به'].map((w) => [w, Tier.base, Commonness.function] as const),
]);
const run = (text: string) => createAnalyzer(lexicon).analyze(text, { disabled: ['name', 'duplicate', 'style'] }).findings;

test('a space one letter off is reported over both words, the letter moved across it', () => {
  const text = 'مردم از آزاد یخلق و خبر';
  const [hit] = run(text);
  assert.equal(hit.code, 'garbled/split-word');
  assert.equal(text.slice(hit.span.start, hit.span.end), 'آزاد یخلق');
  assert.equal(hit.suggestions[0], 'آزادی خلق');
  // the word's own repair is still offered, beside its neighbour
  assert.ok(hit.suggestions.includes('آزاد تخلف'), hit.suggestions.join('، '));
});

test('a lone «و» keeps its letter: no shifted reading across it', () => {
  const lex = Lexicon.fromEntries([
    ...['شست', 'شسته', 'دست', 'خبر'].map((w) => [w, Tier.base, Commonness.common] as const),
    ...['او', 'و', 'را'].map((w) => [w, Tier.base, Commonness.function] as const),
  ]);
  const findings = createAnalyzer(lex).analyze('دست را شستا و خبر', { disabled: ['name', 'duplicate', 'style'] }).findings;
  assert.deepEqual(findings.map((f) => f.code), ['garbled/unknown-word']);
  assert.ok(!findings[0].suggestions.includes('شست او'), findings[0].suggestions.join('، '));
});

test('a compound with a damaged part is reported with its repair; a coinage of known parts is not', () => {
  const lex = Lexicon.fromEntries([
    ...['کوتاه', 'مدت', 'طرح', 'کابوس', 'خواب', 'دید', 'دار'].map((w) => [w, Tier.base, Commonness.common] as const),
    ...['و', 'را', 'یک'].map((w) => [w, Tier.base, Commonness.function] as const),
  ]);
  const findings = (text: string) => createAnalyzer(lex).analyze(text, { disabled: ['name', 'duplicate', 'style'] }).findings;
  const [hit] = findings('طرح گوتاه\u200cمدت را دید');
  assert.equal(hit.code, 'garbled/unknown-word');
  assert.equal(hit.suggestions[0], 'کوتاه\u200cمدت');
  // «وار» is a derivational suffix: کابوس‌وار is a coinage, left alone even though «وار» reads as a damaged «دار»
  assert.deepEqual(findings('یک خواب کابوس\u200cوار دید'), []);
});

test('a tentative reading is offered as a hint only', () => {
  const lex = Lexicon.fromEntries(['سمفونیک', 'ارکستر', 'اجرا', 'کرد'].map((w) => [w, Tier.base, Commonness.function] as const));
  // a dot and a lost last letter: beyond the usual bound, though the score alone would pass for plausible
  const [hit] = createAnalyzer(lex).analyze('ارکستر سمفوتی اجرا کرد', { disabled: ['name', 'duplicate', 'style'] }).findings;
  assert.equal(hit.suggestions[0], 'سمفونیک');
  assert.equal(hit.severity, 'hint');
});

test('a stray one-letter piece gives its letter back across the space (د رسخنوری → در سخنوری)', () => {
  const lex = Lexicon.fromEntries([
    ...['سخنوری', 'استاد', 'بود'].map((w) => [w, Tier.base, Commonness.common] as const),
    ...['در', 'او'].map((w) => [w, Tier.base, Commonness.function] as const),
  ]);
  const text = 'او استاد د رسخنوری بود';
  const hit = createAnalyzer(lex)
    .analyze(text, { disabled: ['name', 'duplicate', 'style'] })
    .findings.find((f) => f.suggestions[0] === 'در سخنوری');
  assert.ok(hit);
  assert.equal(text.slice(hit.span.start, hit.span.end), 'د رسخنوری');
});
