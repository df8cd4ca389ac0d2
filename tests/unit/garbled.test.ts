// The garbled-word check: each kind of damage is found and its first suggestion repairs it; correct words
// are left alone. Small lexicons built inline; a few end-to-end assertions on the shipped lexicon.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createAnalyzer } from '../../server/src/core/analyze';
import { Commonness, Lexicon, Tier } from '../../server/src/core/lexicon';
import { isVerbForm } from '../../server/src/core/garbled/verbs';
import { searchCandidates } from '../../server/src/core/garbled/search';
import type { Finding } from '../../server/src/core/types';

const ZWNJ = '\u200c';
const WORDS = [
  'مسکو', 'ماکو', 'دوجانبه', 'دوانه', 'تأکید', 'کرد', 'کردند', 'نیوز', 'به', 'نقل', 'از', 'و', 'آموزش', 'آموزش‌های',
  'نظامی', 'بحث', 'همکاری', 'فنی', 'در', 'زمینه', 'سفر', 'باکو', 'ایران', 'کتاب', 'خانه', 'کتابخانه', 'رفت', 'او',
  'والری', 'بزرگداشت', 'برگزار', 'شد', 'مراسم', 'حقوق', 'بین‌المللی', 'اصول', 'شهر', 'بزرگ', 'است', 'این',
  'جراحان', 'قلب', 'ایتالیا', 'روسیه', 'هفته', 'گذشته', 'رفتند', 'گزارش', 'دیدار', 'گفت',
];
// every word rated common, the particles as function words (see Commonness in lexicon.ts)
const FUNCTION_WORDS = new Set(['به', 'از', 'و', 'در', 'این', 'است', 'کرد', 'شد']);
const lexicon = Lexicon.fromEntries(WORDS.map((w) => [w, Tier.base, FUNCTION_WORDS.has(w) ? Commonness.function : Commonness.common] as const));
const analyzer = createAnalyzer(lexicon);

function garbled(text: string): Finding[] {
  return analyzer.analyze(text, { disabled: ['name', 'duplicate', 'style'] }).findings.filter((f) => f.check === 'garbled');
}

/** The single finding covering `span` in `text`, and its first suggestion applied there. */
function expectRepair(text: string, span: string, repaired: string, code?: string): Finding {
  const at = text.indexOf(span);
  const hits = garbled(text).filter((f) => f.span.start === at && f.span.end === at + span.length);
  assert.equal(hits.length, 1, `one finding on «${span}»: ${JSON.stringify(garbled(text).map((f) => [f.code, text.slice(f.span.start, f.span.end)]))}`);
  assert.equal(hits[0].suggestions[0], repaired);
  if (code) assert.equal(hits[0].code, code);
  return hits[0];
}

test('dot damage: the word one dot away is the first suggestion, with high confidence', () => {
  const f = expectRepair('او به مشکو سفر کرد', 'مشکو', 'مسکو', 'garbled/unknown-word');
  assert.equal(f.severity, 'error');
  assert.equal(f.safe, true);
  expectRepair('همکاری دوحانبه در زمینه', 'دوحانبه', 'دوجانبه');
  assert.match(f.message.fa, /مسکو/);
  assert.match(f.message.en, /Did you mean/);
});

test('hamza and yeh variants are cheaper than any other edit', () => {
  expectRepair('او والرئ است', 'والرئ', 'والری');
  const c = searchCandidates(Lexicon.fromWords(['تأکید', 'تاکسی']), 'تاکید', { maxCost: 1 });
  assert.equal(c[0].word, 'تأکید');
});

test('dropped and doubled letters', () => {
  expectRepair('او به باکو سفر کررد', 'کررد', 'کرد');
  expectRepair('به باو سفر کردند', 'باو', 'باکو');
});

test('two words run together are split', () => {
  const f = expectRepair('این نیوزبه نقل از ایران است', 'نیوزبه', 'نیوز به', 'garbled/merged-words');
  assert.equal(f.severity, 'error');
});

test('a word cut in two by a space is joined', () => {
  expectRepair('مراسم بزر گداشت برگزار شد', 'بزر گداشت', 'بزرگداشت', 'garbled/split-word');
});

test('stray commas inside a phrase: one finding over the phrase', () => {
  expectRepair('در زمینه آموزش، های، نظامی، بحث کردند', 'آموزش، های، نظامی،', 'آموزش‌های نظامی', 'garbled/stray-punctuation');
  expectRepair('همکاری، نظامی، و فنی-نظامی، تأکید کرد', 'همکاری، نظامی، و فنی-نظامی،', 'همکاری نظامی و فنی-نظامی');
});

test('heavier phrase damage: two broken pieces read as one word', () => {
  expectRepair('بر اساس اصول، حقو، س، المللا، تأکید کرد', 'اصول، حقو، س، المللا،', `اصول حقوق بین${ZWNJ}المللی`);
});

test('an ordinary comma-separated list is not damage', () => {
  assert.deepEqual(garbled('ایران، مسکو، باکو و نیوز در این زمینه همکاری کردند.'), []);
});

test('correct words are not flagged, in any letter form', () => {
  assert.deepEqual(garbled('او به مسکو سفر کرد و در کتابخانه بحث کرد.'), []);
  assert.deepEqual(garbled('او به مسكو سفر كرد.'), []);
  assert.deepEqual(garbled(`همکاری بین${ZWNJ}المللی`), []);
});

test('a half-space word written with a space is left to the style check', () => {
  assert.deepEqual(garbled('همکاری بین المللی'), []);
});

test('a rare form before a light verb is read as the noun it resembles', () => {
  const lex = Lexicon.fromEntries([
    ['تأکید', Tier.base, Commonness.common],
    ['تاکید', Tier.base, Commonness.common],
    ['تاکند', Tier.rare],
    ['کرد', Tier.base, Commonness.function],
  ]);
  const findings = createAnalyzer(lex).analyze('بر این موضوع تأکید کرد و بر آن تاکند کرد', { disabled: ['name', 'duplicate', 'style'] }).findings;
  const hit = findings.find((f) => f.check === 'garbled' && f.suggestions.length > 0);
  assert.ok(hit, 'تاکند before کرد is flagged');
  // the spelling the article already uses wins
  assert.equal(hit.suggestions[0], 'تأکید');
});

test('a Latin comma between Persian words becomes «،»', () => {
  const f = expectRepair('ایران, روسیه و باکو', ',', '،', 'garbled/stray-punctuation');
  assert.equal(f.severity, 'error');
});

test('a full stop after a word that is not a verb, with the sentence going on, is a misread «،»', () => {
  expectRepair('او به مسکو. باکو و ایران سفر کرد.', '.', '،', 'garbled/stray-punctuation');
  // after a verb it ends a sentence
  assert.deepEqual(garbled('او به مسکو سفر کرد. باکو و ایران همکاری کردند.'), []);
  // initials are dotted on purpose
  assert.deepEqual(garbled('گزارش ب. الف از ایران.').filter((f) => f.code === 'garbled/stray-punctuation'), []);
});

test('specks read as marks: a dot inside a word, a closing guillemet with no opening one, a lone digit', () => {
  expectRepair('او به مس.کو سفر کرد', '.', '', 'garbled/stray-punctuation');
  expectRepair('جراحان قلب» ایران', '»', '،', 'garbled/stray-punctuation');
  assert.deepEqual(garbled('او گفت «جراحان قلب» ایران'), []);
  expectRepair('او به مسکو سفر کرد. ۱\nباکو', '۱', '', 'garbled/stray-punctuation');
  // a count is not a speck
  assert.deepEqual(garbled('او ۱ کتاب به خانه رفت'), []);
});

test('a «،» read as a final hamza glued to the word', () => {
  expectRepair('در ایتالیاء روسیه و ایران', 'ایتالیاء', 'ایتالیا،');
});

test('look-alike shapes beyond dots: medial «ح» read as «ه»', () => {
  expectRepair('انجمن جراهان قلب ایران', 'جراهان', 'جراحان');
  const c = searchCandidates(lexicon, 'جراهان', { maxCost: 1 });
  assert.ok(c[0].word === 'جراحان' && c[0].cost < 1, 'a shape confusion is cheaper than an arbitrary edit');
});

test('letters lost at the word edges cost less than inside', () => {
  const edge = searchCandidates(lexicon, 'رفتن', { maxCost: 1 }).find((c) => c.word === 'رفتند');
  assert.ok(edge && edge.cost < 1);
});

test('a rare word one dot from a common word that the article uses is real-word damage', () => {
  const lex = Lexicon.fromEntries([
    ['امور', Tier.base, Commonness.common],
    ['آمور', Tier.base],
    ['خانه', Tier.base, Commonness.common],
    ['شهر', Tier.base, Commonness.common],
    ['به', Tier.base, Commonness.function],
    ['و', Tier.base, Commonness.function],
  ]);
  const run = (text: string) => createAnalyzer(lex).analyze(text, { disabled: ['name', 'duplicate', 'style'] }).findings;
  const hit = run('به امور خانه و آمور شهر').find((f) => f.code === 'garbled/unknown-word');
  assert.ok(hit, 'آمور is flagged');
  assert.equal(hit.suggestions[0], 'امور');
  assert.equal(hit.severity, 'warning');
  // alone, a rare but real word is left alone
  assert.deepEqual(run('به آمور شهر'), []);
});

test('spacing habits are not damage: a clitic written apart, a prefix written apart is at most a hint', () => {
  const lex = Lexicon.fromEntries(
    ['کتاب', 'کتابش', 'فرا', 'فرارسیدن', 'رسیدن', 'او', 'را', 'خواند', 'سال'].map((w) => [w, Tier.base, Commonness.common] as const),
  );
  const run = (text: string) => createAnalyzer(lex).analyze(text, { disabled: ['name', 'duplicate', 'style'] }).findings;
  const clitic = run('او کتاب ش را خواند');
  assert.deepEqual(clitic.map((f) => [f.code, f.severity, f.suggestions[0]]), [['garbled/split-word', 'hint', 'کتابش']]);
  assert.ok(run('فرا رسیدن سال').every((f) => f.severity === 'hint'));
});

test('compounds of known parts: a half-space where a space belongs, stacked plurals, a repairable part', () => {
  const lex = Lexicon.fromEntries([
    ...['خان', 'کامل', 'کاملا', 'تمیز', 'ظاهرا', 'ظاهر', 'به', 'خانه', 'خانه‌های', 'سازی', 'خصوصی', 'خصوص', 'خصوصی‌سازی', 'پنجه', 'زنی', 'بود', 'است'].map(
      (w) => [w, Tier.base, Commonness.common] as const,
    ),
    ['خانه‌ها', Tier.inflected, Commonness.common] as const,
    ['خانها', Tier.inflected, Commonness.none] as const,
    ['رنی', Tier.inflected, Commonness.none] as const,
    ['به', Tier.base, Commonness.function] as const,
  ]);
  const run = (text: string) => createAnalyzer(lex).analyze(text, { disabled: ['name', 'duplicate', 'style'] }).findings;
  const first = (text: string) => run(text).map((f) => [f.code, f.suggestions[0]]);
  assert.deepEqual(first('کاملا‌تمیز بود'), [['garbled/merged-words', 'کاملا تمیز']]);
  assert.deepEqual(first('ظاهرا‌به خانه'), [['garbled/merged-words', 'ظاهرا به']]);
  assert.deepEqual(first('خانها‌های'), [['garbled/unknown-word', 'خانه‌های']]);
  assert.deepEqual(first('خصوص‌سازی است'), [['garbled/unknown-word', 'خصوصی‌سازی']]);
  assert.deepEqual(first('پنجه‌رنی است'), [['garbled/unknown-word', 'پنجه‌زنی']]);
  // a compound of known parts that needs no repair stays silent
  assert.deepEqual(run('خانه‌سازی است'), []);
  assert.ok(!lex.knows('کاملا‌تمیز') && !lex.knows('خانها‌های') && lex.knows('خانه‌سازی'));
});

test('a word cut into two known words, one of them rare, is hinted at', () => {
  const lex = Lexicon.fromEntries([
    ['بررسی', Tier.base, Commonness.common],
    ['بر', Tier.base, Commonness.function],
    ['رسی', Tier.base, Commonness.attested],
    ['در', Tier.base, Commonness.function],
    ['پی', Tier.base, Commonness.common],
    ['درپی', Tier.base, Commonness.common],
    ['کرد', Tier.base, Commonness.function],
  ]);
  const run = (text: string) => createAnalyzer(lex).analyze(text, { disabled: ['name', 'duplicate', 'style'] }).findings;
  assert.deepEqual(run('بر رسی کرد').map((f) => [f.code, f.severity, f.suggestions[0]]), [['garbled/split-word', 'hint', 'بررسی']]);
  // two ordinary words side by side are left alone
  assert.deepEqual(run('در پی کرد'), []);
});

test('a preposition before a verb is one word cut in two; a bound preverb joined to a verb is a compound verb', () => {
  const lex = Lexicon.fromEntries([
    ['به', Tier.base, Commonness.function],
    ['بود', Tier.base, Commonness.function],
    ['بهبود', Tier.base, Commonness.common],
    ['برد', Tier.base, Commonness.common],
    ['وضع', Tier.base, Commonness.common],
  ]);
  const run = (text: string) => createAnalyzer(lex).analyze(text, { disabled: ['name', 'duplicate', 'style'] }).findings;
  // «به» never governs a finite verb: «به بود» is «بهبود» cut in two
  assert.deepEqual(run('وضع به بود').map((f) => [f.code, f.severity, f.suggestions[0]]), [['garbled/split-word', 'hint', 'بهبود']]);
  // «فرو» + a verb form written joined is a compound verb, not two words run together
  assert.deepEqual(run('وضع فروبرد'), []);
});

test('verb forms are recognised by their morphology', () => {
  for (const v of ['کرد', 'می‌کنند', 'نکرده‌اند', 'بیاید', 'برداشت', 'است', 'بپردازند', 'نکن']) assert.ok(isVerbForm(v), v);
  for (const w of ['ایران', 'نام', 'خود', 'کتاب', 'سال']) assert.ok(!isVerbForm(w), w);
});

const shipped = new URL('../../dist/lexicon.bin', import.meta.url);
test('seed phrases with the shipped lexicon', { skip: !existsSync(shipped) && 'dist/lexicon.bin not built' }, () => {
  const real = createAnalyzer(Lexicon.load(readFileSync(shipped)));
  const run = (text: string) => real.analyze(text, { disabled: ['name', 'duplicate', 'style'] }).findings;
  const first = (text: string, span: string) => {
    const at = text.indexOf(span);
    return run(text).find((f) => f.span.start === at && f.span.end === at + span.length)?.suggestions[0];
  };
  assert.equal(first('روابط میان باکو و مشکو برقرار است', 'مشکو'), 'مسکو');
  assert.equal(first('در مورد مسائل دوحانبه نیز تبادل نظر کردند', 'دوحانبه'), 'دوجانبه');
  assert.equal(first('به گزارش آران نیوزبه نقل از ترند', 'نیوزبه'), 'نیوز به');
  assert.equal(first('در زمینه آموزش، های، نظامی، بحث کردند', 'آموزش، های، نظامی،'), `آموزش${ZWNJ}های نظامی`);
  assert.deepEqual(run('وزارت دفاع جمهوری آذربایجان اعلام کرد که همکاری دو کشور براساس اعتماد متقابل است.').filter((f) => f.severity !== 'hint'), []);
});

test('a rare word one dot from a function word is suspect when met once, not when the article repeats it', () => {
  const lex = Lexicon.fromEntries([
    ['برای', Tier.base, Commonness.function],
    ['بزای', Tier.base, Commonness.none],
    ['او', Tier.base, Commonness.function],
    ['کار', Tier.base, Commonness.common],
    ['کرد', Tier.base, Commonness.function],
  ]);
  const run = (text: string) => createAnalyzer(lex).analyze(text, { disabled: ['name', 'duplicate', 'style'] }).findings;
  assert.deepEqual(run('او بزای کار کرد').map((f) => [f.code, f.suggestions[0]]), [['garbled/unknown-word', 'برای']]);
  assert.deepEqual(run('او بزای کار کرد. بزای او کار کرد'), []);
});

test('a damaged word and a stray mark glued to it are one finding, repaired together', () => {
  // «..» after a damaged word: the word repaired and the specks deleted in one fix
  const joined = expectRepair('او به مشکو.. سفر کرد', 'مشکو..', 'مسکو', 'garbled/unknown-word');
  assert.match(joined.message.en, /stray mark/);
  assert.match(joined.message.fa, /«مشکو\.\.»/);
  // a mark between the damaged word and the next: replaced by a space, never deleted into one run of letters
  const text = 'او به.مشکو سفر کرد';
  const [f] = garbled(text);
  assert.deepEqual([text.slice(f.span.start, f.span.end), f.suggestions[0]], ['.مشکو', ' مسکو']);
  // a mark inside one word stays a finding of its own: deleting it is the repair
  expectRepair('او به مس.کو سفر کرد', '.', '', 'garbled/stray-punctuation');
});
