// The newsroom's names list: parsing (separators, kinds, comments, malformed lines reported, never thrown)
// and its effect on analysis (its preferred spelling wins, a listed variant is flagged even when alone).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../server/src/core/analyze';
import { Lexicon } from '../../server/src/core/lexicon';
import { NamesIndex, parseNamesList, spellingId } from '../../server/src/core/names-list';

test('entries: preferred spelling first, variants after «|» or tabs, optional kind, comments', () => {
  const { entries, problems } = parseNamesList(
    [
      '# names of the foreign desk',
      'person: گراسیموف | گراسیمف | گراسیموو  # chief of staff',
      'place:\tجمهوری آذربایجان\tآذربایجان',
      '',
      'وزارت بهداشت، درمان و آموزش پزشکی',
      'سازمان: سازمان ملل متحد | سازمان ملل',
    ].join('\n'),
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(entries, [
    { preferred: 'گراسیموف', variants: ['گراسیمف', 'گراسیموو'], kind: 'person', line: 2 },
    { preferred: 'جمهوری آذربایجان', variants: ['آذربایجان'], kind: 'place', line: 3 },
    // a Persian comma is part of a name, not a separator
    { preferred: 'وزارت بهداشت، درمان و آموزش پزشکی', variants: [], kind: undefined, line: 5 },
    { preferred: 'سازمان ملل متحد', variants: ['سازمان ملل'], kind: 'organization', line: 6 },
  ]);
});

test('malformed lines are reported with their line number and skipped, never thrown', () => {
  const { entries, problems } = parseNamesList('city: تهران\r\nگراسیموف || گراسیمف\n| باکو\n???\nمسکو\nمسکو | مشکو\nپوتین | پوتین');
  assert.deepEqual(
    problems.map((p) => p.line),
    [1, 2, 3, 4, 6, 7],
  );
  for (const p of problems) {
    assert.ok(p.message.fa.length > 0);
    assert.ok(p.message.en.length > 0);
  }
  assert.match(problems[0].message.en, /Unknown kind “city”/);
  assert.match(problems[4].message.en, /line 5/);
  // the repeated variant is dropped but the entry kept
  assert.deepEqual(
    entries.map((e) => [e.preferred, e.variants]),
    [
      ['مسکو', []],
      ['پوتین', []],
    ],
  );
});

test('spellings are compared per word, so spacing variants can be listed', () => {
  assert.equal(spellingId(' علي  اف '), 'علی اف');
  assert.notEqual(spellingId('علی‌اف'), spellingId('علی اف'));
  const index = new NamesIndex(parseNamesList('علی‌اف | علی اف').entries);
  assert.equal(index.lookup('علی اف')?.preferred, false);
  assert.equal(index.lookup('علی‌اف')?.preferred, true);
  assert.equal(index.lookup('مسکو'), undefined);
});

const COMMON = 'با|در|به|از|و|که|گفت|دیدار|کرد|رفت|امروز|خبر|داد|نیز|است|حسن|حسین'.split('|');
const analyzer = createAnalyzer(Lexicon.fromWords(COMMON));
const names = (text: string, list: string) => {
  const a = analyzer.analyze(text, { disabled: ['garbled', 'duplicate', 'style'], namesList: parseNamesList(list).entries });
  return { ...a, findings: a.findings.filter((f) => f.check === 'name') };
};

test('a listed variant is flagged even when it is the only spelling in the article', () => {
  const text = 'گراسیمف امروز به باکو رفت و گراسیمف خبر داد.';
  const { findings, entities } = names(text, 'person: گراسیموف | گراسیمف');
  assert.equal(findings.length, 2);
  for (const f of findings) {
    assert.equal(text.slice(f.span.start, f.span.end), 'گراسیمف');
    assert.deepEqual(f.suggestions, ['گراسیموف']);
  }
  const person = entities.find((e) => e.kind === 'person');
  assert.equal(person?.name, 'گراسیموف');
  assert.equal(person?.inconsistent, true);
});

test('the list’s preferred spelling overrides the majority', () => {
  const text = 'ژنرال گراسیمف به باکو رفت. گراسیمف گفت که گراسیموف نیز خبر داد.';
  // without a list the majority wins
  const plain = analyzer.analyze(text, { disabled: ['garbled', 'duplicate', 'style'] }).findings.filter((f) => f.check === 'name');
  assert.deepEqual(plain.map((f) => text.slice(f.span.start, f.span.end)), ['گراسیموف']);
  const { findings } = names(text, 'گراسیموف');
  assert.deepEqual(findings.map((f) => text.slice(f.span.start, f.span.end)), ['گراسیمف', 'گراسیمف']);
  assert.deepEqual(findings.map((f) => f.suggestions[0]), ['گراسیموف', 'گراسیموف']);
});

test('listed spellings are recognised as names of the listed kind; consistent entities are not marked', () => {
  const text = 'کاپلانوف امروز با هیئت دیدار کرد.';
  const { entities, findings } = names(text, 'person: کاپلانوف');
  assert.deepEqual(findings, []);
  const e = entities.find((x) => x.name === 'کاپلانوف');
  assert.equal(e?.kind, 'person');
  assert.equal(e?.inconsistent, false);
});

test('two listed names one letter apart stay two entities', () => {
  const text = 'حسن کاپلانی با حسین کاپلانی دیدار کرد.';
  const { entities, findings } = names(text, 'person: حسن کاپلانی\nperson: حسین کاپلانی');
  assert.deepEqual(findings, []);
  assert.deepEqual(entities.filter((e) => e.kind === 'person').map((e) => e.name).sort(), ['حسن کاپلانی', 'حسین کاپلانی']);
});
