// The style check: Arabic letter forms and missing half-spaces. Information level only, safe fixes, and
// never a rewrite into a form the lexicon does not know.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../server/src/core/analyze';
import { Lexicon } from '../../server/src/core/lexicon';
import type { Finding } from '../../server/src/core/types';

const ZWNJ = '\u200c';
const WORDS = [
  'نشست', `نشست${ZWNJ}های`, 'سال', `سال${ZWNJ}های`, 'بین', `بین${ZWNJ}المللی`, 'شود', `می${ZWNJ}شود`, `نمی${ZWNJ}توان`,
  'توان', 'ریشه', `ریشه${ZWNJ}های`, 'بزرگ', `بزرگ${ZWNJ}ترین`, 'خانه', `خانه${ZWNJ}ای`, 'کشور', 'کشورها', 'خاطر', 'نشان',
  'خاطرنشان', 'به', 'روز', `به${ZWNJ}روز`, 'در', 'آمد', 'درآمد', 'کتاب', 'یک', 'این', 'است', 'گفت', `می${ZWNJ}گوید`, 'ای',
  'دوست', 'ها', 'ام',
];
const analyzer = createAnalyzer(Lexicon.fromWords(WORDS));

function style(text: string): Finding[] {
  return analyzer.analyze(text, { disabled: ['garbled', 'name', 'duplicate'] }).findings.filter((f) => f.check === 'style');
}

/** Exactly one style finding, on `span`, whose fix gives `fixed`. */
function expectFix(text: string, span: string, fixed: string, code: string) {
  const found = style(text);
  assert.equal(found.length, 1, JSON.stringify(found.map((f) => [f.code, text.slice(f.span.start, f.span.end)])));
  const [f] = found;
  assert.equal(f.code, code);
  assert.equal(f.severity, 'information');
  assert.equal(f.safe, true);
  assert.equal(text.slice(f.span.start, f.span.end), span);
  assert.equal(text.slice(0, f.span.start) + f.suggestions[0] + text.slice(f.span.end), fixed);
  assert.ok(f.message.fa && f.message.en);
}

test('Arabic letter forms and digits get their Persian forms', () => {
  expectFix('این كتاب است', 'كتاب', 'این کتاب است', 'style/arabic-letter');
  expectFix('این يك است', 'يك', 'این یک است', 'style/arabic-letter');
  expectFix('سال ١٣٩٥ است', '١٣٩٥', 'سال ۱۳۹۵ است', 'style/arabic-letter');
  // ۀ is a Persian letter, and Persian digits are fine
  assert.deepEqual(style('خانۀ ما در سال ۱۳۹۵'), []);
});

test('a space instead of a half-space before a suffix or after می/نمی', () => {
  expectFix('نشست های مشترک', 'نشست های', `نشست${ZWNJ}های مشترک`, 'style/missing-zwnj');
  expectFix('در سال های اخیر', 'سال های', `در سال${ZWNJ}های اخیر`, 'style/missing-zwnj');
  expectFix('ریشه های تاریخی', 'ریشه های', `ریشه${ZWNJ}های تاریخی`, 'style/missing-zwnj');
  expectFix('این می شود', 'می شود', `این می${ZWNJ}شود`, 'style/missing-zwnj');
  expectFix('نمی توان گفت', 'نمی توان', `نمی${ZWNJ}توان گفت`, 'style/missing-zwnj');
  expectFix('بزرگ ترین شهر', 'بزرگ ترین', `بزرگ${ZWNJ}ترین شهر`, 'style/missing-zwnj');
  expectFix('خانه ای بزرگ', 'خانه ای', `خانه${ZWNJ}ای بزرگ`, 'style/missing-zwnj');
});

test('after a non-joining letter the pieces are joined without a half-space when the lexicon says so', () => {
  expectFix('این کشور ها', 'کشور ها', 'این کشورها', 'style/missing-zwnj');
});

test('a compound whose half is not a word alone is joined', () => {
  expectFix('نشست بین المللی', 'بین المللی', `نشست بین${ZWNJ}المللی`, 'style/missing-zwnj');
});

test('the half-space missing inside a word («میشود»)', () => {
  expectFix('این میگوید', 'میگوید', `این می${ZWNJ}گوید`, 'style/missing-zwnj');
});

test('two words that also make sense apart are left alone', () => {
  assert.deepEqual(style('خاطر نشان کرد'), []);
  assert.deepEqual(style('به روز دوم'), []);
  assert.deepEqual(style('در آمد'), []);
});

test('never rewrites into a form the lexicon does not know', () => {
  // «گفت اند» and «می گفت»: the joined forms are not known to the lexicon («‌اند» follows a participle, not a stem)
  assert.deepEqual(style('گفت اند'), []);
  assert.deepEqual(style('می گفت'), []);
  // the vocative «ای» is not a suffix of the word before it
  assert.deepEqual(style('گفت ای دوست'), []);
});

test('words on different lines or across punctuation are not joined', () => {
  assert.deepEqual(style('نشست\nهای'), []);
  assert.deepEqual(style('سال، های'), []);
});

test('the joined suggestion also carries Persian letter forms, in one finding', () => {
  expectFix('نشست هاي', 'نشست هاي', `نشست${ZWNJ}های`, 'style/missing-zwnj');
});

test('already correct text gives nothing', () => {
  assert.deepEqual(style(`نشست${ZWNJ}های بین${ZWNJ}المللی در سال${ZWNJ}های اخیر می${ZWNJ}شود`), []);
});
