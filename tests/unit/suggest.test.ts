// Candidate search and ranking (core/garbled/search.ts, rank.ts): the error model prices real damage (dots, look-alike
// letters, one-sound letters, neighbouring keys, lost vowel letters, teeth) below arbitrary edits, and the
// ranking weighs that cost against how plausible the word and the split are. Small inline lexicons.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Commonness, Lexicon, Tier } from '../../server/src/core/lexicon';
import { rankCompoundParts, rankCorrections, rankShiftedSpace, rankSplits, rankThreeWordSplits, withFinalMark } from '../../server/src/core/garbled/rank';
import { COST, SearchCache, searchCandidates, substitutionCost } from '../../server/src/core/garbled/search';

const ZWNJ = '\u200c';

function lexiconOf(common: string[], functionWords: string[] = [], rare: string[] = []): Lexicon {
  return Lexicon.fromEntries([
    ...common.map((w) => [w, Tier.base, Commonness.common] as const),
    ...functionWords.map((w) => [w, Tier.base, Commonness.function] as const),
    ...rare.map((w) => [w, Tier.rare, Commonness.none] as const),
  ]);
}

const costOf = (lexicon: Lexicon, observed: string, word: string) =>
  searchCandidates(lexicon, observed, { maxCost: 2, limit: 1000 }).find((c) => c.word === word)?.cost;

test('letters that print alike, sound alike or sit on neighbouring keys are cheaper than arbitrary letters', () => {
  // OCR: a medial «خ» read as «ف», «م» as «ع»
  assert.equal(substitutionCost('خ', 'ف', false), COST.shape);
  assert.equal(substitutionCost('م', 'ع', false), COST.shape);
  // writers: «ت»/«ط» and «س»/«ص» spell one sound
  assert.equal(substitutionCost('ط', 'ت', false), COST.sound);
  assert.equal(substitutionCost('ص', 'س', false), COST.sound);
  // typists: «م» and «ن» are neighbouring keys
  assert.equal(substitutionCost('م', 'ن', false), COST.key);
  assert.equal(substitutionCost('م', 'ش', false), COST.edit);
  for (const kind of [COST.dot, COST.shape, COST.sound, COST.key]) assert.ok(kind < COST.edit);
  assert.ok(COST.dot < COST.shape);
});

test('the cheaper confusion wins: «تعاس» is «تماس», not «تراس»', () => {
  const lexicon = lexiconOf(['تماس', 'تراس']);
  assert.equal(rankCorrections(lexicon, 'تعاس')[0].text, 'تماس');
});

test('a lost vowel letter, or a letter standing apart, costs less than another lost letter', () => {
  const lexicon = lexiconOf(['موجود', 'مجدود', 'مجهود']);
  assert.equal(costOf(lexicon, 'مجود', 'موجود'), COST.vowel);
  assert.equal(costOf(lexicon, 'مجود', 'مجدود'), COST.standalone);
  assert.equal(costOf(lexicon, 'مجود', 'مجهود'), COST.edit);
  assert.ok(COST.vowel < COST.standalone && COST.standalone < COST.edit);
  assert.equal(rankCorrections(lexicon, 'مجود')[0].text, 'موجود');
});

test('a tooth added between teeth is cheap inside a word, not as its last letter', () => {
  const lexicon = lexiconOf(['صنعتی', 'عافیت‌طلب', 'امنیت']);
  // «امنبیت»: a spurious medial tooth
  assert.equal(costOf(lexicon, 'امنبیت', 'امنیت'), COST.tooth);
  // a final «ی» is a tail, so «عافیت‌طلبی» is not «عافیت‌طلب» plus a stray tooth
  assert.ok((costOf(lexicon, `عافیت${ZWNJ}طلبی`, `عافیت${ZWNJ}طلب`) ?? Infinity) > COST.tooth + 0.05);
});

test('two letters swapped cost one swap', () => {
  const lexicon = lexiconOf(['برای']);
  assert.equal(costOf(lexicon, 'بریا', 'برای'), COST.swap);
});

test('a space lost after a letter that does not join, beside a function word, is the likeliest split', () => {
  const lexicon = lexiconOf(['خندید', 'وسیع', 'وسیعی'], ['کرد', 'را', 'از', 'بی']);
  // «کرد» ends in a non-joining letter: «کردخندید» looks like two words, a space lost unseen
  assert.equal(rankCorrections(lexicon, 'کردخندید')[0].text, 'کرد خندید');
  // «وسیعبی»: a joining letter and no function word in front: a stray tooth, not «وسیع بی»
  assert.equal(rankCorrections(lexicon, 'وسیعبی')[0].text, 'وسیعی');
  const [joined] = rankSplits(lexicon, 'وسیعبی');
  const [unseen] = rankSplits(lexicon, 'کردخندید');
  assert.ok(joined.cost > unseen.cost);
});

test('a common word outranks a rare affix form at the same edit cost', () => {
  const lexicon = lexiconOf(['نشان'], [], ['نشتان']);
  const ranked = rankCorrections(lexicon, 'نشنان');
  assert.equal(ranked[0].text, 'نشان');
});

test('a word the document uses is preferred', () => {
  const lexicon = lexiconOf(['بیت', 'نیت']);
  assert.equal(rankCorrections(lexicon, 'تیت', { documentWords: new Set(['نیت']) })[0].text, 'نیت');
  assert.equal(rankCorrections(lexicon, 'تیت', { documentWords: new Set(['بیت']) })[0].text, 'بیت');
});

test('dots lost or added cost less than dots read on the other side of the letter', () => {
  // «کناب»: «ن» for «ت» (one dot above for two) is likelier than «ن» for «ب» (a dot above for one below)
  assert.equal(substitutionCost('ت', 'ن', false), COST.dot);
  assert.equal(substitutionCost('ب', 'ن', false), COST.dotFlip);
  assert.ok(COST.dot < COST.dotFlip);
  assert.equal(rankCorrections(lexiconOf(['کتاب', 'کباب']), 'کناب')[0].text, 'کتاب');
});

test('«و» glued after a word, and a rare but real word beside a function word, are split', () => {
  const lexicon = Lexicon.fromEntries([
    ['جدید', Tier.base, Commonness.common],
    ['جدیدی', Tier.inflected, Commonness.common],
    ['و', Tier.base, Commonness.function],
    ['تا', Tier.base, Commonness.function],
    ['استریل', Tier.base, Commonness.none],
    ['تین', Tier.base, Commonness.none],
  ]);
  assert.equal(rankCorrections(lexicon, 'جدیدو')[0].text, 'جدید و');
  assert.equal(rankCorrections(lexicon, 'تااستریل')[0].text, 'تا استریل');
  // a short part that real text does not attest is no reading
  assert.deepEqual(rankSplits(lexicon, 'تاتین'), []);
});

test('a suggestion keeps the final mark of the observed word: the tanwin, and an ezafe misread as «ة» or a vowel mark', () => {
  assert.equal(withFinalMark('قاهراً', 'ظاهرا', true), 'ظاهراً');
  // OCR reads the ezafe «هٔ» as «ة» or as a damma: before another word it is restored
  assert.equal(withFinalMark('ضریة', 'ضربه', true), 'ضربه\u0654');
  assert.equal(withFinalMark('جلسُ', 'جلسه', true), 'جلسه\u0654');
  // the hamza and «ه» read together as «ك» or «ف»: only the last letter repaired
  assert.equal(withFinalMark('حملك', 'حمله', true), 'حمله\u0654');
  assert.equal(withFinalMark('فاصلف', 'فاصله', true), 'فاصله\u0654');
  assert.equal(withFinalMark('حملك', 'حمله', false), 'حمله');
  assert.equal(withFinalMark('حملف', 'عمله', true), 'عمله');
  // at the end of a phrase there is no ezafe; a plain observed word gets a plain suggestion
  assert.equal(withFinalMark('ضریة', 'ضربه', false), 'ضربه');
  assert.equal(withFinalMark('ضریه', 'ضربه', true), 'ضربه');
  assert.equal(withFinalMark('ضریة', 'ضرب و', true), 'ضرب و');
});

test('a function word run into a damaged word is split and the word repaired', () => {
  const lexicon = Lexicon.fromEntries([
    ['کمک', Tier.base, Commonness.common],
    ['کردند', Tier.base, Commonness.common],
    ['با', Tier.base, Commonness.function],
    ['و', Tier.base, Commonness.function],
  ]);
  assert.equal(rankCorrections(lexicon, 'بااکمک')[0].text, 'با کمک');
  assert.equal(rankCorrections(lexicon, 'کزدندو')[0].text, 'کردند و');
  // a clear single-word repair needs no split
  assert.equal(rankCorrections(lexicon, 'کزدند')[0].text, 'کردند');
});

test('a space one letter off between two words: the letter moves across it, both ways', () => {
  const lexicon = lexiconOf(['آزادی', 'خلق', 'شبکه', 'نگاه', 'بار'], ['روی', 'رو', 'با', 'ها']);
  // the letter went right (آزاد یخلق) or left (با رنگاه)
  assert.deepEqual(rankShiftedSpace(lexicon, 'آزاد', 'یخلق').map((r) => r.text), ['آزادی خلق']);
  assert.deepEqual(rankShiftedSpace(lexicon, 'با', 'رنگاه').map((r) => r.text), ['بار نگاه']);
  assert.deepEqual(rankShiftedSpace(lexicon, 'رو', 'یشبکه').map((r) => r.text), ['روی شبکه']);
  // nothing when a side is no word, or a suffix that never stands alone (کتاب ها is no repair)
  assert.deepEqual(rankShiftedSpace(lexicon, 'آزاد', 'یخلقی'), []);
  assert.deepEqual(rankShiftedSpace(lexiconOf(['کتاب', 'کتابه'], ['ها']), 'کتابه', 'ا'), []);
});

test('«و» glued before a rare word is still a reading, weaker than before a common word', () => {
  const lexicon = Lexicon.fromEntries([
    ['کتاب', Tier.base, Commonness.common],
    ['و', Tier.base, Commonness.function],
    ['خیالات', Tier.inflected, Commonness.none],
  ]);
  const rare = rankSplits(lexicon, 'وخیالات').find((r) => r.text === 'و خیالات');
  const common = rankSplits(lexicon, 'وکتاب').find((r) => r.text === 'و کتاب');
  assert.ok(rare && common);
  assert.ok(rare.score > common.score);
});

test('a half-space compound the lexicon lacks: its damaged parts are repaired one by one', () => {
  const lexicon = lexiconOf(['کوتاه', 'مدت', 'صاحب', 'خانه'], ['در', 'این', 'باره']);
  const best = (w: string) => rankCorrections(lexicon, w)[0];
  // one part damaged (a dot), then both
  assert.equal(best(`گوتاه${ZWNJ}مدت`).text, `کوتاه${ZWNJ}مدت`);
  assert.equal(best(`صاهب${ZWNJ}فانه`).text, `صاحب${ZWNJ}خانه`);
  // the compound itself is unattested, so the reading is no surer than a rare word
  assert.ok(best(`گوتاه${ZWNJ}مدت`).score > 1);
  assert.equal(best(`گوتاه${ZWNJ}مدت`).tentative, true);
  // a part that reads as two words run together is a spacing habit: no repair
  assert.deepEqual(rankCompoundParts(lexicon, `دراین${ZWNJ}باره`), []);
  // nothing to repair when every part is known
  assert.deepEqual(rankCompoundParts(lexicon, `صاحب${ZWNJ}خانه`), []);
});

test('a long word with no reading within the usual bound gets a tentative wider search; a short one does not', () => {
  const lexicon = lexiconOf(['سمفونیک', 'کتاب']);
  // an extra letter and a dot: beyond one arbitrary edit, still the only likely reading of a long word
  const [best] = rankCorrections(lexicon, 'سمقفوتیک');
  assert.equal(best.text, 'سمفونیک');
  assert.equal(best.tentative, true);
  // a short word is near too many words for such a guess
  assert.deepEqual(rankCorrections(lexicon, 'کقاث'), []);
});

test('a short word keeps its likeliest readings, a function word or a lost letter, among the first five', () => {
  // «مود»: four content words one substitution away, and «مورد» with a letter lost
  const lexicon = lexiconOf(['مور', 'موز', 'مدد', 'مرد', 'مول', 'مورد']);
  const texts = rankCorrections(lexicon, 'مود').map((r) => r.text);
  assert.ok(texts.indexOf('مورد') >= 0 && texts.indexOf('مورد') < 5, texts.join(' '));
  // «بع»: the function word «به» rises above rarer content words one substitution away
  const ranked = rankCorrections(lexiconOf(['بم', 'بعد', 'تبع', 'ربع'], ['به']), 'بع').map((r) => r.text);
  assert.ok(ranked.indexOf('به') < ranked.indexOf('تبع'), ranked.join(' '));
});

test('lifting a short word reading never overtakes the best reading, whose score decides the flag', () => {
  const lexicon = lexiconOf(['بم'], ['به']);
  const ranked = rankCorrections(lexicon, 'بع');
  assert.deepEqual(ranked.map((r) => r.text), ['بم', 'به']);
  assert.ok(ranked[1].score > ranked[0].score);
  // a long word is left as the search ranked it
  const long = lexiconOf(['کتابها', 'کتابخانه'], ['کتاب']);
  const scores = rankCorrections(long, 'کتابهای').map((r) => r.score);
  assert.deepEqual(scores, [...scores].sort((a, b) => a - b));
});

test('skipping branches whose letters cannot spell the rest of the word changes no result', () => {
  const lexicon = lexiconOf(['مسکو', 'ماکو', 'دوجانبه', 'بین‌المللی', 'المللی', 'سیاسی', 'بستن', 'بنیان', 'حقوق', 'کتابخانه', 'کتاب', 'خانه'], ['بین', 'با', 'در']);
  // dots, a lost letter, a swap, teeth read as «س», half-spaces, letters the lexicon lacks
  for (const observed of ['مشکو', 'مسکوو', 'دوحانبه', 'سیساس', 'سن‌المللی', 'حقو', 'کتابحانه', 'کتاب‌خانه', 'مxکو', 'ببستن', 'بستنیان']) {
    for (const maxCost of [0.7, 1.05, 1.6, 2.5]) {
      const pruned = searchCandidates(lexicon, observed, { maxCost, limit: 1000 });
      const full = searchCandidates(lexicon, observed, { maxCost, limit: 1000, pruneByLetters: false });
      assert.deepEqual(pruned, full, `${observed} within ${maxCost}`);
    }
  }
});

const shipped = new URL('../../dist/lexicon.bin', import.meta.url);
test('the pruned search equals the full one on the shipped lexicon, over the seed article damaged', { skip: !existsSync(shipped) && 'dist/lexicon.bin not built' }, () => {
  const lexicon = Lexicon.load(readFileSync(shipped));
  const seed = readFileSync(new URL('../../seeds/000_909a3f8488f71ad3.txt', import.meta.url), 'utf8');
  const words = [...new Set(seed.match(/[\u0600-\u06ff\u200c]{2,}/g) ?? [])].slice(0, 120);
  for (const [i, word] of words.entries()) {
    // every third word with a dot moved, a letter lost or two letters swapped
    const observed = i % 3 === 1 ? word.replace('ب', 'ن').replace('س', 'ش') : i % 3 === 2 && word.length > 3 ? word.slice(0, 1) + word[2] + word[1] + word.slice(3) : word;
    for (const maxCost of [1.05, 1.6]) {
      const full = searchCandidates(lexicon, observed, { maxCost, limit: 400, pruneByLetters: false });
      assert.deepEqual(searchCandidates(lexicon, observed, { maxCost, limit: 400 }), full, `${observed} within ${maxCost}`);
    }
  }
});

test('three words run together around a function word are read apart; without one they are not', () => {
  const lexicon = lexiconOf(['مواد', 'معرض', 'دید', 'سفر', 'کتاب', 'خانه', 'بزرگ'], ['در', 'را', 'از', 'و', 'به']);
  assert.equal(rankCorrections(lexicon, 'مواددرمعرض')[0]?.text, 'مواد در معرض');
  assert.equal(rankCorrections(lexicon, 'راازدید')[0]?.text, 'را از دید');
  // three content words written solid are a compound or a name, not three words lost their spaces
  assert.deepEqual(rankThreeWordSplits(lexicon, 'کتابخانهبزرگ'), []);
  // short pieces read into a long word are a guess, even around a function word: «کانادابی» is no «کان ادا بی»
  const pieces = lexiconOf(['کان', 'ادا', 'کانادا'], ['بی', 'و']);
  assert.deepEqual(rankThreeWordSplits(pieces, 'کانادابی'), []);
  // a two-word reading, when there is one, costs less than any three-word one
  const lex2 = lexiconOf(['سفر', 'سفرو'], ['و', 'به']);
  assert.equal(rankCorrections(lex2, 'سفروبه')[0]?.text, 'سفرو به');
});

test('remembered searches give what a new search gives, and the least recently used are let go past capacity', () => {
  const lexicon = lexiconOf(['مسکو', 'ماکو', 'باکو', 'دوجانبه', 'کتاب'], ['به', 'در']);
  const cache = new SearchCache(lexicon, 2);
  for (const [word, bound] of [['مشکو', 1.05], ['دوحانبه', 0.7], ['مشکو', 1.05], ['کناب', 1.05]] as const) {
    assert.deepEqual(cache.search(word, bound), searchCandidates(lexicon, word, { maxCost: bound, limit: 400 }));
  }
  assert.equal(cache.size, 2);
  // ranking through the cache is ranking without it
  assert.deepEqual(rankCorrections(lexicon, 'مشکو', { searches: cache }), rankCorrections(lexicon, 'مشکو'));
  // a cache made for another lexicon is not used
  const other = new SearchCache(lexiconOf(['مشکی']));
  assert.deepEqual(rankCorrections(lexicon, 'مشکو', { searches: other }), rankCorrections(lexicon, 'مشکو'));
  assert.equal(other.size, 0);
});

test('with the context model, a word reads as two only when the parts together are likelier than the one word', async () => {
  const { ContextModel } = await import('../../server/src/core/context/model');
  const { Fit } = await import('../../server/src/core/context/fit');
  const lexicon = lexiconOf(['بلندی', 'لندی', 'نیوز', 'نقل', 'عام', 'الی', 'عاملی'], ['با', 'به']);
  // ranks as in real lists (fillers in between): «با» and «به» the commonest, «بلندی» and «عاملی» common words,
  // «عام», «الی» and «لندی» rare; «نیوز به» and «به نقل» listed pairs
  const ranked = new Map([[2, 'به'], [3, 'با'], [900, 'نقل'], [2000, 'بلندی'], [2500, 'عاملی'], [20_000, 'نیوز'], [30_000, 'عام'], [40_000, 'الی'], [45_000, 'لندی']]);
  const words = Array.from({ length: 50_000 }, (_, i) => ranked.get(i + 1) ?? `filler${i}`);
  const fillerPairs = Array.from({ length: 1000 }, (_, i) => `filler${i} filler${i + 1}`);
  const fitOf = (pairs: string[]) => new Fit(ContextModel.fromRankedLists(words, [...fillerPairs, ...pairs]));
  const fit = fitOf(['نیوز به', 'به نقل']);
  const ranking = (word: string, f: InstanceType<typeof Fit>, left?: string, right?: string) => rankCorrections(lexicon, word, { fit: f, left, right });
  const best = (word: string, left?: string, right?: string) => ranking(word, fit, left, right)[0]?.text;
  // two rare words are far rarer together than one common word
  assert.equal(best('عامالی'), 'عاملی');
  // a merge that running text attests is read apart
  assert.equal(best('نیوزبه', 'آران', 'نقل'), 'نیوز به');
  // the same split scores better once running text writes its two words side by side
  const scoreOf = (f: InstanceType<typeof Fit>) => ranking('بالندی', f).find((r) => r.text === 'با لندی')!.score;
  assert.ok(scoreOf(fitOf(['با لندی'])) < scoreOf(fit));
  // and without the model the ranking is what the lexicon's tiers alone give
  assert.deepEqual(rankCorrections(lexicon, 'عامالی').map((r) => r.text).slice(0, 1), ['عاملی']);
});
