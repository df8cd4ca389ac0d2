// Real-word damage and the severity of unknown words under the context model (core/garbled/real-word.ts): a listed
// word that its neighbours say is another word damaged, grammar left alone, a clean article given the benefit of
// the doubt. Small lexicons and ranked lists built inline; a few assertions on the shipped data when built.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createAnalyzer } from '../../server/src/core/analyze';
import { Fit } from '../../server/src/core/context/fit';
import { ContextModel } from '../../server/src/core/context/model';
import { damageOdds, documentNoise, realWordRepair } from '../../server/src/core/garbled/real-word';
import { SearchCache } from '../../server/src/core/garbled/search';
import { Lexicon } from '../../server/src/core/lexicon';

const lexicon = Lexicon.fromWords(['و', 'در', 'دز', 'حال', 'مسئول', 'کرد', 'کردند', 'کند', 'کنند', 'او', 'کار', 'مسکو', 'سفر', 'به']);
// «دز» is a listed word too (a thief), rare; «در حال» is a common pair
const model = ContextModel.fromRankedLists(
  ['و', 'در', 'به', 'که', 'کرد', 'او', 'کار', 'حال', 'کند', 'مسئول', 'کنند', 'کردند', 'سفر', 'مسکو', 'دز'],
  ['در حال', 'مسئول در', 'او کار', 'کار کرد', 'به مسکو', 'سفر کرد', 'کار کند'],
);
const fit = new Fit(model);
const searches = new SearchCache(lexicon);
const ctx = (noise: number) => ({ lexicon, fit, searches, noise });

test('a rare listed word between neighbours that fit a common one far better is that word damaged', () => {
  const repair = realWordRepair(ctx(0.1), 'دز', 'مسئول', 'حال');
  assert.equal(repair?.word, 'در');
  assert.ok(repair!.gain > 0);
});

test('the same word with no neighbours to speak for the repair, or in a clean article, is left alone', () => {
  assert.equal(realWordRepair(ctx(0.1), 'دز', undefined, undefined), undefined);
  const clean = realWordRepair(ctx(0.001), 'دز', 'مسئول', 'حال');
  const noisy = realWordRepair(ctx(0.1), 'دز', 'مسئول', 'حال');
  assert.ok(clean === undefined || clean.gain < noisy!.gain);
});

test('a verb of another person or number is grammar, not damage', () => {
  // «کنند» → «کند» is one letter and «کار کند» a listed pair, but both are verbs
  assert.equal(realWordRepair(ctx(0.2), 'کنند', 'کار', undefined), undefined);
});

test('the damage rate grows with the unknown words, from a floor for short texts', () => {
  assert.ok(documentNoise(0, 10) < documentNoise(1, 10));
  assert.ok(documentNoise(50, 500) > documentNoise(5, 500));
  assert.ok(documentNoise(0, 0) > 0 && documentNoise(0, 0) < 0.05);
});

test('damage odds: a repair the article itself uses is likelier than a word meant as written', () => {
  const base = { ...ctx(0.02), documentWords: 100 };
  const alone = damageOdds({ ...base, documentCount: () => 0 }, 'مشکو', 'مسکو', 0.35, 'به', 'سفر');
  const usedElsewhere = damageOdds({ ...base, documentCount: (w) => (w === 'مسکو' ? 3 : 0) }, 'مشکو', 'مسکو', 0.35, 'به', 'سفر');
  const repeatedItself = damageOdds({ ...base, documentCount: (w) => (w === 'مشکو' ? 4 : 0) }, 'مشکو', 'مسکو', 0.35, 'به', 'سفر');
  assert.ok(usedElsewhere > alone);
  assert.ok(repeatedItself < alone, 'an unknown word the article repeats is more likely meant');
});

test('the analyzer reports real-word damage only with the model, as a hint with the repair', () => {
  // (damaged words around it, «سفز» and «کاز», make the text read as OCR output)
  const text = 'مسئول دز حال سفز به مسکو کرد و او کاز کرد';
  const withModel = createAnalyzer(lexicon, { context: model }).analyze(text, { disabled: ['name', 'duplicate', 'style'] });
  const hit = withModel.findings.find((f) => text.slice(f.span.start, f.span.end) === 'دز');
  assert.ok(hit, JSON.stringify(withModel.findings));
  assert.equal(hit.severity, 'hint');
  assert.equal(hit.suggestions[0], 'در');
  const without = createAnalyzer(lexicon).analyze(text, { disabled: ['name', 'duplicate', 'style'] });
  assert.ok(!without.findings.some((f) => text.slice(f.span.start, f.span.end) === 'دز'));
});

const lexiconBin = new URL('../../dist/lexicon.bin', import.meta.url);
const contextBin = new URL('../../dist/context.bin', import.meta.url);
const skip = !(existsSync(lexiconBin) && existsSync(contextBin)) && 'dist/lexicon.bin or dist/context.bin not built';

test('the shipped data: OCR real-word damage in running text is found and repaired', { skip }, () => {
  const analyzer = createAnalyzer(Lexicon.load(readFileSync(lexiconBin)), { context: ContextModel.load(readFileSync(contextBin)) });
  // a damaged paragraph (several unknown words make it read as OCR output)
  const text = 'مسوول دز حال حاضر گفت که رایزثی‌هایی بزای بازگشت انجام شده و مردم در معرض قطر هستند. نضبت به سایر کشوزها وضع بدتر است.';
  const findings = analyzer.analyze(text, { disabled: ['name', 'duplicate', 'style'] }).findings;
  const repairOf = (w: string) => findings.find((f) => text.slice(f.span.start, f.span.end) === w)?.suggestions[0];
  assert.equal(repairOf('دز'), 'در');
  assert.equal(repairOf('قطر'), 'خطر');
  assert.equal(repairOf('بزای'), 'برای');
  // the same words in a clean sentence are left alone
  const clean = 'قطر کشوری در خلیج فارس است و در حال حاضر میزبان نشست است.';
  assert.deepEqual(analyzer.analyze(clean, { disabled: ['name', 'duplicate', 'style'] }).findings.filter((f) => f.severity !== 'hint').map((f) => f.code), []);
  assert.ok(!analyzer.analyze(clean).findings.some((f) => clean.slice(f.span.start, f.span.end) === 'قطر'));
});
