// The context model (core/context/): folded keys, the compiled tables and their bytes, and the evidence Fit
// draws from them. Small ranked lists built inline; a few assertions on the shipped model when it was built.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Fit } from '../../server/src/core/context/fit';
import { contextKey, keyHash, pairHash } from '../../server/src/core/context/keys';
import { ContextModel } from '../../server/src/core/context/model';

const ZWNJ = '\u200c';

test('keys fold what running text writes several ways', () => {
  assert.equal(contextKey(`می${ZWNJ}شود`), 'میشود');
  assert.equal(contextKey('كتاب'), 'کتاب');
  assert.equal(contextKey('رئیس'), 'رییس');
  assert.equal(contextKey('تأکید'), 'تاکید');
  assert.equal(contextKey('«تهران،»'), 'تهران');
  assert.equal(contextKey('۱۳۹۹'), '????');
  assert.equal(contextKey('2020'), '????');
  // the lists write any digit as «?»: it is kept, not stripped as a mark
  assert.equal(contextKey('????'), '????');
  assert.equal(contextKey('...'), '');
  assert.notEqual(keyHash('در'), keyHash('دز'));
  assert.notEqual(pairHash('در', 'حال'), pairHash('حال', 'در'));
});

const WORDS = ['و', 'در', 'به', 'حال', 'است', 'کتاب', 'خانه', 'است.', 'دز', 'كتاب'];
const PAIRS = ['در حال', 'به خانه', 'کتاب و', 'سال ????'];
const model = ContextModel.fromRankedLists(WORDS, PAIRS);

test('ranks become log probabilities, commonest first; forms that fold together add up', () => {
  const lp = (w: string) => model.wordLogProb(w)!;
  assert.ok(lp('و') > lp('در') && lp('در') > lp('حال') && lp('حال') > lp('دز'));
  // «است» (rank 5) and «است.» (rank 8) are one key, together commoner than «حال» (rank 4)
  assert.ok(lp('است') > lp('حال'));
  // «کتاب» (rank 6) and «كتاب» (rank 10) fold to one key
  assert.ok(lp('کتاب') > lp('خانه'));
  assert.equal(model.wordLogProb('مسکو'), undefined);
  assert.ok(model.wordFloor <= lp('دز'));
});

test('pairs: seen ones have a probability, digits stand for any number', () => {
  assert.ok(model.pairLogProb('در', 'حال')! > model.pairLogProb('به', 'خانه')!);
  assert.equal(model.pairLogProb('حال', 'در'), undefined);
  assert.notEqual(model.pairLogProb('سال', contextKey('۱۴۰۲')), undefined);
  assert.ok(model.pairFloor <= model.pairLogProb('کتاب', 'و')!);
});

test('the compiled bytes load back to the same answers, and broken bytes are refused', () => {
  const bytes = model.serialize();
  const loaded = ContextModel.load(bytes);
  assert.equal(loaded.wordCount, model.wordCount);
  assert.equal(loaded.pairCount, model.pairCount);
  for (const w of [...WORDS, 'مسکو']) assert.equal(loaded.wordLogProb(w), model.wordLogProb(w));
  assert.equal(loaded.pairLogProb('در', 'حال'), model.pairLogProb('در', 'حال'));
  // at an odd offset inside a larger buffer (as a host may hand it over)
  const padded = new Uint8Array(bytes.length + 3);
  padded.set(bytes, 3);
  assert.equal(ContextModel.load(padded.subarray(3)).wordLogProb('در'), model.wordLogProb('در'));
  assert.throws(() => ContextModel.load(bytes.subarray(0, bytes.length - 1)), /damaged/);
  assert.throws(() => ContextModel.load(new Uint8Array(64)), /not a Dabir context model/);
  assert.throws(() => ContextModel.load(new Uint8Array(3)), /too short/);
});

test('PMI: a seen pair is evidence for, an unseen pair of common words against, rare words are no evidence', () => {
  const fit = new Fit(model);
  assert.ok(fit.pmi('در', 'حال') > 0);
  assert.ok(fit.pmi('و', 'در') < 0, 'the two commonest words never listed side by side');
  assert.equal(fit.pmi('کتابخانه', 'مسکو'), 0);
  assert.ok(fit.seenPair(`در`, 'حال') && !fit.seenPair('دز', 'حال'));
  // an unlisted word is rarer than any listed one, a rare affix form rarer still
  assert.ok(fit.logProb('مسکو', 1) < fit.logProb('دز') && fit.logProb('مسکو', 3) < fit.logProb('مسکو', 1));
});

const shipped = new URL('../../dist/context.bin', import.meta.url);
const skip = !existsSync(shipped) && 'dist/context.bin not built (the build found no word lists in ../shared/data)';

test('the shipped model: common words and pairs of Persian text', { skip }, () => {
  const m = ContextModel.load(readFileSync(shipped));
  assert.ok(m.wordCount > 30_000 && m.pairCount > 100_000, `${m.wordCount} words, ${m.pairCount} pairs`);
  const fit = new Fit(m);
  assert.ok(fit.logProb('در') > fit.logProb('دز'));
  assert.ok(fit.logProb('خطر') > fit.logProb('قطر'));
  assert.ok(fit.pmi('در', 'حال') > fit.pmi('دز', 'حال'));
  assert.ok(fit.pmi('معرض', 'خطر') > fit.pmi('معرض', 'قطر'));
  assert.ok(fit.pmi('نسبت', 'به') > 2);
});
