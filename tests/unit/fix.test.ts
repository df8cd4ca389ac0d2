// Fix-all run to its end (core/fix.ts): passes of safe fixes, given back as edits of the original text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FixedText, fixAll, MAX_FIX_PASSES, safeEdits } from '../../server/src/core/fix';
import type { Finding } from '../../server/src/core/types';

const safe = (start: number, end: number, fix: string): Finding => ({
  check: 'garbled',
  code: 'garbled/split-word',
  severity: 'error',
  span: { start, end },
  message: { fa: '-', en: '-' },
  suggestions: [fix],
  safe: true,
});

/** Applies edits of the original, right to left. */
const applyAll = (text: string, edits: ReturnType<FixedText['edits']>) =>
  [...edits].reverse().reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);

test('safe edits: first suggestions of safe findings only, the earlier of two overlapping ones', () => {
  const unsafe: Finding = { ...safe(0, 2, 'x'), safe: false };
  const edits = safeEdits([safe(5, 9, 'b'), safe(3, 6, 'a'), unsafe, safe(12, 12, '‌'), safe(12, 12, ' ')]);
  assert.deepEqual(edits.map((e) => e.newText), ['a', '‌']);
});

test('edits of later passes are given back as edits of the original, touching nothing else', () => {
  // «ن شست ه»: the first pass joins «ن شست», the second joins «نشست ه»
  const text = 'در ن شست ه امروز';
  const fixed = new FixedText(text);
  assert.ok(fixed.apply([{ span: { start: 3, end: 8 }, newText: 'نشست' }]));
  assert.equal(fixed.text, 'در نشست ه امروز');
  assert.ok(fixed.apply([{ span: { start: 3, end: 9 }, newText: 'نشسته' }]));
  assert.equal(fixed.text, 'در نشسته امروز');
  const edits = fixed.edits();
  assert.equal(edits.length, 1);
  assert.equal(text.slice(0, edits[0].span.start), 'در ');
  assert.equal(text.slice(edits[0].span.end), ' امروز');
  assert.equal(applyAll(text, edits), fixed.text);
  // an edit that changes nothing is no pass
  assert.equal(fixed.apply([{ span: { start: 0, end: 2 }, newText: 'در' }]), false);
});

test('edits far apart stay apart, deletions and insertions included', () => {
  const text = 'الف  ب جیم دال';
  const fixed = new FixedText(text);
  fixed.apply([{ span: { start: 3, end: 4 }, newText: '' }, { span: { start: 10, end: 10 }, newText: '،' }]);
  fixed.apply([{ span: { start: 0, end: 3 }, newText: 'الفبا' }]);
  const edits = fixed.edits();
  assert.deepEqual(edits.map((e) => [e.span.start, e.span.end]), [[0, 4], [10, 10]]);
  assert.equal(applyAll(text, edits), fixed.text);
  assert.equal(fixed.text, 'الفبا ب جیم، دال');
});

test('fix-all analyses again after each pass and stops when nothing safe is left, or after MAX_FIX_PASSES', () => {
  // a toy analysis: a doubled letter «ــــ» is one safe finding at a time
  const findingsOf = (t: string) => {
    const at = t.indexOf('ــ');
    return at < 0 ? [] : [safe(at, at + 2, 'ـ')];
  };
  const once = fixAll('اــــب', findingsOf);
  assert.equal(once.text, 'اـب');
  assert.equal(once.passes, 3);
  assert.equal(fixAll(once.text, findingsOf).passes, 0);
  const endless = fixAll('x', (t) => [safe(0, t.length, t + 'x')]);
  assert.equal(endless.passes, MAX_FIX_PASSES);
});
