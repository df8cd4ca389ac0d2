// The analyser: checks run together, options apply, overlapping findings are resolved.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer, Lexicon } from '../../server/src/core';

const lexicon = Lexicon.fromWords(['این', 'کتاب', 'کتاب‌ها', 'را', 'خواندم', 'دیدار', 'و', 'گفتگو', 'برای', 'جهت', 'است', 'ها']);
const analyzer = createAnalyzer(lexicon);

test('findings come sorted by position and carry both languages', () => {
  const { findings } = analyzer.analyze('جهت دیدار دیدار و گفتگو. این کتاب ها را خواندم');
  assert.ok(findings.length >= 2);
  for (let i = 1; i < findings.length; i++) assert.ok(findings[i - 1].span.start <= findings[i].span.start);
  for (const f of findings) assert.ok(f.message.fa && f.message.en);
  assert.ok(findings.some((f) => f.code.startsWith('duplicate/')));
  assert.ok(findings.some((f) => f.code === 'style/missing-zwnj'));
});

test('disabled checks are skipped and severity overrides apply', () => {
  const text = 'جهت دیدار دیدار و گفتگو. این کتاب ها را خواندم';
  const none = analyzer.analyze(text, { disabled: ['duplicate', 'style'] });
  assert.ok(!none.findings.some((f) => f.check === 'duplicate' || f.check === 'style'));
  const hinted = analyzer.analyze(text, { severity: { duplicate: 'hint' } });
  assert.ok(hinted.findings.filter((f) => f.check === 'duplicate').every((f) => f.severity === 'hint'));
});

test('user words are known words', () => {
  const text = 'این کتاب زرگنده است';
  assert.ok(analyzer.analyze(text).findings.some((f) => f.check === 'garbled'));
  assert.ok(!analyzer.analyze(text, { userWords: ['زرگنده'] }).findings.some((f) => f.check === 'garbled'));
});

test('a style finding under a stronger finding is dropped', () => {
  // «کتاب ها کتاب ها»: the repeat is a duplicate; the missing half-space inside the deleted copy is not reported.
  const { findings } = analyzer.analyze('این کتاب ها کتاب ها را خواندم');
  const dup = findings.find((f) => f.check === 'duplicate');
  assert.ok(dup);
  for (const f of findings.filter((x) => x.check === 'style')) {
    assert.ok(f.span.end <= dup.span.start || f.span.start >= dup.span.end, 'style finding inside the duplicate');
  }
});

test('an analyzer that has seen other texts analyses a text as a new one does', () => {
  const text = 'این کتبا را خواندم و دیدار و گفتوگو برای کتاب است';
  const fresh = createAnalyzer(lexicon).analyze(text);
  const seasoned = createAnalyzer(lexicon);
  for (const other of ['کتبا کتبا', 'گفتوگو و دیدر', 'این کتب است']) seasoned.analyze(other);
  assert.deepEqual(seasoned.analyze(text), fresh);
  assert.ok(fresh.findings.some((f) => f.check === 'garbled' && f.suggestions.length > 0));
});
