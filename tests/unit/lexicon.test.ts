// The compact lexicon: compile/serialize/load round trip, lookups, tiers, traversal, and the shipped file.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Commonness, Lexicon, Tier, compile, foldSpelling } from '../../server/src/core/lexicon';
// the build script's pure helpers (plain ESM, imported as is)
import { expandEntry, nounForms, parseAff } from '../../scripts/build-lexicon.mjs';
import { readStopwords, readTesseractWords } from '../../scripts/lexicon-sources.mjs';

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

test('commonness is stored beside the tier and survives serialize/load', () => {
  const lex = Lexicon.fromEntries([
    ['از', Tier.base, Commonness.function],
    ['کتاب', Tier.base, Commonness.common],
    ['کتاب', Tier.base, Commonness.none], // duplicates keep the highest commonness
    ['تاکند', Tier.rare],
  ]);
  const copy = Lexicon.load(lex.serialize());
  assert.equal(copy.commonness('از'), Commonness.function);
  assert.equal(copy.commonness('کتاب'), Commonness.common);
  assert.equal(copy.commonness('تاکند'), Commonness.none);
  assert.equal(copy.commonness('ناموجود'), 0);
  // a spelling variant counts as its stored form, even where its prefix is a stored path (تأ… of تأکید)
  const variants = Lexicon.fromEntries([['تاسف', Tier.base, Commonness.common], ['تأکید', Tier.base, Commonness.common]]);
  assert.equal(variants.commonness('تأسف'), Commonness.common);
  // the tier is unaffected by the commonness bits
  assert.equal(copy.tierOf('کتاب'), Tier.base);
  assert.equal(copy.tierOf('تاکند'), Tier.rare);
  const node = copy.walk(copy.root, 'از');
  assert.equal(copy.finalTier(node), Tier.base);
  assert.equal(copy.finalCommonness(node), Commonness.function);
});

test('a version-1 file (bare tiers) still loads, with commonness 0', () => {
  const bytes = Lexicon.fromEntries([['کتاب', Tier.inflected]]).serialize();
  new DataView(bytes.buffer).setUint32(4, 1, true);
  const old = Lexicon.load(bytes);
  assert.equal(old.tierOf('کتاب'), Tier.inflected);
  assert.equal(old.commonness('کتاب'), 0);
});

test('foldSpelling folds hamza seats Persian writes both ways, and only those', () => {
  assert.equal(foldSpelling('رئیس'), 'رییس');
  assert.equal(foldSpelling('مسئول'), 'مسیول');
  assert.equal(foldSpelling('زائر'), 'زایر');
  assert.equal(foldSpelling('تأسف'), 'تاسف');
  assert.equal(foldSpelling('سؤال'), 'سوال');
  assert.equal(foldSpelling('کتاب'), 'کتاب');
  // a hamza between consonants or at the start is misread damage, a final hamza often a misread «،»
  assert.equal(foldSpelling('معتقدئد'), 'معتقدئد');
  assert.equal(foldSpelling('ائد'), 'ائد');
  assert.equal(foldSpelling('ایتالیاء'), 'ایتالیاء');
});

test('knows(): spelling variants, half-space compounds and regular derivations', () => {
  const lex = Lexicon.fromWords([
    'رئیس', 'تاسف', 'کشور', 'کشورها', 'خانه', 'نوشته', 'آموزش', 'پرورش', 'امام', 'جمعه', 'سی', 'پنج',
    'سرنوشت', 'ساز', 'می‌ریزد', 'نمی‌گردد', 'خواهد', 'می‌انجامد', 'ویروس', 'ناراحتی', 'اساس', 'این', 'باره',
    'طور', 'کلی', 'به', 'آنکه', 'پس', 'افتادند',
  ]);
  const knows = (w: string) => lex.knows(w.replaceAll('_', ZWNJ));
  for (const w of ['رییس', 'تأسف', 'کشور_ها', 'خانه_اش', 'خانه_ی', 'نوشته_اند', 'امام_جمعه', 'سی_وپنج', 'سی_وپنجمین',
    'سرنوشت_سازترین', 'فرومی_ریزد', 'بازنمی_گردد', 'فراخواهد', 'بیانجامد', 'نیافتاده', 'ضدویروس', 'ناراحتیشان']) {
    assert.ok(knows(w), w);
  }
  // not words: a clitic after a half-space where Persian joins it, unknown parts, an unknown verb after a preverb
  for (const w of ['کشور_اش', 'کشور_ی', 'امام_جمعهه', 'آموزش_وپرورش', 'فروریزد', 'ضدی', 'بیام', '_ها']) {
    assert.ok(!knows(w), w);
  }
  // has() is the stored forms only (what candidate search may propose): hamza forms are stored folded too
  assert.ok(lex.has('رییس'));
  assert.ok(!lex.has(`کشور${ZWNJ}ها`) && !lex.has('ضدویروس'));
});

test('conventionalForm opens joins that style guides write apart', () => {
  const lex = Lexicon.fromWords(['اساس', 'این', 'باره', 'طور', 'کلی', 'به', 'آنکه', 'پس', 'نظامیان', 'کتاب', 'در', 'از']);
  const form = (w: string) => lex.conventionalForm(w.replaceAll('_', ZWNJ))?.replaceAll(ZWNJ, '_');
  assert.equal(form('براساس'), 'بر اساس');
  assert.equal(form('دراین_باره'), 'در این_باره');
  assert.equal(form('پس_ازآنکه'), 'پس از آنکه');
  assert.equal(form('به_طورکلی'), 'به_طور کلی');
  assert.equal(form('غیرنظامیان'), 'غیر نظامیان');
  assert.equal(form('کتاب'), undefined); // a known word is left alone
  assert.equal(form('دربلبل'), undefined); // the rest is not a word
});

test('build: «ها»/«تر» suffixes get both spellings; nouns from the hand lists get their inflections', () => {
  const aff = parseAff(['SFX sd N 1', 'SFX sd 0 ها .', 'SFX sg N 1', `SFX sg 0 ${ZWNJ}ها .`].join('\n'));
  const forms = (word: string, flags: string[]) => {
    const out: string[] = [];
    expandEntry(word, flags, aff.classes, (f: string) => out.push(f.replaceAll(ZWNJ, '_')));
    return out.sort();
  };
  assert.deepEqual(forms('کشور', ['sd']), ['کشور', 'کشور_ها', 'کشورها']);
  // never joined after a silent «ه»
  assert.deepEqual(forms('خانه', ['sg']), ['خانه', 'خانه_ها']);
  const nouns = nounForms('استیکر').map(([f]: [string, number]) => f.replaceAll(ZWNJ, '_'));
  for (const f of ['استیکر', 'استیکرها', 'استیکر_های', 'استیکرهایی', 'استیکری', 'استیکرش', 'استیکرهایشان']) assert.ok(nouns.includes(f), f);
  const vowelFinal = nounForms('تارنما').map(([f]: [string, number]) => f.replaceAll(ZWNJ, '_'));
  for (const f of ['تارنمای', 'تارنمایی', 'تارنما_ای', 'تارنمایش']) assert.ok(vowelFinal.includes(f), f);
});

test('build: the commonness sources are read (Tesseract word DAWG, stop words)', () => {
  const common = readTesseractWords();
  assert.ok(common.length > 10_000, `${common.length} words`);
  // words in reading order, decoded through the model's character set
  for (const w of ['است', 'ایران', 'یکدیگر']) assert.ok(common.includes(w), w);
  const stop = readStopwords();
  for (const w of ['از', 'به', 'که']) assert.ok(stop.includes(w), w);
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
  // forms Lilak's classes leave out, variants, compounds, hand-listed words
  for (const w of ['رییس', 'نهایی', 'تأسف', `رویکرد${ZWNJ}ها`, `آموزش${ZWNJ}وپرورش`, `امام${ZWNJ}جمعه`, 'اینستاگرام', 'آنهایی', 'بیانجامد', 'اچ', 'فرا']) {
    assert.ok(lex.knows(w), w);
  }
  for (const w of ['مشکو', 'دوحانبه', 'نیوزبه', 'معتقدئد', 'ایتالیاء', 'براساس']) assert.ok(!lex.knows(w), w);
  // commonness: function words above common words above forms only the affix expansion vouches for
  assert.equal(lex.commonness('از'), Commonness.function);
  assert.ok(lex.commonness('تأکید') >= Commonness.common);
  assert.equal(lex.commonness('تاکند'), Commonness.none);
  assert.ok(lex.commonness('کتاب') > lex.commonness('کتابم'));
  // letter names of abbreviations are words, but never suggestions
  assert.equal(lex.tierOf('اچ'), Tier.noSuggest);
});

test('misplacedHalfSpace: a half-space after an adverb in «ـاً» or before a bare preposition is a space', () => {
  const lex = Lexicon.fromEntries([
    ...['کامل', 'تمیز', 'کتاب', 'خانه'].map((w) => [w, Tier.base, Commonness.common] as const),
    ...['کاملا', 'ظاهرا', 'به'].map((w) => [w, Tier.base, Commonness.function] as const),
  ]);
  assert.deepEqual(lex.misplacedHalfSpace('کاملا‌تمیز'), ['کاملا', 'تمیز']);
  assert.deepEqual(lex.misplacedHalfSpace('ظاهرا‌به'), ['ظاهرا', 'به']);
  assert.equal(lex.misplacedHalfSpace('کتاب‌خانه'), undefined);
  assert.ok(!lex.knows('کاملا‌تمیز') && lex.knows('کتاب‌خانه'));
  // a clitic after the adverb is no second word
  assert.equal(lex.misplacedHalfSpace('کاملا‌ها'), undefined);
});

test('a hamza spelling is a variant of a stored form, but not of a rare affix combination nobody uses', () => {
  const lex = Lexicon.fromEntries([
    ['قائم', Tier.base, Commonness.common],
    ['قاین', Tier.base, Commonness.none],
    ['قاینم', Tier.rare, Commonness.none],
    ['مسایل', Tier.inflected, Commonness.common],
  ]);
  assert.ok(lex.knows('مسائل'));
  assert.ok(lex.knows('قاینم'));
  assert.ok(!lex.knows('قائنم'));
});
