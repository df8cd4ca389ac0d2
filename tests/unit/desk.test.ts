// name/inconsistent-across-files (core/desk.ts): a name spelled one way in most of a desk's texts and another way in
// some is flagged in the minority texts with the majority spelling (or the names list's), pointing at the other
// texts; different names that look alike, mentions already flagged in their own text and ties are handled.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer, type AnalyzeOptions } from '../../server/src/core/analyze';
import { ACROSS_FILES_CODE, checkDesk, type DeskText } from '../../server/src/core/desk';
import { Lexicon } from '../../server/src/core/lexicon';
import { parseNamesList } from '../../server/src/core/names-list';
import type { Entity, Finding } from '../../server/src/core/types';
import { work } from '../../server/src/core/work';

const COMMON = `با|در|به|از|و|که|را|دیدار|کرد|گفت|وزیر|دفاع|رئیس|سفر|امروز|این|اعلام|همکاری|روابط|دو|کشور|نیز|
آقای|ژنرال|خبر|داد|است|بود|آمد|حسن|حسین|محمد|محمود|مجلس|نماینده|رفت|شد|تهران|مسکو|ادامه|دارد|گزارش|نشست|
برگزار|شهر|سخنرانی|فردا|دیروز|هفته|گذشته|درباره|مذاکره`.split(/[|\s]+/);
const lexicon = Lexicon.fromWords(COMMON);
const analyzer = createAnalyzer(lexicon);

/** Analyses each text (as the CLI does) and returns the desk's input. */
function desk(texts: Record<string, string>, options: AnalyzeOptions = {}): DeskText[] {
  return Object.entries(texts).map(([file, text]) => ({ file, text, ...analyzer.analyze(text, options) }));
}

/** The desk's findings as [file, text flagged, fix]. */
function flagged(input: DeskText[], found: Finding[][]): [string, string, string][] {
  return found.flatMap((fs, i) => fs.map((f): [string, string, string] => [input[i].file, input[i].text.slice(f.span.start, f.span.end), f.suggestions[0]]));
}

/** A text with the given person mentions (each name's first occurrence), as an analysis would give it. */
function analysed(file: string, text: string, names: string[], findings: Finding[] = []): DeskText {
  const entities = names.map((name): Entity => {
    const start = text.indexOf(name);
    return { key: name, name, kind: 'person', mentions: [{ span: { start, end: start + name.length }, text: name }], spellings: [{ text: name, count: 1 }] };
  });
  return { file, text, findings, entities };
}

const GERASIMOV = {
  'a.txt': 'ژنرال گراسیموف به تهران رفت. گراسیموف گفت که همکاری ادامه دارد.',
  'b.txt': 'ژنرال گراسیموف امروز با وزیر دفاع دیدار کرد.',
  'c.txt': 'ژنرال گراسیمف در نشست مسکو نیز خبر داد.',
};

test('the spelling most files use wins; the minority file is flagged with it, pointing at the other files', () => {
  const input = desk(GERASIMOV);
  const found = checkDesk(input, { lexicon });
  assert.deepEqual(flagged(input, found), [['c.txt', 'گراسیمف', 'گراسیموف']]);
  const [f] = found[2];
  assert.equal(f.code, ACROSS_FILES_CODE);
  assert.equal(f.check, 'name');
  assert.equal(f.severity, 'warning');
  assert.ok(f.entity, 'the finding names its entity');
  assert.ok(input[2].entities.some((e) => e.key === f.entity));
  // both spellings and how many files use each, in both languages
  assert.match(f.message.fa, /گراسیمف.*۱ پرونده.*۲ پرونده.*گراسیموف/);
  assert.match(f.message.en, /“گراسیمف”.*1 file.*“گراسیموف” in 2 files/);
  // the related locations are mentions of the majority spelling in the other files, first of each file first
  assert.deepEqual(
    f.related!.map((r) => [r.file, input.find((t) => t.file === r.file)!.text.slice(r.span.start, r.span.end)]),
    [
      ['a.txt', 'گراسیموف'],
      ['b.txt', 'گراسیموف'],
      ['a.txt', 'گراسیموف'],
    ],
  );
  assert.ok(f.related!.every((r) => r.file !== 'c.txt'));
});

test('files count before mentions: one file repeating a spelling does not outvote two files', () => {
  const input = desk({
    'a.txt': 'ژنرال گراسیمف به تهران رفت. گراسیمف گفت و گراسیمف نیز خبر داد. گراسیمف آمد.',
    'b.txt': 'ژنرال گراسیموف امروز با وزیر دفاع دیدار کرد.',
    'c.txt': 'ژنرال گراسیموف در نشست مسکو نیز خبر داد.',
  });
  const found = flagged(input, checkDesk(input, { lexicon }));
  assert.equal(found.length, 4);
  assert.ok(found.every(([file, text, fix]) => file === 'a.txt' && text === 'گراسیمف' && fix === 'گراسیموف'));
});

test('without other files, or with one spelling everywhere, there is nothing to say', () => {
  assert.deepEqual(checkDesk(desk({ 'c.txt': GERASIMOV['c.txt'] }), { lexicon }), [[]]);
  const same = desk({ 'a.txt': GERASIMOV['a.txt'], 'b.txt': GERASIMOV['b.txt'] });
  assert.deepEqual(checkDesk(same, { lexicon }), [[], []]);
});

test('the names list overrides the majority: its preferred spelling is the fix', () => {
  const list = parseNamesList('person: گراسیمف').entries;
  const input = desk(GERASIMOV, { namesList: list });
  const found = checkDesk(input, { lexicon, namesList: list });
  assert.deepEqual(flagged(input, found), [
    ['a.txt', 'گراسیموف', 'گراسیمف'],
    ['a.txt', 'گراسیموف', 'گراسیمف'],
    ['b.txt', 'گراسیموف', 'گراسیمف'],
  ]);
  const f = found[1][0];
  assert.match(f.message.fa, /فهرست نام‌ها «گراسیمف»/);
  assert.match(f.message.en, /names list spells “گراسیموف” as “گراسیمف”/);
  assert.deepEqual(
    f.related!.map((r) => r.file),
    ['c.txt'],
  );
  // the file that already writes the listed spelling is not flagged
  assert.deepEqual(found[2], []);
});

test('a listed variant in a file analysed without the list is flagged with the preferred spelling', () => {
  const list = parseNamesList('گراسیموف | گراسیمف').entries;
  const input = desk(GERASIMOV);
  assert.deepEqual(flagged(input, checkDesk(input, { lexicon, namesList: list })), [['c.txt', 'گراسیمف', 'گراسیموف']]);
});

test('two different names that look alike are not merged (words the lexicon knows, given names)', () => {
  const input = desk({
    'a.txt': 'آقای محمود به تهران رفت و درباره همکاری سخنرانی کرد.',
    'b.txt': 'آقای محمود امروز با وزیر دفاع دیدار کرد.',
    'c.txt': 'آقای محمد در نشست مسکو نیز خبر داد.',
    'd.txt': 'آقای حسین به تهران رفت.',
    'e.txt': 'آقای حسین امروز گفت.',
    'f.txt': 'آقای حسن دیروز خبر داد.',
  });
  assert.deepEqual(checkDesk(input, { lexicon }).flat(), []);
  // without a lexicon the given names still tell them apart
  assert.deepEqual(checkDesk(input).flat(), []);
});

test('a mention the names check already flagged in its own file is not flagged again', () => {
  const c = 'ژنرال گراسیموف در نشست مسکو گفت که گراسیمف نیز خبر داد. گراسیموف آمد.';
  const input = desk({ 'a.txt': GERASIMOV['a.txt'], 'b.txt': GERASIMOV['b.txt'], 'c.txt': c });
  const own = input[2].findings.filter((f) => f.code === 'name/inconsistent-spelling');
  assert.deepEqual(
    own.map((f) => c.slice(f.span.start, f.span.end)),
    ['گراسیمف'],
  );
  assert.deepEqual(checkDesk(input, { lexicon }).flat(), []);
});

test('ties: most mentions overall, then the first spelling by code units, whatever the order of the files', () => {
  const mentions = desk({
    'a.txt': 'ژنرال گراسیمف به تهران رفت.',
    'b.txt': 'ژنرال گراسیموف امروز با وزیر دفاع دیدار کرد و گراسیموف گفت که همکاری ادامه دارد.',
  });
  assert.deepEqual(flagged(mentions, checkDesk(mentions, { lexicon })), [['a.txt', 'گراسیمف', 'گراسیموف']]);

  // one file and one mention each, and nothing else to tell them apart
  const a = analysed('a.txt', 'ژنرال گراسیموف به تهران رفت.', ['گراسیموف']);
  const b = analysed('b.txt', 'ژنرال گراسیمف امروز با وزیر دفاع دیدار کرد.', ['گراسیمف']);
  const forward = [a, b];
  const backward = [b, a];
  // «گراسیمف» < «گراسیموف» (ف U+0641 before و U+0648)
  assert.deepEqual(flagged(forward, checkDesk(forward, { lexicon })), [['a.txt', 'گراسیموف', 'گراسیمف']]);
  assert.deepEqual(flagged(backward, checkDesk(backward, { lexicon })), [['a.txt', 'گراسیموف', 'گراسیمف']]);
  assert.deepEqual(checkDesk(forward, { lexicon }), checkDesk(forward, { lexicon }));
});

test('a tie goes to the spelling the garbled check does not doubt', () => {
  const a = analysed('a.txt', 'ژنرال گراسیمف به تهران رفت.', ['گراسیمف']);
  const doubt: Finding = {
    check: 'garbled',
    code: 'garbled/probable-name',
    severity: 'hint',
    span: a.entities[0].mentions[0].span,
    message: { fa: 'نام ناشناخته: «گراسیمف».', en: 'Unknown name “گراسیمف”.' },
    suggestions: ['گراسیموف'],
  };
  const input = [{ ...a, findings: [doubt] }, analysed('b.txt', 'ژنرال گراسیموف به تهران رفت.', ['گراسیموف'])];
  // (without the doubt, «گراسیمف» would win the tie by code units)
  assert.deepEqual(flagged(input, checkDesk(input, { lexicon })), [['a.txt', 'گراسیمف', 'گراسیموف']]);
});

test('a misspelt word inside a longer name is compared with the name in the other files', () => {
  const input = desk({
    'a.txt': 'ژنرال والری کاپلانوف به تهران رفت.',
    'b.txt': 'ژنرال کاپلانوف امروز با وزیر دفاع دیدار کرد.',
    'c.txt': 'ژنرال کاپلانوف در نشست مسکو نیز خبر داد.',
    'd.txt': 'ژنرال والری کاپلانف گفت که همکاری ادامه دارد.',
  });
  // «والری کاپلانوف» and «والری کاپلانف» are one file each, but the surname is «کاپلانوف» in three files; the
  // mention is flagged once, whole
  assert.deepEqual(flagged(input, checkDesk(input, { lexicon })), [['d.txt', 'والری کاپلانف', 'والری کاپلانوف']]);
  // with no other «والری …», the surname alone is flagged within the mention
  const alone = desk({ 'b.txt': input[1].text, 'c.txt': input[2].text, 'd.txt': input[3].text });
  const found = checkDesk(alone, { lexicon });
  assert.deepEqual(flagged(alone, found), [['d.txt', 'کاپلانف', 'کاپلانوف']]);
  const mention = alone[2].entities.flatMap((e) => e.mentions).find((m) => m.text === 'والری کاپلانف')!;
  assert.ok(found[2][0].span.start > mention.span.start && found[2][0].span.end === mention.span.end);
});

test('cost grows with the number of mentions, not with pairs of files', () => {
  const letters = [...'بپتجچخدرزسشغفکگلمنهی'];
  // distinct made-up names, many of them one dot apart: a crowded desk where every name has neighbours
  const name = (i: number) => 'ک' + [0, 1, 2].map((k) => letters[(Math.floor(i / letters.length ** k) + k * 7) % letters.length]).join('ا') + 'وف';
  const input = (n: number): DeskText[] => Array.from({ length: n }, (_, i) => analysed(`${i}.txt`, `ژنرال ${name(i)} به تهران رفت.`, [name(i)]));
  const steps = (n: number) => {
    const before = work.steps;
    checkDesk(input(n), { lexicon });
    return work.steps - before;
  };
  const small = steps(500);
  const large = steps(4000);
  // eight times the texts: about eight times the work (all pairs would be sixty-four times)
  assert.ok(large < small * 8 * 2, `500 texts: ${small} steps, 4000 texts: ${large}`);
});

test('a doubted word that no entity holds is compared with the names of the other files, and never followed', () => {
  // «گراسیمف» in c.txt has no cue and no mention there: only the garbled-word check doubts it
  const garbled = (text: string, word: string): Finding => {
    const start = text.indexOf(word);
    return { check: 'garbled', code: 'garbled/unknown-word', severity: 'error', span: { start, end: start + word.length }, message: { fa: '', en: '' }, suggestions: [] };
  };
  const c = 'او گفت گراسیمف امروز آمد.';
  const input = [
    analysed('a.txt', 'ژنرال گراسیموف به تهران رفت.', ['گراسیموف']),
    analysed('b.txt', 'ژنرال گراسیموف امروز با وزیر دفاع دیدار کرد.', ['گراسیموف']),
    analysed('c.txt', c, [], [garbled(c, 'گراسیمف')]),
  ];
  assert.deepEqual(flagged(input, checkDesk(input, { lexicon })), [['c.txt', 'گراسیمف', 'گراسیموف']]);
  // the same doubted word in two files and the name in one: the name is not respelt after the doubted word
  const d = 'او گفت گراسیمف فردا آمد.';
  const twice = [input[0], input[2], analysed('d.txt', d, [], [garbled(d, 'گراسیمف')])];
  assert.deepEqual(flagged(twice, checkDesk(twice, { lexicon })), [
    ['c.txt', 'گراسیمف', 'گراسیموف'],
    ['d.txt', 'گراسیمف', 'گراسیموف'],
  ]);
  // with the word beside it, word for word: «محمدرظا شجریان» for «محمدرضا شجریان»; never a different word count
  const e = 'محمدرظا شجریان آمد.';
  const pair = [analysed('e.txt', 'استاد محمدرضا شجریان آواز خواند.', ['محمدرضا شجریان']), analysed('f.txt', e, [], [garbled(e, 'محمدرظا')])];
  assert.deepEqual(flagged(pair, checkDesk(pair, { lexicon })), [['f.txt', 'محمدرظا شجریان', 'محمدرضا شجریان']]);
});
