// Spoken spellings (garbled/colloquial.ts) read back to their written form, and the garbled check's severity for
// them and for other readings of low confidence: a rare word with «و» glued on, an unknown word beside a name,
// a field of a line of codes, a word of a short quote, a full stop after a verbless sentence.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createAnalyzer } from '../../server/src/core/analyze';
import { colloquialStandard } from '../../server/src/core/garbled/colloquial';
import { inShortQuote, isCodeField } from '../../server/src/core/garbled/surroundings';
import { Commonness, Lexicon, Tier } from '../../server/src/core/lexicon';
import { tokenize } from '../../server/src/core/text';

const ZWNJ = '\u200c';
const WRITTEN = new Set(['مانده', 'توانسته', 'خانه', 'کردید', 'رفتید', 'مشکلی', 'مربی', 'دیدم', 'کار', 'دانش', 'خواهی']);
const isWord = (w: string) => WRITTEN.has(w);

test('spoken spellings read back to the written word', () => {
  assert.equal(colloquialStandard('مونده', isWord), 'مانده');
  assert.equal(colloquialStandard('تونسته', isWord), 'توانسته');
  assert.equal(colloquialStandard('خونه', isWord), 'خانه');
  assert.equal(colloquialStandard('کردین', isWord), 'کردید');
  assert.equal(colloquialStandard('مشکلیه', isWord), 'مشکلی است');
  assert.equal(colloquialStandard('مربیش', isWord), `مربی${ZWNJ}اش`);
  assert.equal(colloquialStandard('دیدمش', isWord), 'دیدمش');
});

test('damaged words are no spoken spellings', () => {
  // a lost letter, a misread one, «ین» after what is no verb, «ت» after a noun in «ی» (فضیلت misspelt), «ه»
  // after a verb (خواهید misread)
  for (const w of ['کشاروزی', 'مبازرات', 'کارین', 'حرمین', 'فضلیت', 'کارو', 'خواهیه']) assert.equal(colloquialStandard(w, isWord), undefined, w);
});

const lexicon = Lexicon.fromEntries([
  ...['مانده', 'اینجا', 'از', 'رانده', 'گفت', 'شهر', 'جنوب', 'کیلومتری', 'کار', 'دانش', 'رشته', 'خبرنگار', 'فرهنگ', 'هوا', 'سرد', 'بود', 'امروز', 'باران', 'آمد', 'پشت', 'میز']
    .map((w) => [w, Tier.base, Commonness.common] as const),
  ['پال', Tier.base, Commonness.attested] as const,
  ...['و', 'را', 'که', 'در', 'به', 'است'].map((w) => [w, Tier.base, Commonness.function] as const),
]);
const analyzer = createAnalyzer(lexicon);
const findings = (text: string) =>
  analyzer.analyze(text, { disabled: ['name', 'duplicate', 'style'] }).findings.map((f) => [f.code, f.severity, text.slice(f.span.start, f.span.end)]);

test('a spoken spelling is a hint, a letter lost from the same word is not', () => {
  assert.deepEqual(findings('از اینجا رانده از اینجا مونده'), [['garbled/unknown-word', 'hint', 'مونده']]);
  assert.deepEqual(findings('از اینجا رانده از اینجا مادده'), [['garbled/unknown-word', 'warning', 'مادده']]);
});

test('«و» glued after a rare word (a name’s ending) is a hint; after a common word it is damage', () => {
  assert.deepEqual(findings('رشته پالو'), [['garbled/merged-words', 'hint', 'پالو']]);
  assert.deepEqual(findings('رشته کارو دانش'), [['garbled/merged-words', 'error', 'کارو']]);
});

test('a word set off by stars on a line of codes is a code field', () => {
  const tokens = tokenize('فراهنگ * * 1880 * * 1823\nهوا سرد * بود');
  assert.ok(isCodeField(tokens, 0));
  // (a star with no number on its line is no code line)
  assert.ok(!isCodeField(tokens, tokens.findIndex((t) => t.text === 'سرد')));
  assert.deepEqual(findings('فراهنگ * * 1880 * * 1823'), []);
});

test('a full stop after a verbless sentence is a hint, unless what follows never begins a sentence or the text lost its commas', () => {
  const stops = (text: string) => findings(text).filter((f) => f[0] === 'garbled/stray-punctuation').map((f) => f[1]);
  assert.deepEqual(stops('امروز، پشت میز. باران آمد'), ['hint']);
  assert.deepEqual(stops('امروز، پشت میز. را گفت'), ['warning']);
  // more such stops than «،» in the whole text: its commas were read as full stops
  assert.deepEqual(stops('امروز پشت میز. باران آمد'), ['warning']);
});

const shipped = new URL('../../dist/lexicon.bin', import.meta.url);
test('an unknown word with no near repair beside a name is a hint', { skip: !existsSync(shipped) && 'dist/lexicon.bin not built' }, () => {
  const real = createAnalyzer(Lexicon.load(readFileSync(shipped)));
  const severity = (text: string, word: string) =>
    real.analyze(text, { disabled: ['name', 'duplicate', 'style'] }).findings.find((f) => text.slice(f.span.start, f.span.end) === word)?.severity;
  assert.equal(severity('علیرضا صیفوری سربزه در استان زنجان به دنیا آمد.', 'سربزه'), 'hint');
  assert.equal(severity('او در سربزه به دنیا آمد.', 'سربزه'), 'warning');
});

test('a compound of words in use and a common word with a clitic joined are hints; a rare part is a warning', { skip: !existsSync(shipped) && 'dist/lexicon.bin not built' }, () => {
  const real = createAnalyzer(Lexicon.load(readFileSync(shipped)));
  const severity = (text: string, word: string) =>
    real.analyze(text, { disabled: ['name', 'duplicate', 'style'] }).findings.find((f) => text.slice(f.span.start, f.span.end) === word)?.severity;
  assert.equal(severity('دریافت کنندگان حقوق‌های نجومی مجازات شوند.', 'حقوق‌های'), 'hint');
  assert.equal(severity('او پایه‌گدار این مکتب بود.', 'پایه‌گدار'), 'warning');
  // (a verb prefix that lost its letter is damage: نم‌بینم)
  assert.equal(severity('چیز دیگری را نم‌بینم.', 'نم‌بینم'), 'warning');
  assert.equal(severity('دو هفته است که من ناچارم پسر او را ببینم.', 'ناچارم'), 'hint');
});

test('a word of a short «…» quote (a title, a name) is quoted on its own; a quoted sentence is not', () => {
  const tokens = tokenize('فیلمی با عنوان «گاد کیلر» ساخت و گفت «این کار را ما در شهر کردیم»');
  const at = (w: string) => tokens.findIndex((t) => t.text === w);
  assert.ok(inShortQuote(tokens, at('کیلر')));
  assert.ok(!inShortQuote(tokens, at('عنوان')));
  assert.ok(!inShortQuote(tokens, at('شهر')));
});

test('an unknown word of a quoted title is a hint; the same words unquoted are a warning', { skip: !existsSync(shipped) && 'dist/lexicon.bin not built' }, () => {
  const real = createAnalyzer(Lexicon.load(readFileSync(shipped)));
  const severity = (text: string, word: string) =>
    real.analyze(text, { disabled: ['name', 'duplicate', 'style'] }).findings.find((f) => text.slice(f.span.start, f.span.end) === word)?.severity;
  assert.equal(severity('این فیلم در سال 2010 با عنوان «گاد کیلر» ساخته شد.', 'کیلر'), 'hint');
  assert.equal(severity('این فیلم در سال 2010 با عنوان گاد کیلر ساخته شد.', 'کیلر'), 'warning');
});
