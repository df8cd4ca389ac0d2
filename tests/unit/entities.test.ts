// Entity recognition: gazetteer names, cues (titles, organisation and place heads), foreign surname
// endings, multi-word names as one mention, agreement across the article and short forms of a name.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createAnalyzer } from '../../server/src/core/analyze';
import { recognizeEntities } from '../../server/src/core/entities';
import { Lexicon } from '../../server/src/core/lexicon';
import { nameKey, sameNameKeys } from '../../server/src/core/name-match';
import { splitSentences, tokenize } from '../../server/src/core/text';
import type { Entity } from '../../server/src/core/types';

/** A small lexicon of ordinary words: names in the examples are deliberately absent. */
const COMMON = `با|در|به|از|و|که|را|دیدار|کرد|گفت|وزیر|دفاع|رئیس|جمهور|سفر|نشست|امروز|این|اعلام|معاون|اول|همکاری|
روابط|دو|کشور|نیز|مقامات|نظامی|ستاد|مشترک|نیروهای|مسلح|هیئت|خارجه|امور|سازمان|ملل|متحد|ژنرال|آقای|گفتگو|
آموزش|پرورش|وزارت|شهر|استان|حسن|حسین|الهام|علی|نماینده|مجلس|دهم|نهم|بود|است|خبر|داد`.split(/[|\s]+/);
const lexicon = Lexicon.fromWords(COMMON);

function entities(text: string, lex = lexicon): Entity[] {
  const tokens = tokenize(text);
  return recognizeEntities({ text, tokens, sentences: splitSentences(tokens), knows: (w) => lex.has(w) });
}

const byName = (es: Entity[], name: string) => es.find((e) => e.name === name);

test('gazetteer places and organisations, multi-word names as one mention', () => {
  const es = entities('مقامات جمهوری آذربایجان با مقامات ناتو در باکو و مسکو دیدار کرد.');
  assert.equal(byName(es, 'جمهوری آذربایجان')?.kind, 'place');
  assert.equal(byName(es, 'ناتو')?.kind, 'organization');
  assert.equal(byName(es, 'باکو')?.kind, 'place');
  assert.equal(byName(es, 'مسکو')?.kind, 'place');
  // «آذربایجان» inside «جمهوری آذربایجان» is not a separate mention
  assert.equal(byName(es, 'آذربایجان'), undefined);
});

test('spacing and ZWNJ do not matter for gazetteer lookups', () => {
  const es = entities('مقامات ایالات‌متحده و قره‌باغ');
  assert.equal(byName(es, 'ایالات‌متحده')?.kind, 'place');
  assert.equal(byName(es, 'قره‌باغ')?.kind, 'place');
});

test('a title and a foreign surname ending make a person; the surname alone is the same person', () => {
  const text = 'ژنرال نجم الدین صدیقوف با هیئت روسیه دیدار کرد. صدیقوف گفت که روابط دو کشور خوب است.';
  const es = entities(text);
  const person = byName(es, 'نجم الدین صدیقوف');
  assert.equal(person?.kind, 'person');
  assert.deepEqual(
    person!.mentions.map((m) => m.text),
    ['نجم الدین صدیقوف', 'صدیقوف'],
  );
  assert.deepEqual(person!.mentions.map((m) => text.slice(m.span.start, m.span.end)), ['نجم الدین صدیقوف', 'صدیقوف']);
  assert.equal(es.filter((e) => e.kind === 'person').length, 1);
});

test('a detached surname ending joins its name («الهام علی اف»)', () => {
  const es = entities('الهام علی اف رئیس جمهور آذربایجان با وزیر دیدار کرد.');
  assert.equal(byName(es, 'الهام علی اف')?.kind, 'person');
});

test('organisation heads open a multi-word organisation that stops before a verb', () => {
  const es = entities('وزارت آموزش و پرورش اعلام کرد. ستاد مشترک نیروهای مسلح روسیه نیز خبر داد.');
  assert.equal(byName(es, 'وزارت آموزش و پرورش')?.kind, 'organization');
  assert.equal(byName(es, 'ستاد مشترک نیروهای مسلح روسیه')?.kind, 'organization');
});

test('a role followed by an ordinary word is not a person', () => {
  const es = entities('وزیر دفاع امروز گفت که سفر نشست.');
  assert.equal(es.filter((e) => e.kind === 'person').length, 0);
});

test('a name recognised once is a mention wherever it occurs', () => {
  const es = entities('آقای کاپلانوف گفت. کاپلانوف امروز در مسکو بود و کاپلانوف خبر داد.');
  const p = es.find((e) => e.kind === 'person');
  assert.equal(p?.mentions.length, 3);
  assert.deepEqual(p?.spellings, [{ text: 'کاپلانوف', count: 3, form: 0 }]);
});

test('a misspelt mention of a known name joins it, with its spelling counted', () => {
  const es = entities('ژنرال گراسیموف به باکو رفت. گراسیموف گفت که گراسیمف نیز در باکو است.');
  const p = es.find((e) => e.kind === 'person')!;
  assert.deepEqual(p.spellings, [
    { text: 'گراسیموف', count: 2, form: 0 },
    { text: 'گراسیمف', count: 1, form: 0 },
  ]);
});

test('name keys ignore spacing and letter forms; slips are one dot, vowel or transliteration change', () => {
  assert.equal(nameKey('علی اف'), nameKey('علی‌اف'));
  assert.equal(nameKey('علی اف'), nameKey('علیاف'));
  assert.equal(nameKey('والرئ'), nameKey('والری'));
  assert.ok(sameNameKeys(nameKey('گراسیمف'), nameKey('گراسیموف')));
  assert.ok(sameNameKeys(nameKey('مشکو'), nameKey('مسکو')));
  assert.ok(sameNameKeys(nameKey('طهران'), nameKey('تهران')));
  // a consonant added in front makes another word, and the nisba «ی» another word
  assert.ok(!sameNameKeys(nameKey('زائران'), nameKey('ایران')));
  assert.ok(!sameNameKeys(nameKey('ایرانی'), nameKey('ایران')));
  assert.ok(!sameNameKeys(nameKey('دهم'), nameKey('نهم')));
});

const LEXICON_BIN = new URL('../../dist/lexicon.bin', import.meta.url);
const SEED = new URL('../../seeds/000_909a3f8488f71ad3.txt', import.meta.url);

test('the seed article: the expected entities with the real lexicon', { skip: !existsSync(LEXICON_BIN) && 'dist/lexicon.bin not built' }, () => {
  const lex = Lexicon.load(readFileSync(LEXICON_BIN));
  const { entities: es } = createAnalyzer(lex).analyze(readFileSync(SEED, 'utf8'));
  const has = (kind: string, part: string) => es.some((e) => e.kind === kind && e.mentions.some((m) => m.text.includes(part)));
  for (const place of ['روسیه', 'جمهوری آذربایجان', 'باکو', 'مسکو', 'قره باغ', 'ایالات متحده', 'افغانستان']) assert.ok(has('place', place), place);
  assert.ok(has('organization', 'ناتو'));
  for (const person of ['نجم الدین صدیقوف', 'گراسیموف', 'تاد والترز', 'الهام علی اف']) assert.ok(has('person', person), person);
  // «صدیقوف» alone belongs to the full name
  const sadigov = es.find((e) => e.name === 'نجم الدین صدیقوف')!;
  assert.ok(sadigov.mentions.some((m) => m.text === 'صدیقوف'));
});

test('news conventions: a person after «امام», a direction belongs to its place, a web address is an outlet', () => {
  const text = 'پایگاه خبری انتخاب (Entekhab.ir): زائران امام کاپلانی (ع) در شمال عراق دیدار کرد.';
  const es = entities(text);
  const imam = es.find((e) => e.mentions.some((m) => m.text.includes('کاپلانی')));
  assert.equal(imam?.kind, 'person');
  assert.equal(byName(es, 'شمال عراق')?.kind, 'place');
  // a site named by its address is the outlet
  assert.equal(byName(es, 'Entekhab.ir')?.kind, 'organization');
});

test('a speaker opening a sentence is a person; an organisation stops at its place and before a verb', () => {
  const es = entities('کاپلانی زاده گفت: شهرداری تهران دیدار کرد. وزارت آموزش و پرورش دیدار کرد.');
  assert.equal(byName(es, 'کاپلانی زاده')?.kind, 'person');
  assert.equal(byName(es, 'شهرداری تهران')?.kind, 'organization');
  assert.equal(byName(es, 'وزارت آموزش و پرورش')?.kind, 'organization');
});

test('a misspelt word before a known full name is one mention of it («دونال ترامپ»)', () => {
  const es = entities('دونالد کاپلانوف به باکو رفت. کاپلانوف گفت که دونال کاپلانوف نیز در باکو است.');
  const p = es.find((e) => e.kind === 'person')!;
  assert.ok(p.mentions.some((m) => m.text === 'دونال کاپلانوف'), JSON.stringify(p.mentions));
});

test('a lexicon word that only folds onto a one-word name is the word («ریال» is not «رئال»)', () => {
  const lex = Lexicon.fromWords([...COMMON, 'ریال', 'میلیارد']);
  const es = entities('رئال در این نشست ده میلیارد ریال اعلام کرد.', lex);
  const club = es.find((e) => e.kind === 'organization');
  assert.deepEqual(club?.mentions.map((m) => m.text), ['رئال']);
  // the spelling «اسراییل» of «اسرائیل» («ئی» written «یی») is still the place
  const lex2 = Lexicon.fromWords([...COMMON, 'اسراییل']);
  assert.equal(byName(entities('روابط اسراییل', lex2), 'اسراییل')?.kind, 'place');
});

test('an unmistakable given name takes an ordinary word as the surname', () => {
  const lex = Lexicon.fromWords([...COMMON, 'سعادت', 'بهار', 'نارنج']);
  assert.equal(byName(entities('سعید سعادت امروز گفت.', lex), 'سعید سعادت')?.kind, 'person');
  // a given name that is also an everyday word does not («بهار» is spring)
  assert.equal(byName(entities('در جشنواره بهار نارنج', lex), 'بهار نارنج'), undefined);
});

test('the neighbours of a person in a list of names are people', () => {
  const es = entities('آقای زرکوبی، اخشابیان، گلستانه و کرمانیان در این نشست بود.');
  for (const name of ['زرکوبی', 'اخشابیان', 'گلستانه', 'کرمانیان']) assert.equal(byName(es, name)?.kind, 'person', name);
});

test('a head with one generic qualifier or a nationality is no organisation', () => {
  const lex = Lexicon.fromWords([...COMMON, 'کمیته', 'فنی', 'عراقی']);
  const es = entities('کمیته فنی و نیروهای عراقی امروز دیدار کرد.', lex);
  assert.equal(es.filter((e) => e.kind === 'organization').length, 0, es.map((e) => e.name).join());
});

test('a weak cue names an everyday word only where the cue is', () => {
  const lex = Lexicon.fromWords([...COMMON, 'نفت', 'قیمت']);
  const es = entities('وزیر نفت در این نشست گفت. قیمت نفت امروز اعلام شد.', lex);
  const org = es.find((e) => e.name === 'نفت');
  assert.equal(org?.kind, 'organization');
  assert.equal(org?.mentions.length, 1);
});

test('the head of a unit names the unit up to a province («مدیرکل محیط زیست استان کرمان»)', () => {
  const lex = Lexicon.fromWords([...COMMON, 'مدیرکل', 'محیط', 'زیست']);
  const es = entities('مدیرکل محیط زیست استان کرمان گفت.', lex);
  assert.equal(byName(es, 'محیط زیست استان کرمان')?.kind, 'organization');
});

test('an outlet named after a month or a place is the outlet after «خبرنگار», never the month elsewhere', () => {
  const lex = Lexicon.fromWords([...COMMON, 'مهر', 'فارس', 'پانزدهم', 'خبرنگار']);
  const es = entities('به گزارش خبرنگار مهر، جلسه در پانزدهم مهر برگزار شد. وی در گفتگو با خبرنگار فارس گفت.', lex);
  const mehr = byName(es, 'مهر');
  assert.equal(mehr?.kind, 'organization');
  assert.equal(mehr?.mentions.length, 1);
  assert.equal(byName(es, 'فارس')?.kind, 'organization');
});

test('a paragraph opening on a name and a verb of saying names the speaker', () => {
  const lex = Lexicon.fromWords([...COMMON, 'تابش', 'افزود', 'برنامه']);
  const es = entities('برنامه اعلام شد.\nتابش افزود: این برنامه ادامه دارد.', lex);
  assert.equal(byName(es, 'تابش')?.kind, 'person');
});

test('credits name a person («به کارگردانی …»)', () => {
  const lex = Lexicon.fromWords([...COMMON, 'فیلم', 'کارگردانی', 'مهدی']);
  const es = entities('فیلم نبرد به کارگردانی مهدی جبین‌شناس اکران شد.', lex);
  assert.equal(byName(es, 'مهدی جبین‌شناس')?.kind, 'person');
});

test('a place whose name is an everyday word needs a place cue («منابع مالی» ≠ «کشور مالی»)', () => {
  const lex = Lexicon.fromWords([...COMMON, 'منابع', 'مالی', 'لازم', 'نیست']);
  assert.equal(byName(entities('منابع مالی لازم نیست.', lex), 'مالی'), undefined);
  const mali = entities('سفیر مالی در تهران گفت.', lex).find((e) => e.name.includes('مالی'));
  assert.equal(mali?.kind, 'place');
});

test('an organisation name holds a comma series and a namesake («تعاون، کار و رفاه اجتماعی», «شهید چمران»)', () => {
  const lex = Lexicon.fromWords([...COMMON, 'تعاون', 'کار', 'رفاه', 'اجتماعی', 'دانشگاه', 'شهید', 'همایش', 'برگزار']);
  const es = entities('در وزارت تعاون، کار و رفاه اجتماعی و دانشگاه شهید چمران اهواز همایش برگزار شد.', lex);
  assert.equal(byName(es, 'وزارت تعاون، کار و رفاه اجتماعی')?.kind, 'organization', es.map((e) => e.name).join(' | '));
  assert.equal(byName(es, 'دانشگاه شهید چمران اهواز')?.kind, 'organization', es.map((e) => e.name).join(' | '));
});

test('a surname that is also an everyday adjective is the person only where no noun precedes it', () => {
  const lex = Lexicon.fromWords([...COMMON, 'اسلام', 'اسلامی', 'شوراهای', 'محمد']);
  const es = entities('محمد اسلامی گفت. شوراهای اسلامی امروز نشست داشت. اسلامی افزود.', lex);
  const person = es.find((e) => e.kind === 'person');
  assert.deepEqual(person?.mentions.map((m) => m.text), ['محمد اسلامی', 'اسلامی']);
});

test('an office before an organisation is part of its name («روابط عمومی شهرداری تهران»)', () => {
  const lex = Lexicon.fromWords([...COMMON, 'روابط', 'عمومی', 'شهرداری']);
  const es = entities('به نقل از روابط عمومی شهرداری تهران، طرح اجرا شد.', lex);
  assert.equal(byName(es, 'روابط عمومی شهرداری تهران')?.kind, 'organization', es.map((e) => e.name).join(' | '));
});

test('the second half of a compound written with a space is not a recurring name', () => {
  const lex = Lexicon.fromWords([...COMMON, 'بین‌المللی', 'بین']);
  const text = 'نشست بین المللی امروز برگزار شد. این نشست بین المللی در باکو بود. گرامیکوف و گرامیکوف آمدند.';
  const es = entities(text, lex);
  assert.ok(!es.some((e) => e.mentions.some((m) => m.text === 'المللی')), JSON.stringify(es.map((e) => e.name)));
  // an unknown word that recurs on its own is still taken for a name
  assert.ok(es.some((e) => e.mentions.some((m) => m.text === 'گرامیکوف')));
});

test('a minister\'s ministry takes its country, or the bare scope word, as news writing names it', () => {
  const es = entities('وزیر دفاع جمهوری آذربایجان با وزیر امور خارجه کشورمان دیدار کرد.');
  assert.equal(byName(es, 'دفاع جمهوری آذربایجان')?.kind, 'organization');
  assert.equal(byName(es, 'امور خارجه کشورمان')?.kind, 'organization');
});

test('inside an organisation: the plural «ها» written apart, the preposition of an action noun, a comma series', () => {
  const lex = Lexicon.fromWords([...COMMON, ...'مبارزه|قاچاق|کالا|مرکز|فوریت|پزشکی|تعاون|کار|رفاه|اجتماعی'.split('|')]);
  const es = entities('سخنگوی ستاد مبارزه با قاچاق کالا گفت که مرکز فوریت های پزشکی و وزیر تعاون، کار و رفاه اجتماعی دیدار کرد.', lex);
  assert.equal(byName(es, 'ستاد مبارزه با قاچاق کالا')?.kind, 'organization');
  assert.equal(byName(es, 'مرکز فوریت های پزشکی')?.kind, 'organization');
  assert.equal(byName(es, 'تعاون، کار و رفاه اجتماعی')?.kind, 'organization');
});

test('a head with an adjective before a listed or quoted name is one organisation', () => {
  const lex = Lexicon.fromWords([...COMMON, 'تروریستی', 'عناصر', 'رمز', 'عبور']);
  const es = entities('عناصر گروه تروریستی داعش با نشریه «رمز عبور» دیدار کرد.', lex);
  assert.equal(byName(es, 'گروه تروریستی داعش')?.kind, 'organization');
  assert.equal(byName(es, 'نشریه «رمز عبور»')?.kind, 'organization');
});

test('a listed name may hold a number or a month, but never starts with a connective', () => {
  const es = entities('به گزارش خبرگزاری مهر، شبکه دو سیما و نیز کی روش دیدار کرد.');
  assert.equal(byName(es, 'خبرگزاری مهر')?.kind, 'organization');
  assert.equal(byName(es, 'شبکه دو سیما')?.kind, 'organization');
  assert.equal(byName(es, 'کی روش')?.kind, 'person');
});

test('a place inside a competition is a place; a team or centre before a bare place is the place alone', () => {
  const es = entities('بازیکن تیم ملی قطر در لیگ قهرمانان اروپا بازی کرد و به مرکز استان کردستان رفت.');
  assert.equal(byName(es, 'قطر')?.kind, 'place');
  assert.equal(byName(es, 'اروپا')?.kind, 'place');
  assert.equal(byName(es, 'استان کردستان')?.kind, 'place');
  assert.equal(es.filter((e) => e.kind === 'organization').length, 0, JSON.stringify(es.map((e) => e.name)));
});

test('a given name with «سید» written onto it opens a name', () => {
  const es = entities('سیدمحمدصادق کاپلانی با وزیر دیدار کرد.');
  assert.equal(byName(es, 'سیدمحمدصادق کاپلانی')?.kind, 'person');
});

test('the words of a listed name run together without a half-space are not the name', () => {
  assert.equal(entities('پانزده عضو اتحادیهاروپا دیدار کرد.').length, 0);
  assert.equal(byName(entities('پانزده عضو اتحادیه‌اروپا دیدار کرد.'), 'اتحادیه‌اروپا')?.kind, 'organization');
});

test('an everyday word after a title, or counted, is no person elsewhere in the article', () => {
  const lex = Lexicon.fromWords([...COMMON, 'غیبت', 'گل', 'زد', 'تیم', 'صبا', 'بازیکن']);
  const es = entities('غیبت آقای گل در تیم. بازیکن دو گل زد.', lex);
  const gol = es.find((e) => e.mentions.some((m) => m.text === 'گل'));
  assert.equal(gol?.mentions.length, 1, JSON.stringify(es));
});

test('an embassy is an organisation named with its country', () => {
  const es = entities('سفارت آمریکا در باکو اعلام کرد.');
  assert.equal(byName(es, 'سفارت آمریکا')?.kind, 'organization');
});

test('an everyday word as a surname is the person alone only where no noun precedes it', () => {
  const lex = Lexicon.fromWords([...COMMON, 'مقدم', 'خیر', 'همسایه', 'مهمان', 'ورود', 'شد']);
  const es = entities('آقای سعید مقدم دیدار کرد. مقدم گفت که خیر مقدم به مهمان نیز گفت.', lex);
  const p = byName(es, 'سعید مقدم');
  assert.equal(p?.kind, 'person');
  assert.deepEqual(p!.mentions.map((m) => m.text), ['سعید مقدم', 'مقدم']);
});

test('a holy person named with an honorific; an e-mail domain is no outlet', () => {
  const es = entities('مردم در سالروز امام زمان (عج) و رسول خدا (ص) به newsroom@irna.ir نوشتند.');
  assert.equal(byName(es, 'امام زمان (عج)')?.kind, 'person');
  assert.equal(byName(es, 'رسول خدا (ص)')?.kind, 'person');
  assert.ok(!es.some((e) => e.name.includes('irna')));
});

test('a public service with its province is an organisation; «ای» written apart stays in a name', () => {
  const lex = Lexicon.fromWords([...COMMON, 'کارشناس', 'هواشناسی', 'مدیرکل', 'فنی', 'حرفه', 'ای', 'اداره', 'کل']);
  const es = entities('کارشناس هواشناسی گیلان گفت که اداره کل فنی و حرفه ای دیدار کرد.', lex);
  assert.equal(byName(es, 'هواشناسی گیلان')?.kind, 'organization');
  assert.equal(byName(es, 'اداره کل فنی و حرفه ای')?.kind, 'organization');
});

test('a side adjective belongs to its place; a plural province head and its list are one place', () => {
  const lex = Lexicon.fromWords([...COMMON, 'های', 'بارش', 'شمالی', 'شرقی']);
  const es = entities('بارش در استان های تهران، قزوین و گیلان و در بیت المقدس شرقی ادامه داشت.', lex);
  assert.equal(byName(es, 'استان های تهران، قزوین و گیلان')?.kind, 'place', JSON.stringify(es.map((e) => e.name)));
  assert.equal(byName(es, 'بیت المقدس شرقی')?.kind, 'place');
});

test('a maker named with a model or after a product noun is the product', () => {
  const lex = Lexicon.fromWords([...COMMON, 'قیمت', 'خودروی', 'تومان']);
  const es = entities('قیمت پژو 206 و خودروی تویوتا بالا رفت.', lex);
  assert.ok(!es.some((e) => e.kind === 'organization'), JSON.stringify(es.map((e) => e.name)));
});

test('a club named by an everyday word is the club only in an article about sport', () => {
  const lex = Lexicon.fromWords([...COMMON, 'استقلال', 'روز', 'تیم', 'فوتبال', 'لیگ', 'برد']);
  assert.equal(entities('آمریکا روز استقلال را جشن گرفت.', lex).filter((e) => e.kind === 'organization').length, 0);
  const es = entities('تیم فوتبال استقلال در لیگ برد. استقلال برد.', lex);
  assert.equal(byName(es, 'استقلال')?.kind, 'organization');
});

test('a title stays outside a listed person; two words run together are no surname tail', () => {
  const lex = Lexicon.fromWords([...COMMON, 'در', 'پاسخ', 'آیت', 'الله', 'سعید']);
  const es = entities('آیت الله سیستانی دیدار کرد و سعید کاپلانی درپاسخ به آن دیدار کرد.', lex);
  assert.equal(byName(es, 'سیستانی')?.kind, 'person', JSON.stringify(es.map((e) => e.name)));
  assert.equal(byName(es, 'سعید کاپلانی')?.kind, 'person', JSON.stringify(es.map((e) => e.name)));
});

test('a site or a paper before an organisation is part of its name', () => {
  const es = entities('اعضای سایت فدراسیون فوتبال دیدار کرد.');
  assert.equal(byName(es, 'سایت فدراسیون فوتبال')?.kind, 'organization', JSON.stringify(es.map((e) => e.name)));
});
