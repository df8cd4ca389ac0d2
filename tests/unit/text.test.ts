// Tokenising and normalising Persian text with exact offsets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dotSkeleton, normalizeWord, toPersianDigits } from '../../server/src/core/persian';
import { hasPersian, splitSentences, tokenize } from '../../server/src/core/text';

test('words keep inner ZWNJ, offsets point into the original text', () => {
  const text = 'نشست‌های  مهم، «کتاب»';
  const tokens = tokenize(text);
  assert.deepEqual(
    tokens.map((t) => [t.kind, t.text]),
    [['word', 'نشست‌های'], ['word', 'مهم'], ['punct', '،'], ['punct', '«'], ['word', 'کتاب'], ['punct', '»']],
  );
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.equal(tokens[2].glued, true);
  assert.equal(tokens[1].glued, false);
});

test('a trailing or doubled ZWNJ does not end up inside a word', () => {
  const tokens = tokenize('کتاب\u200c کتاب\u200c\u200cها');
  assert.deepEqual(tokens.map((t) => t.text), ['کتاب', 'کتاب', 'ها']);
});

test('numbers in every digit script, with inner separators; Latin words', () => {
  const tokens = tokenize('در 10.5 درصد و ۱۴۰۲/۰۵/۱۲ و ٣ NATO-led');
  assert.deepEqual(
    tokens.filter((t) => t.kind !== 'word').map((t) => [t.kind, t.text]),
    [['number', '10.5'], ['number', '۱۴۰۲/۰۵/۱۲'], ['number', '٣'], ['latin', 'NATO-led']],
  );
});

test('surrogate pairs stay whole', () => {
  const text = 'سلام 😀 دنیا';
  const tokens = tokenize(text);
  assert.deepEqual(tokens.map((t) => t.text), ['سلام', '😀', 'دنیا']);
});

test('normalizeWord folds Arabic forms, marks, tatweel and ZWJ, never reorders letters', () => {
  assert.equal(normalizeWord('علي'), 'علی');
  assert.equal(normalizeWord('كتاب'), 'کتاب');
  assert.equal(normalizeWord('کتـــاب'), 'کتاب');
  assert.equal(normalizeWord('کِتاب'), 'کتاب');
  assert.equal(normalizeWord('می\u200c\u200cشود\u200c'), 'می\u200cشود');
  assert.equal(normalizeWord('تأکید'), 'تأکید');
});

test('dot skeleton equates letters that differ only by dots', () => {
  assert.equal(dotSkeleton('مسکو'), dotSkeleton('مشکو'));
  assert.equal(dotSkeleton('دوجانبه'), dotSkeleton('دوحانبه'));
  assert.notEqual(dotSkeleton('مسکو'), dotSkeleton('مسکن'));
});

test('sentences split at final punctuation and line breaks', () => {
  const tokens = tokenize('جملهٔ اول. جملهٔ دوم؟\nسطر سوم');
  const sentences = splitSentences(tokens);
  assert.deepEqual(sentences.map((s) => tokens.slice(s.first, s.last).map((t) => t.text).join(' ')), ['جملهٔ اول .', 'جملهٔ دوم ؟', 'سطر سوم']);
});

test('Persian detection and digits', () => {
  assert.equal(hasPersian('hello world'), false);
  assert.equal(hasPersian('hello دنیا'), true);
  assert.equal(toPersianDigits('10 و ٣'), '۱۰ و ۳');
});
