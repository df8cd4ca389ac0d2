// Damage inside what the entity recogniser takes for a name: reported as a hint when no name would look so
// (a letter written three times), or when a rare word met once is one dot from a common headword.
// Uses the shipped lexicon (the recogniser needs its gazetteers and a real lexicon).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createAnalyzer } from '../../server/src/core/analyze';
import { Lexicon } from '../../server/src/core/lexicon';

const shipped = new URL('../../dist/lexicon.bin', import.meta.url);
const skip = !existsSync(shipped) && 'dist/lexicon.bin not built';

function garbled(text: string) {
  const analyzer = createAnalyzer(Lexicon.load(readFileSync(shipped)));
  return analyzer.analyze(text, { disabled: ['name', 'duplicate', 'style'] }).findings.filter((f) => f.check === 'garbled');
}

function hints(text: string): [string, string, string | undefined][] {
  return garbled(text).map((f) => [f.code, text.slice(f.span.start, f.span.end), f.suggestions[0]]);
}

test('a name with a letter written three times is reported, with the letter once', { skip }, () => {
  assert.deepEqual(hints('به گفته آقای فرهاد گلپایگاننننی، وزیر، کار ادامه دارد.'), [['garbled/probable-name', 'گلپایگاننننی', 'گلپایگانی']]);
  assert.deepEqual(hints('به گفته آقای فرهاد گلپایگانی، وزیر، کار ادامه دارد.'), []);
});

test('a rare word in a name, met once and one dot from a common headword, gets a hint; a repeated one does not', { skip }, () => {
  assert.deepEqual(hints('دکتر حسن رجیمی در این دیدار گفت که کار ادامه دارد.'), [['garbled/probable-name', 'رجیمی', 'رحیمی']]);
  assert.deepEqual(hints('دکتر حسن رجیمی در این دیدار گفت. دکتر حسن رجیمی افزود که کار ادامه دارد.'), []);
});

test('a common word without its hamza seat gets its hint inside a name too', { skip }, () => {
  const found = hints('به گفته رئیس موسسه فرهنگی آفتاب، کار ادامه دارد.');
  assert.ok(found.some(([, word, fix]) => word === 'موسسه' && fix === 'مؤسسه'), JSON.stringify(found));
});

test('a name met once, one edit from a long dictionary word, gets a hint; repeated, it is meant', { skip }, () => {
  const text = 'به گفته آقای فرهاد ماکروکیو، وزیر، کار ادامه دارد.';
  const found = garbled(text);
  assert.deepEqual(found.map((f) => [f.code, text.slice(f.span.start, f.span.end)]), [['garbled/probable-name', 'ماکروکیو']]);
  assert.ok(found[0].suggestions.slice(0, 3).includes('ماکروویو'), found[0].suggestions.join('، '));
  assert.deepEqual(hints('به گفته آقای فرهاد ماکروکیو، وزیر، کار ادامه دارد. آقای فرهاد ماکروکیو افزود.'), []);
});

test('a word of a given name written in two words (شمس الدین) is the name, not a damaged word', { skip }, () => {
  assert.deepEqual(hints('به گفته آقای شمس الدین کریمی، وزیر، کار ادامه دارد. آقای شمس الدین کریمی افزود.'), []);
  assert.deepEqual(hints('سرلشکر نجم الدین وکیلی در این دیدار گفت که کار ادامه دارد.'), []);
});
