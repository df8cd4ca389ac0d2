// Diacritics standing for misread letters, and the hamza seat «ؤ» left out: found, repaired, and correct
// vocalised or hamza-less words that are words of their own left alone; a compound with its madda lost; a
// rare word written with Arabic letter forms or a rare form a dot from a common word; «ان» standing alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../server/src/core/analyze';
import { markRepairs } from '../../server/src/core/garbled/marks';
import { Commonness, Lexicon, Tier } from '../../server/src/core/lexicon';
import type { Finding } from '../../server/src/core/types';

const COMMON = ['مؤسسه', 'رؤیا', 'رؤیاها', 'نامه', 'نام', 'مدرسه', 'کاملا', 'فورا', 'اول', 'ساخته', 'است', 'در', 'این', 'آن', 'و'];
const lexicon = Lexicon.fromEntries([
  ...COMMON.map((w) => [w, Tier.base, Commonness.common] as const),
  // a rare word whose hamza spelling the lexicon happens to list too
  ['موثق', Tier.base, Commonness.none] as const,
  ['مؤثق', Tier.base, Commonness.none] as const,
]);
const analyzer = createAnalyzer(lexicon);

function garbled(text: string): Finding[] {
  return analyzer.analyze(text, { disabled: ['name', 'duplicate', 'style'] }).findings.filter((f) => f.check === 'garbled');
}

function on(text: string, word: string): Finding | undefined {
  const at = text.indexOf(word);
  return garbled(text).find((f) => f.span.start === at && f.span.end === at + word.length);
}

test('markRepairs reads a mark on «و»/«ی» as a hamza seat and a final mark as a lost «ه» or alef', () => {
  assert.deepEqual(markRepairs('موّسسه').map((r) => [r.kind, r.lookup]), [['hamza', 'مؤسسه']]);
  assert.deepEqual(markRepairs('نامُ').map((r) => [r.kind, r.lookup, r.write(r.lookup)]), [['letter', 'نامه', 'نامه\u0654']]);
  assert.deepEqual(markRepairs('کاملً').map((r) => [r.lookup, r.write(r.lookup)]), [['کاملا', 'کاملا\u064b']]);
  assert.deepEqual(markRepairs('فورآً').map((r) => r.lookup), ['فورا']);
  // no marks, a final kasra (the ezafe), a mark after «ه» or a hamza: nothing to read
  assert.deepEqual(markRepairs('موسسه'), []);
  assert.deepEqual(markRepairs('کتابِ'), []);
  assert.deepEqual(markRepairs('خانهٔ'), []);
  assert.deepEqual(markRepairs('جزءٌ'), []);
});

test('a shadda or vowel sign on «و» where the word has a hamza seat is reported with the hamza spelling', () => {
  const f = on('این موّسسه است', 'موّسسه');
  assert.ok(f);
  assert.equal(f.suggestions[0], 'مؤسسه');
  assert.equal(on('این روْیا است', 'روْیا')?.suggestions[0], 'رؤیا');
  // a shadda that Arabic loans keep is no damage
  assert.equal(on('این اوّل است', 'اوّل'), undefined);
});

test('a final damma, tanwin or sukun where «هٔ» belongs is reported with «هٔ» restored', () => {
  const f = on('در مدرسُ آن', 'مدرسُ');
  assert.equal(f?.suggestions[0], 'مدرسه\u0654');
  assert.equal(f?.severity, 'error');
  // the word without the mark is a word too: less sure
  assert.equal(on('در نامُ آن', 'نامُ')?.severity, 'warning');
  // with a misread letter too (ح for خ)
  assert.equal(on('این ساحتٌ است', 'ساحتٌ')?.suggestions[0], 'ساخته\u0654');
  assert.equal(on('این کاملً است', 'کاملً')?.suggestions[0], 'کاملا\u064b');
});

test('a common word written without its hamza seat gets a hint with the standard spelling', () => {
  const f = on('این موسسه است', 'موسسه');
  assert.ok(f);
  assert.equal(f.severity, 'hint');
  assert.equal(f.suggestions[0], 'مؤسسه');
  // an inflection goes by its headword
  assert.equal(on('این رویاها است', 'رویاها')?.suggestions[0], 'رؤیاها');
  // a rare word of its own that merely resembles a listed hamza spelling is left alone
  assert.equal(on('این موثق است', 'موثق'), undefined);
  assert.equal(on('این مؤسسه است', 'مؤسسه'), undefined);
});

test('a compound of known parts whose madda is lost is repaired into the listed compound', () => {
  const lex = Lexicon.fromEntries(
    ['عمل', 'آوری', 'اوری', 'عمل‌آوری', 'این', 'است'].map((w) => [w, Tier.base, Commonness.common] as const),
  );
  const text = 'این عمل\u200cاوری است';
  const found = createAnalyzer(lex)
    .analyze(text, { disabled: ['name', 'duplicate', 'style'] })
    .findings.map((f) => [text.slice(f.span.start, f.span.end), f.suggestions[0]]);
  assert.deepEqual(found, [['عمل\u200cاوری', 'عمل\u200cآوری']]);
});

test('a rare word written with Arabic letter forms in a Persian-lettered text, a dot from a common word, gets a hint', () => {
  const lex = Lexicon.fromEntries([
    ...['وزنی', 'این', 'است', 'کار'].map((w) => [w, Tier.base, Commonness.common] as const),
    ['ورنی', Tier.base, Commonness.none] as const,
  ]);
  const found = (text: string) =>
    createAnalyzer(lex)
      .analyze(text, { disabled: ['name', 'duplicate', 'style'] })
      .findings.map((f) => [f.severity, text.slice(f.span.start, f.span.end), f.suggestions[0]]);
  assert.deepEqual(found('این کار ورنى است'), [['hint', 'ورنى', 'وزنی']]);
  // written with the Persian letter, a rare word alone is no evidence
  assert.deepEqual(found('این کار ورنی است'), []);
});

test('a rare derived form or a rare two-letter word met once, a dot from a common word, gets a hint', () => {
  const lex = Lexicon.fromEntries([
    ...['گیلان', 'خانه', 'رفت', 'او', 'است'].map((w) => [w, Tier.base, Commonness.common] as const),
    ...['در', 'به', 'و'].map((w) => [w, Tier.base, Commonness.function] as const),
    ['کیلان', Tier.inflected, Commonness.none] as const,
    ['کیل', Tier.base, Commonness.none] as const,
    ['ذر', Tier.base, Commonness.none] as const,
  ]);
  const found = (text: string) =>
    createAnalyzer(lex)
      .analyze(text, { disabled: ['name', 'duplicate', 'style'] })
      .findings.map((f) => [f.severity, text.slice(f.span.start, f.span.end), f.suggestions[0]]);
  assert.deepEqual(found('او به کیلان رفت'), [['hint', 'کیلان', 'گیلان']]);
  assert.deepEqual(found('او ذر خانه است'), [['hint', 'ذر', 'در']]);
  // repeated in the article: meant
  assert.deepEqual(found('او ذر خانه است و ذر خانه رفت'), []);
});

test('«ان» alone is «آن» with its madda lost (and «ین» is «این»), unless it spells a letter of an abbreviation', () => {
  const lex = Lexicon.fromEntries([
    ...['کتاب', 'خواند', 'شبکه', 'گفت', 'آزمایش', 'سی', 'بی', 'دی', 'ای', 'ان', 'ین', 'او'].map((w) => [w, Tier.base, Commonness.common] as const),
    ...['را', 'که', 'آن', 'این'].map((w) => [w, Tier.base, Commonness.function] as const),
  ]);
  const found = (text: string) =>
    createAnalyzer(lex)
      .analyze(text, { disabled: ['name', 'duplicate', 'style'] })
      .findings.map((f) => [f.severity, text.slice(f.span.start, f.span.end), f.suggestions[0]]);
  assert.deepEqual(found('او ان کتاب را خواند'), [['hint', 'ان', 'آن']]);
  assert.deepEqual(found('شبکه سی ان ان گفت'), []);
  assert.deepEqual(found('شبکه ان بی سی گفت'), []);
  assert.deepEqual(found('آزمایش دی. ان. ای گفت'), []);
  // «ین» likewise, unless a count makes it the yen
  assert.deepEqual(found('او ین کتاب را خواند'), [['hint', 'ین', 'این']]);
  assert.deepEqual(found('او ۱۰۰ ین خواند'), []);
});
