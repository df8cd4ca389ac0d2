// Context the garbled check reads around a word: quoted Arabic passages, letters standing for words, suffixes
// written apart, compounds written solid, and words the article repeats.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../server/src/core/analyze';
import { arabicPassages, isLetterLabel } from '../../server/src/core/garbled/surroundings';
import { isVerbForm } from '../../server/src/core/garbled/verbs';
import { Commonness, Lexicon, Tier } from '../../server/src/core/lexicon';
import { splitSentences, tokenize } from '../../server/src/core/text';

const ZWNJ = '\u200c';
const lexicon = Lexicon.fromEntries([
  ...['امام', 'حسین', 'نامه', 'نوشت', 'معاویه', 'گفت', 'مورد', 'توجه', 'قرار', 'گرفت', 'سفید', 'رنگ', 'خودرو', 'زیر', 'نظام', 'پیش', 'پیشتر', 'دست', 'خالی', 'مالی', 'انتشار', 'آغاز', 'مجله', 'مسکو', 'سفر']
    .map((w) => [w, Tier.base, Commonness.common] as const),
  ['دست‌مالی', Tier.base, Commonness.common] as const,
  ...['و', 'را', 'خود', 'در', 'به', 'از', 'کرد', 'است', 'او', 'تر'].map((w) => [w, Tier.base, Commonness.function] as const),
]);
const analyzer = createAnalyzer(lexicon);
const garbled = (text: string) =>
  analyzer.analyze(text, { disabled: ['name', 'duplicate', 'style'] }).findings.map((f) => [f.code, f.severity, text.slice(f.span.start, f.span.end)]);

test('a sentence with two Arabic function words is a quoted Arabic passage', () => {
  const text = 'امام نوشت. اما بعد فقد انتهت الی منک امور. معاویه گفت';
  const tokens = tokenize(text);
  const arabic = arabicPassages(tokens, splitSentences(tokens), (w) => lexicon.knows(w));
  const words = tokens.filter((t) => arabic.has(t.index)).map((t) => t.text);
  assert.deepEqual(words, ['اما', 'بعد', 'فقد', 'انتهت', 'الی', 'منک', 'امور']);
  // its unknown words are not reported; the same words in a Persian sentence are
  assert.deepEqual(garbled(text), []);
  assert.equal(garbled('او از انتهت نامه نوشت').length, 1);
});

test('letters standing for words: honorifics, also in mirrored parentheses, labels and codes', () => {
  const at = (text: string, letter: string) => {
    const tokens = tokenize(text);
    return isLetterLabel(tokens, tokens.findIndex((t) => t.text === letter));
  };
  assert.ok(at('امام حسین (ع) نوشت', 'ع'));
  assert.ok(at('امام حسین) ع (نوشت', 'ع'));
  assert.ok(at('بند «ح» تبصره', 'ح'));
  assert.ok(at('انتهای پیام / ق 30', 'ق'));
  // a letter between two words is damage
  assert.ok(!at('امام ر نوشت', 'ر'));
  assert.ok(!at('هلی‌کوپتر (۳۳ ه ۱)', 'ه'));
  assert.deepEqual(garbled('امام حسین) ع (نوشت'), []);
});

test('a suffix written apart from its word is a spacing habit: a hint that joins them', () => {
  assert.deepEqual(garbled('زیرنظام ها'), [['garbled/split-word', 'hint', 'زیرنظام ها']]);
  const f = analyzer.analyze('زیرنظام ها', { disabled: ['name', 'duplicate', 'style'] }).findings[0];
  assert.equal(f.suggestions[0], `زیرنظام${ZWNJ}ها`);
});

test('two content words written solid are a hint; a function word glued to a word is damage', () => {
  assert.deepEqual(garbled('موردتوجه قرار گرفت'), [['garbled/merged-words', 'hint', 'موردتوجه']]);
  assert.deepEqual(garbled('خودرو سفیدرنگ'), [['garbled/merged-words', 'hint', 'سفیدرنگ']]);
  assert.deepEqual(garbled('انتشارخود را آغاز کرد'), [['garbled/merged-words', 'error', 'انتشارخود']]);
});

test('a compound in use is not repaired into another listed compound', () => {
  // stored written solid
  assert.deepEqual(garbled(`پیش${ZWNJ}تر گفت`), []);
  // two attested words, one dot from another listed compound
  assert.deepEqual(garbled(`دست${ZWNJ}خالی گفت`), []);
});

test('an unknown word the article repeats, with its repair nowhere in it, is a hint', () => {
  assert.deepEqual(garbled('او به مشکو سفر کرد'), [['garbled/unknown-word', 'error', 'مشکو']]);
  // (the entity recogniser may take it for a name: a hint either way)
  assert.deepEqual(
    garbled('او به مشکو سفر کرد. او از مشکو نوشت').map((f) => f[1]),
    ['hint', 'hint'],
  );
  // when the article spells the repair elsewhere, the damage stays an error
  assert.equal(garbled('او به مشکو سفر کرد. او از مشکو نوشت. او به مسکو رفت')[0][1], 'error');
});

test('three unknown article words make an Arabic passage too; one or two in a name do not', () => {
  const passage = (text: string) => {
    const tokens = tokenize(text);
    return arabicPassages(tokens, splitSentences(tokens), (w) => lexicon.knows(w)).size > 0;
  };
  assert.ok(passage('پیامبر فرمود: الولد للفراش و للعاهر الحجر'));
  assert.ok(!passage('امام نجم الدین نوشت'));
});

test('a full stop after an imperative ends a sentence; after a noun that is not a verb it is a misread comma', () => {
  const punct = (text: string) =>
    createAnalyzer(Lexicon.fromEntries([...['بیاور', 'آن', 'را', 'پس', 'فردا', 'میز', 'پشت', 'نامه'].map((w) => [w, Tier.base, Commonness.common] as const)]))
      .analyze(text, { disabled: ['name', 'duplicate', 'style'] })
      .findings.filter((f) => f.code === 'garbled/stray-punctuation').length;
  assert.equal(punct('فردا آن را پس بیاور. نامه را پس بیاور'), 0);
  assert.equal(punct('فردا پشت میز. نامه را پس بیاور'), 1);
  // a stem in «آ» takes a glide after the prefix
  for (const v of ['بیاور', 'نیاورد', 'بیاموزد']) assert.ok(isVerbForm(v), v);
  assert.ok(!isVerbForm('بیابان'));
});
