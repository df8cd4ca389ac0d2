// The duplicate check: adjacent repeated words and phrases, and sentences pasted again further on. Each
// finding's suggestion (delete the copy) must leave clean text; legitimate doubling and ordinary repetition
// in news (officials' titles, attributions) must not be flagged.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../server/src/core/analyze';
import { Lexicon } from '../../server/src/core/lexicon';
import type { Finding } from '../../server/src/core/types';

const ZWNJ = '\u200c';
const analyzer = createAnalyzer(Lexicon.fromWords([]));

function duplicates(text: string): Finding[] {
  return analyzer.analyze(text, { disabled: ['garbled', 'name', 'style'] }).findings.filter((f) => f.check === 'duplicate');
}

function applyFirst(text: string, f: Finding): string {
  return text.slice(0, f.span.start) + f.suggestions[0] + text.slice(f.span.end);
}

/** Exactly one finding, of `code`, whose deletion turns `text` into `expected`; returns it. */
function expectOne(text: string, code: string, expected: string): Finding {
  const found = duplicates(text);
  assert.equal(found.length, 1, JSON.stringify(found.map((f) => [f.code, text.slice(f.span.start, f.span.end)])));
  assert.equal(found[0].code, code);
  assert.equal(found[0].severity, 'warning');
  assert.deepEqual(found[0].suggestions, ['']);
  assert.equal(applyFirst(text, found[0]), expected);
  return found[0];
}

test('a doubled word: the span is the second copy with the space before it, related is the first', () => {
  const text = 'فرمانده ناتو جهت دیدار دیدار و گفتگو به باکو سفر کرد.';
  const f = expectOne(text, 'duplicate/repeated-word', 'فرمانده ناتو جهت دیدار و گفتگو به باکو سفر کرد.');
  assert.equal(text.slice(f.span.start, f.span.end), ' دیدار');
  const first = f.related![0].span;
  assert.equal(text.slice(first.start, first.end), 'دیدار');
  assert.ok(first.end <= f.span.start);
});

test('a doubled phrase is one finding on the second copy', () => {
  const text = 'قیمت محصولاتی که در این در این ماه عرضه شد بالا رفت.';
  const f = expectOne(text, 'duplicate/repeated-phrase', 'قیمت محصولاتی که در این ماه عرضه شد بالا رفت.');
  assert.equal(text.slice(f.related![0].span.start, f.related![0].span.end), 'در این');
});

test('copies that differ only by ZWNJ, space or Arabic letter forms are still copies', () => {
  expectOne(`در سال${ZWNJ}های سال های اخیر`, 'duplicate/repeated-phrase', `در سال${ZWNJ}های اخیر`);
  expectOne('این كتاب کتاب خوبی است', 'duplicate/repeated-word', 'این كتاب خوبی است');
});

test('numbers and Latin words doubled', () => {
  expectOne('در تاریخ 10 10 ژوئیه', 'duplicate/repeated-word', 'در تاریخ 10 ژوئیه');
  expectOne('به گزارش the the Guardian', 'duplicate/repeated-word', 'به گزارش the Guardian');
});

test('a run of three copies is reported copy by copy and fixing all leaves one', () => {
  const text = 'او گفت که که که نمی‌آید';
  const found = duplicates(text);
  assert.equal(found.length, 2);
  let fixed = text;
  for (const f of [...found].sort((a, b) => b.span.start - a.span.start)) fixed = applyFirst(fixed, f);
  assert.equal(fixed, 'او گفت که نمی‌آید');
});

test('legitimate Persian doubling is not flagged', () => {
  for (const text of [
    'کم کم هوا سرد شد',
    `کم${ZWNJ}کم هوا سرد شد`,
    'آرام آرام به خانه رفتند',
    'مردم دسته دسته به میدان آمدند',
    'تک تک اعضا رای دادند',
    'یواش یواش راه افتاد',
    'صدای تق تق در آمد',
    'سیاست برد برد را دنبال می‌کنند',
    'همه و همه و در این میان ورزشکاران',
    'در مصاحبه با سی ان ان گفت',
    'نتیجه 0 0 شد',
    'خودرویی با حجم موتور 2500 سی سی وارد شد',
    'نقدینگی بیش از هزار هزار میلیارد است',
    'او هیچ‌گاه منم منم نداشت',
    'ساعت 10: 10: 04 منتشر شد',
    'رنج‌هایش را دانه دانه شمرده بود',
    'قدم قدم جلو رفتند',
    'نفس نفس می‌زد',
  ]) {
    assert.deepEqual(duplicates(text), [], text);
  }
});

test('words separated by punctuation or a line break are not adjacent copies', () => {
  assert.deepEqual(duplicates('بله، بله را گفت'), []);
  assert.deepEqual(duplicates('سفر به تهران\nتهران میزبان نشست بود'), []);
});

const LEAD = 'به گزارش خبرگزاری ایرنا، وزیر امور خارجه امروز به مسکو سفر کرد.';
const BODY1 = 'وی در این سفر با همتای روس خود درباره همکاری های دوجانبه گفتگو خواهد کرد.';
const BODY2 = 'این نخستین سفر وزیر به روسیه در سال جاری است.';
const BODY3 = 'دو طرف همچنین درباره تحولات منطقه تبادل نظر خواهند کرد.';

test('a sentence pasted again further on is flagged on the later copy, with the first as related', () => {
  const text = [LEAD, BODY1, BODY2, BODY1, BODY3].join('\n');
  const f = expectOne(text, 'duplicate/repeated-sentence', [LEAD, BODY1, BODY2, BODY3].join('\n'));
  const first = f.related![0].span;
  assert.equal(text.slice(first.start, first.end), BODY1);
});

test('a pasted sentence is found across punctuation and half-space differences', () => {
  const variant = 'وی در این سفر، با همتای روس خود درباره همکاری‌های دوجانبه گفتگو خواهد کرد.';
  const text = `${LEAD} ${BODY1} ${BODY2} ${variant} ${BODY3}`;
  expectOne(text, 'duplicate/repeated-sentence', `${LEAD} ${BODY1} ${BODY2} ${BODY3}`);
});

test('a copy opening a line is removed with the space after it, keeping the lines apart', () => {
  const text = `${LEAD}\n${BODY1}\n${BODY2}\n${BODY1} ${BODY3}`;
  expectOne(text, 'duplicate/repeated-sentence', `${LEAD}\n${BODY1}\n${BODY2}\n${BODY3}`);
});

test('several sentences pasted as a block are one finding', () => {
  const text = [LEAD, BODY1, BODY2, BODY3, BODY1, BODY2].join('\n');
  expectOne(text, 'duplicate/repeated-sentence', [LEAD, BODY1, BODY2, BODY3].join('\n'));
});

test('boilerplate and repeated titles of officials are not flagged', () => {
  const text = [
    'به گزارش خبرگزاری ایرنا، معاون اول وزیر دفاع جمهوری آذربایجان با هیئت روسی دیدار کرد.',
    'معاون اول وزیر دفاع جمهوری آذربایجان بر اهمیت حل مناقشه تاکید کرد.',
    'به گزارش خبرگزاری ایرنا، رئیس ستاد مشترک نیروهای مسلح روسیه نیز سخن گفت.',
    'رئیس ستاد مشترک نیروهای مسلح روسیه روابط دو کشور را تاریخی خواند.',
  ].join('\n');
  assert.deepEqual(duplicates(text), []);
});

test('short sentences that recur are not flagged', () => {
  assert.deepEqual(duplicates('وی افزود: کار ادامه دارد.\nسپس گفت: کار ادامه دارد.'), []);
});

test('the headline restated over the body is page layout, not a paste', () => {
  const headline = 'سفر وزیر امور خارجه به مسکو برای گفتگو با همتای روس';
  const text = [headline, LEAD, headline, BODY1].join('\n');
  assert.deepEqual(duplicates(text), []);
  // but the headline pasted into the middle of the body is
  const pasted = [headline, LEAD, BODY1, BODY2, headline, BODY3].join('\n');
  expectOne(pasted, 'duplicate/repeated-sentence', [headline, LEAD, BODY1, BODY2, BODY3].join('\n'));
});

test('sentences that differ in one number are not copies, however many there are', () => {
  const text = Array.from({ length: 3000 }, (_, i) => `گزارش شماره ${i} درباره این سفر امروز منتشر شد.`).join(' ');
  assert.deepEqual(duplicates(text), []);
});

test('a four-word sentence pasted again further on is flagged', () => {
  const short = 'نتایج این نشست مثبت بود.';
  const text = [LEAD, short, BODY1, BODY2, short, BODY3].join('\n');
  expectOne(text, 'duplicate/repeated-sentence', [LEAD, short, BODY1, BODY2, BODY3].join('\n'));
});

test('a sentence of the headline restated by the lead is layout, not a paste', () => {
  const headline = 'سفر وزیر به مسکو انجام شد. گفتگو با همتای روس';
  const text = [headline, 'سفر وزیر به مسکو انجام شد. ' + BODY1, BODY2].join('\n');
  assert.deepEqual(duplicates(text), []);
});

test('a verse or slogan quoted again, closed in quotation marks or brackets, is not a paste', () => {
  const verse = 'تا بجوشد آبت از بالا و پست.';
  const quoted = [verse, LEAD, BODY1, BODY2, `به قول شاعر: «آب کم جو تشنگی آور به دست،\n${verse.slice(0, -1)}».`, BODY3].join('\n');
  assert.deepEqual(duplicates(quoted), []);
  const title = 'گزارش: تاریخ به سود کدام تیم است؟';
  const linked = ['نتیجه بازی رفت', title, LEAD, BODY1, `[${title}\n] ${BODY2}`, BODY3].join('\n');
  assert.deepEqual(duplicates(linked), []);
  // unquoted, the same verse further on is a copy
  const pasted = [verse, LEAD, BODY1, BODY2, verse, BODY3].join('\n');
  expectOne(pasted, 'duplicate/repeated-sentence', [verse, LEAD, BODY1, BODY2, BODY3].join('\n'));
});

test('a quotation given again after a second attribution is a restatement, not a paste', () => {
  const quote = 'همکاری دو کشور در حال گسترش است. این روند در سال آینده ادامه خواهد یافت.';
  const text = [
    'سفر وزیر به مسکو',
    `به گزارش ایرنا، وزیر امور خارجه گفت: «${quote}»`,
    BODY1,
    `به نقل از ایسنا، وی تأکید کرد: «${quote}»`,
    BODY2,
  ].join('\n');
  assert.deepEqual(duplicates(text), []);
});

test('a repeat running over a line break is not an adjacent copy', () => {
  assert.deepEqual(duplicates('جزئیات بازداشت " پرویز تتو "\nپرویز تتو با گروه خود دستگیر شد'), []);
});

test('a first name before a surname built on it is not a doubled word', () => {
  assert.deepEqual(duplicates('سرمربی درباره افت علی علی پور سخن گفت'), []);
  assert.deepEqual(duplicates('حسن حسن زاده برنده شد'), []);
  // but a doubled first name before an ordinary word is
  expectOne('سرمربی درباره افت علی علی سخن گفت', 'duplicate/repeated-word', 'سرمربی درباره افت علی سخن گفت');
});

test('a list item title glued to a paragraph that opens with it is not a doubled phrase', () => {
  const text = 'خوراکی‌های مفید:\n7. چای سبز چای سبز سرشار از آنتی‌اکسیدان است.\n* حبوبات حبوبات سرشار از فیبر هستند.';
  assert.deepEqual(duplicates(text), []);
  // the same doubling inside a sentence is a slip
  expectOne('او گفت چای سبز چای سبز مفید است.', 'duplicate/repeated-phrase', 'او گفت چای سبز مفید است.');
});

test('equal figures closing a table row are columns, not a doubled phrase', () => {
  const text = 'خودرو قیمت کارخانه قیمت بازار\nتیبا 24 میلیون تومان 24 میلیون تومان\nپراید 20 میلیون تومان 21 میلیون تومان';
  assert.deepEqual(duplicates(text), []);
  expectOne('قیمت 24 میلیون تومان 24 میلیون تومان اعلام شد', 'duplicate/repeated-phrase', 'قیمت 24 میلیون تومان اعلام شد');
});

test('a short line without a full stop (a name or entry in a results list) is not a pasted sentence', () => {
  const text = ['نتایج مسابقات تیراندازی', 'تفنگ زنان', 'مه لقا جام بزرگ', LEAD, 'تفنگ مردان', BODY1, 'مه لقا جام بزرگ', BODY2].join('\n');
  assert.deepEqual(duplicates(text), []);
});

test('the letters of a dotted abbreviation are not words of a sentence', () => {
  const text = ['ما تهدیداتی همانند داعش و پ.ی.د و ی.پ.گ را دیدیم.', BODY1, BODY2, 'او از پ.ی.د و ی.پ.گ نام برد.'].join('\n');
  assert.deepEqual(duplicates(text), []);
});

test('a pasted sentence is found when its words also stand inside a longer sentence before it', () => {
  const short = 'نتایج عملیات نصر 3.';
  const text = [`این بخشی از نتایج عملیات «نصر 3» بود.`, short, BODY1, BODY2, short, BODY3].join('\n');
  expectOne(text, 'duplicate/repeated-sentence', [`این بخشی از نتایج عملیات «نصر 3» بود.`, short, BODY1, BODY2, BODY3].join('\n'));
});

test('a section label glued to a dateline that opens with the same word is not a doubled word', () => {
  const text = 'کاهش واردات از ترکیه\nاقتصاد اقتصاد ایران - همشهری آنلاین: واردات کالا کاهش یافت.';
  assert.deepEqual(duplicates(text), []);
  // without the dateline, a doubled word opening a line is still a slip
  expectOne('کاهش واردات\nاقتصاد اقتصاد ایران رشد کرد.', 'duplicate/repeated-word', 'کاهش واردات\nاقتصاد ایران رشد کرد.');
});
