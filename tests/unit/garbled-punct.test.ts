// Single marks misread or sprinkled into Persian text (garbled-punct): a hyphen glued to a word at a line's
// end is damage; hyphens inside compounds, list dashes and ranges are not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPunctuationDamage } from '../../server/src/core/garbled-punct';
import { tokenize } from '../../server/src/core/text';

const damaged = (text: string) =>
  findPunctuationDamage(tokenize(text), new Set(), () => true).map((d) => [text.slice(d.start, d.end), d.suggestions[0]]);

test('a hyphen glued after a word at the end of a line is stray', () => {
  assert.deepEqual(damaged('او به خانه رفت-\nو برگشت'), [['-', '']]);
  assert.deepEqual(damaged('او به خانه رفت-'), [['-', '']]);
});

test('hyphens in compounds, ranges and list dashes are left alone', () => {
  assert.deepEqual(damaged('همکاری فنی-نظامی ادامه دارد'), []);
  assert.deepEqual(damaged('او به خانه - و نه مدرسه - رفت'), []);
  assert.deepEqual(damaged('موارد:\n- اول\n- دوم'), []);
});
