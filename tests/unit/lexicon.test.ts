// The compact lexicon: compile/serialize/load round trip, lookups, tiers, traversal, and the shipped file.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Lexicon, Tier, compile } from '../../server/src/core/lexicon';

const ZWNJ = '\u200c';
const words = ['کتاب', `کتاب${ZWNJ}ها`, `کتاب${ZWNJ}های`, 'کتابخانه', 'کتابی', 'مسکو', 'می‌شود', 'تأکید', 'تاکید'];

test('has() knows exactly the compiled words, ZWNJ forms included', () => {
  const lex = Lexicon.fromWords(words);
  for (const w of words) assert.ok(lex.has(w), w);
  for (const w of ['کتا', 'کتابها', 'کتاب‌ه', 'مسکوو', '', 'مشکو']) assert.ok(!lex.has(w), w);
  assert.equal(lex.size, words.length);
});

test('fromWords normalises Arabic letter forms and diacritics', () => {
  const lex = Lexicon.fromWords(['كتابي', 'مُسکو']);
  assert.ok(lex.has('کتابی'));
  assert.ok(lex.has('مسکو'));
});

test('serialize and load round-trip, including from an unaligned buffer', () => {
  const lex = Lexicon.fromEntries([
    ['کتاب', Tier.base],
    [`کتاب${ZWNJ}ها`, Tier.inflected],
    ['کتابم', Tier.rare],
  ]);
  const bytes = lex.serialize();
  const padded = new Uint8Array(bytes.length + 3);
  padded.set(bytes, 3);
  for (const copy of [Lexicon.load(bytes), Lexicon.load(padded.subarray(3))]) {
    assert.deepEqual([...copy.words()], [...lex.words()]);
    assert.equal(copy.tierOf('کتاب'), Tier.base);
    assert.equal(copy.tierOf(`کتاب${ZWNJ}ها`), Tier.inflected);
    assert.equal(copy.tierOf('کتابم'), Tier.rare);
    assert.equal(copy.tierOf('کتا'), 0);
  }
  assert.throws(() => Lexicon.load(new Uint8Array(64)), /not a Dabir lexicon/);
});

test('duplicate words keep their most ordinary tier', () => {
  const lex = Lexicon.fromEntries([
    ['باد', Tier.rare],
    ['باد', Tier.base],
  ]);
  assert.equal(lex.tierOf('باد'), Tier.base);
  assert.equal(lex.size, 1);
});

test('the automaton is minimal: shared suffixes share states', () => {
  const a = compile(['کتاب‌ها', 'دفتر‌ها', 'قلم‌ها'].map((w) => [w, Tier.base] as const));
  // the «‌ها» tail is stored once: far fewer states than letters
  assert.ok(a.final.length < 'کتاب‌هادفتر‌هاقلم‌ها'.length, `states: ${a.final.length}`);
});

test('traversal: child, walk, edges and finality', () => {
  const lex = Lexicon.fromWords(['با', 'باد', 'بار']);
  const ba = lex.walk(lex.root, 'با');
  assert.ok(ba >= 0 && lex.isFinal(ba));
  const labels: string[] = [];
  for (let e = lex.edgeStart(ba); e < lex.edgeEnd(ba); e++) labels.push(lex.edgeChar(e));
  assert.deepEqual(labels.sort(), ['د', 'ر']);
  assert.equal(lex.child(ba, 'ز'), -1);
  assert.equal(lex.child(lex.root, 'x'), -1);
  assert.deepEqual([...lex.words()], ['با', 'باد', 'بار']);
});

const shipped = new URL('../../dist/lexicon.bin', import.meta.url);
test('the shipped lexicon: Lilak forms with affixes and half-spaces', { skip: !existsSync(shipped) && 'dist/lexicon.bin not built' }, () => {
  const lex = Lexicon.load(readFileSync(shipped));
  assert.ok(lex.size > 1_000_000, `size ${lex.size}`);
  for (const w of ['کتاب', `کتاب${ZWNJ}هایم`, 'کتابها', `بی${ZWNJ}کتاب`, 'مسکو', 'دوجانبه', 'تأکید', `بین${ZWNJ}المللی`, `آموزش${ZWNJ}های`]) {
    assert.ok(lex.has(w), w);
  }
  for (const w of ['مشکو', 'دوحانبه', 'نیوزبه', 'والرئ']) assert.ok(!lex.has(w), w);
  assert.equal(lex.tierOf('کتاب'), Tier.base);
  assert.equal(lex.tierOf('کتابم'), Tier.rare);
  assert.equal(lex.tierOf('بتمرگ'), Tier.noSuggest);
});
