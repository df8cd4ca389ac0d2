// Comparing spellings of names: the key that ignores spacing and letter forms, and one-slip matching.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameKey, neighbourhood, sameNameKeys, withSuffix } from '../../server/src/core/name-match';

test('the key ignores spaces, half-spaces and orthographic letter forms', () => {
  assert.equal(nameKey('علی اف'), nameKey('علی‌اف'));
  assert.equal(nameKey('علی اف'), nameKey('علیاف'));
  assert.equal(nameKey('قزوئن'), nameKey('قزوین'));
  assert.equal(nameKey('آمریکا'), nameKey('امریکا'));
});

test('one slip: a dot or transliteration swap, a vowel letter added or dropped, a doubled letter', () => {
  assert.ok(sameNameKeys(nameKey('گراسیموف'), nameKey('گراسیمف')));
  assert.ok(sameNameKeys(nameKey('نصرالله'), nameKey('نسرالله')));
  assert.ok(sameNameKeys(nameKey('فاطمه'), nameKey('فاططمه')));
  assert.ok(sameNameKeys(nameKey('مسکو'), nameKey('مشکو')));
});

test('not one slip: another letter added, a suffix, a short word', () => {
  assert.equal(sameNameKeys(nameKey('زایران'), nameKey('ایران')), false);
  assert.equal(sameNameKeys(nameKey('ایران'), nameKey('ایرانی')), false);
  // «ی» after a final «ی» is a suffix too, though it could be read as a doubled letter
  assert.equal(sameNameKeys(nameKey('بالای'), nameKey('بالایی')), false);
  assert.equal(sameNameKeys(nameKey('علی'), nameKey('عالی')), false);
});

test('withSuffix: one key is the other with a letter added at the end', () => {
  assert.ok(withSuffix('بورسو', 'بورس', 'و'));
  assert.ok(withSuffix('بورس', 'بورسو', 'و'));
  assert.equal(withSuffix('بورسو', 'بورس', 'ی'), false);
  assert.equal(withSuffix('وبورس', 'بورس', 'و'), false);
});

test('keys one slip apart share a neighbourhood entry', () => {
  const pairs = [
    ['گراسیموف', 'گراسیمف'],
    ['مسکو', 'مشکو'],
    ['نصرالله', 'نسرالله'],
  ];
  for (const [a, b] of pairs) {
    const na = new Set(neighbourhood(nameKey(a)));
    assert.ok(neighbourhood(nameKey(b)).some((k) => na.has(k)), `${a} / ${b}`);
  }
});
