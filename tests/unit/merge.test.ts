// One finding per mistake (core/merge.ts): a garbled finding within a name finding becomes one finding with both
// reasons; other overlaps stay apart.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeReasons } from '../../server/src/core/merge';
import type { Finding } from '../../server/src/core/types';

const TEXT = 'اتاق بازرگانی تهرن و مشکو امروز.';
const span = (w: string) => ({ start: TEXT.indexOf(w), end: TEXT.indexOf(w) + w.length });
const finding = (check: Finding['check'], code: string, w: string, suggestions: string[], more: Partial<Finding> = {}): Finding => ({
  check,
  code,
  severity: check === 'garbled' ? 'error' : 'warning',
  span: span(w),
  message: { fa: `${code} فا`, en: `${code} en` },
  suggestions,
  ...more,
});

test('a garbled word that a name finding holds is merged into it: both reasons, graver severity, each fix once', () => {
  const name = finding('name', 'name/inconsistent-spelling', 'مشکو', ['مسکو'], { entity: 'e1' });
  const garbled = finding('garbled', 'garbled/unknown-word', 'مشکو', ['مسکو', 'مشک'], { safe: true });
  const [f, ...rest] = mergeReasons(TEXT, [garbled, name]);
  assert.equal(rest.length, 0);
  assert.equal(f.code, 'name/inconsistent-spelling');
  assert.equal(f.entity, 'e1');
  assert.equal(f.severity, 'error');
  assert.deepEqual(f.suggestions, ['مسکو', 'مشک']);
  assert.deepEqual(f.also, [{ code: 'garbled/unknown-word', span: span('مشکو') }]);
  assert.equal(f.message.en, 'name/inconsistent-spelling en garbled/unknown-word en');
  assert.equal(f.message.fa, 'name/inconsistent-spelling فا garbled/unknown-word فا');
  assert.equal(f.safe, true, 'the safe garbled fix is the merged first fix');
});

test('within a longer name, the garbled replacements become replacements of the whole name', () => {
  const name = finding('name', 'name/inconsistent-spelling', 'اتاق بازرگانی تهرن', ['اتاق بازرگانی تهران']);
  const garbled = finding('garbled', 'garbled/unknown-word', 'تهرن', ['تهران', 'تهر']);
  const out = mergeReasons(TEXT, [name, garbled]);
  assert.equal(out.length, 1);
  assert.deepEqual(out[0].suggestions, ['اتاق بازرگانی تهران', 'اتاق بازرگانی تهر']);
  assert.equal(out[0].safe, undefined);
});

test('overlaps that are two mistakes stay two findings', () => {
  // a garbled span reaching past the name's: the name's fix would not cover it
  const name = finding('name', 'name/inconsistent-spelling', 'تهرن', ['تهران']);
  const wider = finding('garbled', 'garbled/merged-word', 'تهرن و', ['تهرن و']);
  const dup = finding('duplicate', 'duplicate/word', 'تهرن', ['']);
  const style = finding('style', 'style/missing-zwnj', 'مشکو', ['مشکو']);
  const input = [name, wider, dup, style];
  assert.deepEqual(mergeReasons(TEXT, input), input);
  // nothing to merge into: the same findings
  const alone = [finding('garbled', 'garbled/unknown-word', 'مشکو', ['مسکو'])];
  assert.deepEqual(mergeReasons(TEXT, alone), alone);
});
