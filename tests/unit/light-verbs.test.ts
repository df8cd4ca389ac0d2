// Light verbs, read two ways: every inflection for the entity recogniser, only never-noun forms for the
// garbled check's noun slot.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LIGHT_VERB_STEMS, NOUN_SLOT_VERBS, lightVerbForms } from '../../server/src/core/light-verbs';

test('every light verb is inflected for person, the perfect and the negative and aspect prefixes', () => {
  const forms = new Set(lightVerbForms());
  for (const form of ['کرد', 'میکنند', 'نشد', 'نشده‌اند', 'بگیرید', 'نمیدهد', 'ساخته است']) assert.ok(forms.has(form), form);
  for (const [past, present] of LIGHT_VERB_STEMS) assert.ok(forms.has(past) && forms.has(`می${present}د`), past);
});

test('the noun slot takes no light-verb stem that is also an everyday noun, which the recogniser does take', () => {
  const all = new Set(lightVerbForms());
  for (const noun of ['زن', 'ده', 'ساز', 'داد', 'گیر']) {
    assert.ok(all.has(noun), noun);
    assert.ok(!NOUN_SLOT_VERBS.has(noun), noun);
  }
});

test('the noun slot takes the formal and possessive light verbs as well', () => {
  for (const form of ['کرد', 'شود', 'نمایند', 'گردید', 'دارند']) assert.ok(NOUN_SLOT_VERBS.has(form), form);
});
