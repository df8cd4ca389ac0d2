// Respelling an entity rewrites only the spellings of the chosen form, never a full name into its short form.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mentionsToRespell, spellingForms } from '../../server/src/core/spelling-forms';

const mention = (text: string, start: number) => ({ text, span: { start, end: start + text.length } });

test('variant spellings share a form; the full name and its short form do not', () => {
  const forms = spellingForms(['امانوئل ماکرون', 'ماکرون', 'مکرون', 'علی اف', 'علی‌اف']);
  assert.equal(forms.get('ماکرون'), forms.get('مکرون'));
  assert.notEqual(forms.get('ماکرون'), forms.get('امانوئل ماکرون'));
  assert.equal(forms.get('علی اف'), forms.get('علی‌اف'));
});

test('mentionsToRespell leaves the full name and the target spelling alone', () => {
  const entity = { mentions: [mention('امانوئل ماکرون', 0), mention('ماکرون', 30), mention('مکرون', 60)] };
  assert.deepEqual(mentionsToRespell(entity, 'ماکرون').map((m) => m.text), ['مکرون']);
  assert.deepEqual(mentionsToRespell(entity, 'مکرون').map((m) => m.text), ['ماکرون']);
  assert.deepEqual(mentionsToRespell(entity, 'امانوئل مکرون').map((m) => m.text), ['امانوئل ماکرون']);
});
