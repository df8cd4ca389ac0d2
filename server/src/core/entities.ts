// Recognising people, places and organisations in Persian news without a statistical model.
//
// 1. Seed spans from evidence: the gazetteer, titles and roles before a person («ژنرال …»), words that
//    open an organisation («وزارت …») or a place («استان …»), given names, foreign surname endings
//    («…اف», «…ویچ»), attribution («به نقل از …»).
// 2. Agreement: every form recognised once (and a person's surname alone) is a mention wherever it occurs.
// 3. Spelling variants: an unknown word sequence one slip away from a recognised name (dots, a vowel
//    letter, ی/ئ, spacing …) is another mention of it, so the name check can report the inconsistency.
// 4. Mentions are grouped into entities with a canonical spelling.
import {
  DIRECTIONS,
  FOREIGN_SURNAME_ENDINGS,
  GAZETTEER,
  GIVEN_NAMES,
  HONORIFICS,
  NAME_TITLES,
  ORG_HEADS,
  PERSON_ROLES,
  PERSON_TITLES,
  PLACE_CUES,
  PLACE_HEADS,
  SPEECH_CUES,
  WEAK_TITLES,
} from './gazetteer';
import { spellingForms } from './spelling-forms';
import { nameKey, neighbourhood, sameNameKeys } from './name-match';
import type { NamesIndex, NamesListEntry } from './names-list';
import { normalizeWord } from './persian';
import type { Sentence, Token } from './text';
import type { Entity, EntityKind, Mention } from './types';

export interface EntityInput {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  knows(word: string): boolean;
  /** The newsroom's names list: its spellings are names wherever they occur. */
  namesList?: NamesIndex;
}

/** The longest name (in tokens) looked up in the gazetteer or among recognised forms. */
const MAX_NAME_TOKENS = 7;

const keySet = (words: Iterable<string>) => new Set([...words].map(nameKey));

interface GazetteerEntry {
  kind: EntityKind;
  name: string;
}
/** Titles that news writing keeps outside a person's name («آیت الله | سیستانی», «شهید | رجایی»). */
const OUTER_TITLES = /^(آیت الله|آیت‌الله|حجت الاسلام|حجت‌الاسلام|شهید|سرلشکر|سردار|دکتر|مهندس|شیخ) /;
const GAZETTEER_INDEX = new Map<string, GazetteerEntry>();
for (const [kind, names] of GAZETTEER) {
  for (const listed of names) {
    const name = kind === 'person' ? listed.replace(OUTER_TITLES, '') : listed;
    // a single word left after the title may be an everyday word («شهید همت»): the title's cue reads it
    if (name !== listed && !name.includes(' ')) continue;
    const key = nameKey(name.replace(/،/g, ' '));
    if (!GAZETTEER_INDEX.has(key)) GAZETTEER_INDEX.set(key, { kind, name });
  }
}
/** A spelling as written (letters normalised, spacing dropped), without folding ئ/ی, آ/ا …: «رئال» ≠ «ریال». */
const compact = (s: string) => normalizeWord(s).replace(/[\s\u200c]/g, '');
/** Every spelling the gazetteer writes; a one-word entry matches a lexicon word only as written. */
const GAZETTEER_SPELLINGS = new Set<string>();
for (const [, names] of GAZETTEER) {
  for (const name of names) {
    const spelling = compact(name.replace(/،/g, ' '));
    // «ئی» is also written «یی» (اسرائیل/اسراییل, سوئیس/سوییس)
    GAZETTEER_SPELLINGS.add(spelling).add(spelling.replace(/ئی/g, 'یی'));
  }
}
/** The gazetteer's one-word spellings («صداوسیما», «بندرعباس»). */
const ONE_WORD_SPELLINGS = new Set(GAZETTEER.flatMap(([, names]) => names.filter((n) => !n.includes(' ')).map(compact)));
/** Every spelling the gazetteer lists as an organisation, even when the same word is also a place («فارس»). */
const ORG_KEYS = new Set<string>();
for (const [kind, names] of GAZETTEER) if (kind === 'organization') for (const name of names) ORG_KEYS.add(nameKey(name.replace(/،/g, ' ')));
const isPlaceKey = (k: string) => GAZETTEER_INDEX.get(k)?.kind === 'place';
const isOrgKey = (k: string) => GAZETTEER_INDEX.get(k)?.kind === 'organization';
/** Words that turn a noun into a common one: «این بانک», «هر شرکت» are no names. */
const DETERMINERS = keySet('این|آن|همین|همان|هر|چند|یک|دو|سه|چهار|پنج|برخی|بعضی|کدام|چه|همه|تمام|دیگر'.split('|'));
const ORDINAL = /^(اول|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم|یازدهم|دوازدهم|سیزدهم|چهاردهم|پانزدهم|شانزدهم|هفدهم|هجدهم|نوزدهم|بیستم)$/;
/** Words that name a branch or a region of an organisation: «دانشگاه آزاد واحد جیرفت», «… استان فارس». */
const ORG_TAIL_CUES = keySet(['استان', 'شهرستان', 'شهر', 'واحد', 'شعبه', 'منطقه']);
/** True when the gazetteer lists this spelling (compared by nameKey, then exactly). */
export function gazetteerSpelling(text: string): string | undefined {
  return GAZETTEER_INDEX.get(nameKey(text))?.name;
}

/** Given names, also with «سید» written onto them («سیدمحمد») and the compounds of «محمد» and «علی» («محمدسعید»). */
const GIVEN = keySet(GIVEN_NAMES.flatMap((g) => [g, `سید${g}`, `محمد${g}`, `علی${g}`, `سیدمحمد${g}`]));
/** True when the gazetteer lists this spelling or it is a listed given name. */
export function isKnownName(text: string): boolean {
  const key = nameKey(text);
  return GAZETTEER_INDEX.has(key) || GIVEN.has(key);
}
const TITLES = keySet(PERSON_TITLES);
const WEAK_TITLE = keySet(WEAK_TITLES);
const HONORIFIC = keySet(HONORIFICS);
const ROLES = keySet(PERSON_ROLES);
/**
 * Heads that in news open a common noun phrase far more often than a name («نیروهای امدادی», «بیمه تکمیلی»,
 * «نمایشگاه کتاب»): no seed of their own (listed names with them still match).
 */
const WEAK_ORG_HEADS = /^(هیئت|هیات|گروه|خانه|دفتر|سایت|نهاد|حوزه|نیروهای|بیمه|نمایشگاه|کانون|جنبش|تلویزیون)$/;
const ORG_HEAD = keySet(ORG_HEADS.filter((h) => !WEAK_ORG_HEADS.test(h)));
/** Every head, weak ones too: after «و» any of them opens a new phrase rather than joining a name. */
const ANY_ORG_HEAD = keySet(ORG_HEADS);
const PLACE_HEAD = keySet(PLACE_HEADS);
const PLACE_CUE = keySet(PLACE_CUES);
const NAME_TITLE = keySet(NAME_TITLES);
const DIRECTION = keySet(DIRECTIONS);
const SPEECH_CUE = keySet(SPEECH_CUES);
/** Verbs of saying whose subject is one person (singular, past): a paragraph opening «X گفت:» names X. */
const SPEAKER_VERBS = keySet('گفت|افزود|ادامه داد|تصریح کرد|اظهار کرد|اظهار داشت|خاطرنشان کرد|خاطر نشان کرد|یادآور شد|اضافه کرد|تبیین کرد|با اشاره|با بیان|با تاکید|با تأکید|در پاسخ|درپاسخ|در ادامه|در پایان|همچنین گفت|همچنین افزود|در گفت|در گفتگو|در گفت‌وگو'.split('|'));
/** Credits that name a person next: «به کارگردانی …», «به قلم …», «با ترجمه …». */
const CREDITS = keySet('کارگردانی|قلم|نویسندگی|تهیه کنندگی|تهیه‌کنندگی|آهنگسازی|ترجمه|روایت|سرپرستی|مربیگری|صدای|اجرای|خوانندگی|نوازندگی|بازیگری|طراحی'.split('|'));
/** Bylines: «عکس: …», «خبرنگار: …», «ترجمه: …». */
const BYLINES = keySet('عکس|عکاس|خبرنگار|گزارش|نویسنده|مترجم|ترجمه|گفتگو|گفت وگو|گفت‌وگو|تنظیم|گردآوری|تدوین|مصاحبه|گزارشگر|عکاس خبری'.split('|'));
/** Roles whose next words name the ministry rather than a person: «وزیر امور خارجه فرانسه». */
const MINISTER = keySet(['وزیر', 'وزرای', 'معاون وزیر']);
/** Qualifiers that make a head a common noun phrase when they are its only word: «کمیته فنی», «نیروهای مسلح». */
const GENERIC_QUALIFIERS = keySet(
  'ملی|قبل|بعد|سابق|وقت|بانکی|مازاد|خدماتی|کار|ماهر|متخصص|عمل|صنعتی|فقیه|زایی|فنی|خارجی|داخلی|مسلح|دولتی|خصوصی|مختلف|بزرگ|کوچک|جدید|مربوط|مربوطه|ذیربط|ذی‌ربط|تخصصی|محلی|مسئول|مسوول|انسانی|امنیتی|نظامی|بومی|مردمی|اجرایی|دیگر|زیادی|متعدد|فعال|برتر|منتخب|اصلی|ویژه|کشور|شهر|استان|زیر'.split('|'),
);
/** True when head + words from..end is one generic qualifier or a nationality («نیروهای عراقی»), not a name. */
function genericUnit(toks: Tok[], from: number, end: number): boolean {
  if (end !== from + 1) return false;
  const t = toks[from];
  return GENERIC_QUALIFIERS.has(t.key) || isNisba(t);
}

/** Heads of a unit: what follows them, up to a place or an organisation, names that unit («مدیرکل محیط زیست استان کرمانشاه»). */
const UNIT_ROLES = keySet('رئیس|رییس|مدیرکل|مدیر کل|مدیر|مسئول|مسوول|فرمانده|سرپرست|دبیر|مدیرعامل|مدیر عامل|کارشناس|سخنگوی|معاون|رئیس کل|رییس کل'.split('|'));
/** Only the endings that almost never end a Persian word (not زاده, پور …, which do). */
const FOREIGN_ENDINGS = FOREIGN_SURNAME_ENDINGS.filter((e) => /^(اف|یف|یوف|وف|ویچ|وویچ|سکی|اوغلو|نکو)$/.test(e));
/** A surname ending written as its own word: «علی اف». */
const DETACHED_ENDINGS = new Set(['اف', 'یف', 'اوف', 'یوف', 'وف', 'ویچ', 'اوغلو']);

/** Given names that are also everyday words; they start a name only before an unmistakable surname. */
const AMBIGUOUS_GIVEN = keySet(
  'پیمان|آرمان|بهار|جهان|نسیم|سحر|شبنم|ترانه|لاله|هدیه|یگانه|ثریا|مهتاب|رحمان|کریم|حجت|عرفان|رسول|مراد|ملک|صابر|قادر|مختار|طاهر|عماد|حشمت|سامان|شهریار|حیدر|دانیال|امید|ایمان|نوید|پویا|کمال|جمال|عادل|نادر|بهمن|شیرین|نرگس|پروانه|فرشته|الهام|امین|امیر|سید|ندا|نگار|فرید|سینا|رستم|جان|پل|مارک|بندر|عمر|خالد|حافظ|سلیم|لیلی|هدی|عاطفه|رجب|دریا|ستاره|صبا|صفر|رمضان|شعبان|حبیب|عزیز|شادی|هستی|کیان|سام|تد|جو|کیت|جین|حمد|سیده|هدایت|ماهر|صالح|سپیده|زهره|گیتی'.split('|'),
);

/**
 * Places whose name is also an everyday word («مالی» financial, «صحنه» stage, «بافت» texture, «میانه» middle,
 * «جنین» foetus, «کره» butter or globe …): a place only after a place cue or next to another listed place («مالی و نیجر»).
 */
const AMBIGUOUS_PLACES = keySet('مالی|صحنه|بافت|میانه|جنین|پردیس|چک|امید|بهار|نور|کار|جم|دیر|گز|خور|سیب|کره|کبک'.split('|'));

/** Function words, pronouns and frequent adverbs: never inside a name. */
const STOP = keySet(
  `در|به|از|با|برای|که|را|و|یا|این|آن|همین|همان|تا|بر|بین|میان|درباره|پس|پیش|روی|زیر|نیز|هم|همچنین|اما|ولی|اگر|چون|زیرا|وی|او|
  آنها|آن‌ها|ایشان|ما|من|شما|خود|هر|همه|چند|یک|دو|سه|چهار|پنج|ده|صد|هزار|میلیون|را|چه|چرا|کجا|کی|نه|بله|هیچ|دیگر|دیگری|بسیار|
  خیلی|بیش|بیشتر|کم|کمتر|باید|نباید|شاید|حتی|فقط|تنها|سپس|اکنون|امروز|دیروز|فردا|امسال|پارسال|سال|ماه|روز|هفته|ساعت|جاری|گذشته|
  آینده|ابتدا|انتها|طی|توسط|سوی|سوی|علیه|نسبت|مورد|جهت|ضمن|بدون|مانند|مثل|طبق|براساس|اساس|بنابراین|لذا|هنگام|زمان|وقتی|چنین|
  چنان|اینکه|آنکه|بلکه|یکی|یعنی|دارای|حتما|قطعا|صریحا|دقیقا|رسما|واقعا|اساسا|اصلا|کاملا|تقریبا|فعلا|بعدا|قبلا|مجددا|مستقیما|شخصا|عمدتا|ظاهرا|احتمالا|لزوما|ولیکن|ای|های|ها|هایی|هایش|هایشان|ترین|تر|اند|است|بود|شد|نیز|گفت|افزود|اظهار|داشت|کرد|کند|شود|گفته|نوشت|خبر|گزارش|داد|دارد|
  اعلام|تاکید|تأکید|ادامه|اشاره|بیان|عنوان|دیدار|سفر|نشست|جلسه|گفتگو|گفت‌وگو|مذاکره|همکاری|روابط|اول|دوم|سوم|سابق|اسبق|جدید|کنونی|فعلی|وقت|رغم|علیرغم|کننده|کنندگان|
  شنبه|یکشنبه|دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|پنج‌شنبه|جمعه|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|اسفند`.split(/[|\s]+/),
);

/** «برگزار کننده», «عمل کنندگان»: agent nouns of compound verbs, whose first half is no name word. */
const AGENT_NOUNS = keySet(['کننده', 'کنندگان', 'کننده‌ی', 'شونده', 'دهنده', 'دهندگان']);

/** Office nouns that are no part of a person's name, though what follows them is often not a person («مدیر انستیتو»). */
const OFFICES = keySet(['مدیر']);

/** Verbs of saying: the word before them ends their subject, which may be a name («… وزارت نفت گفت»). */
const SAYS = keySet('گفت|افزود|نوشت|گفته|افزوده|نوشته'.split('|'));

/** Function words that may open or close a name of several words: numbers, months, «کی» (Queiroz). */
const NAME_FUNCTION_WORDS = keySet(
  'یک|دو|سه|چهار|پنج|ده|صد|هزار|کی|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|اسفند'.split('|'),
);
/** True when the word may be the first or last of a name (`several`: of a name of more than one word). */
const edgeWord = (t: Tok, several: boolean) => !STOP.has(t.key) || (several && NAME_FUNCTION_WORDS.has(t.key));

/** Verb forms: a light verb after a word makes that word part of a compound verb, not of a name. */
const LIGHT_VERBS = (() => {
  const stems = ['کرد', 'کن', 'شد', 'شو', 'داد', 'ده', 'نمود', 'نما', 'گرفت', 'گیر', 'زد', 'زن', 'یافت', 'یاب', 'ساخت', 'ساز'];
  const endings = ['', 'م', 'ی', 'یم', 'ید', 'ند', 'ه', 'د', 'ن', 'ه است', 'ه‌اند', 'ه‌است', 'ه‌ایم'];
  const out = new Set<string>();
  for (const s of stems) {
    for (const e of endings) {
      for (const p of ['', 'ن', 'می', 'نمی', 'ب']) out.add(nameKey(p + s + e));
    }
  }
  return out;
})();
/** Finite forms of common verbs (past stem + person ending, «ه» participles): they end a name. */
const COMMON_VERBS = (() => {
  const stems = 'رفت|آمد|گفت|افزود|داشت|بود|خورد|برد|آورد|دید|رسید|خواند|نوشت|ماند|گذاشت|گذشت|نشست|ایستاد|افتاد|خواست|توانست|دانست|پرداخت|انداخت|کشت|کشید|ریخت|گریست|خرید|فروخت|پذیرفت|شناخت|بست|شکست|جست|یافت'.split('|');
  const out = new Set<string>();
  for (const s of stems) for (const e of ['', 'م', 'ی', 'یم', 'ید', 'ند', 'ه', 'ه‌اند', 'ه است']) for (const p of ['', 'ن']) out.add(nameKey(p + s + e));
  for (const w of 'است|هست|هستم|هستی|هستیم|هستید|هستند|نیست|نیستند|باشد|باشند|باشیم|می|نمی|خواهد|خواهند|خواهیم|خواهم|دارد|دارند|داریم|دارم|شده|کرده|گردید|گردد|نماید|نمایند'.split('|')) out.add(nameKey(w));
  return out;
})();
const VERBS = new Set([...LIGHT_VERBS, ...COMMON_VERBS]);

interface Span2 {
  /** First token index and one past the last. */
  first: number;
  last: number;
  kind: EntityKind;
  /** How sure the evidence is: gazetteer 3, cue 2, morphology 1. */
  strength: number;
  /** Canonical name from the gazetteer, if it came from there. */
  canonical?: string;
  /** The names-list entry the span spells, if any. */
  listed?: NamesListEntry;
  /** A holy person named with an honorific: not one of a list of people («رهبری حضرت امام (ره) و …»). */
  holy?: boolean;
}

/** Per-token facts computed once. */
interface Tok {
  token: Token;
  key: string;
  word: boolean;
  known: boolean;
  /** An unknown word that is two lexicon words run together («اظهارداشت»): damage, not a name. */
  merged?: boolean;
}

/** True when the word splits into two lexicon words of two letters or more. */
function isMerged(word: string, knows: (w: string) => boolean): boolean {
  const w = normalizeWord(word).replace(/\u200c/g, '');
  for (let k = 2; k <= w.length - 2; k++) if (knows(w.slice(0, k)) && knows(w.slice(k))) return true;
  return false;
}

export function recognizeEntities(input: EntityInput): Entity[] {
  const toks: Tok[] = input.tokens.map((t) => ({
    token: t,
    key: t.kind === 'word' ? nameKey(t.text) : '',
    // a lone tatweel or mark is no word
    word: t.kind === 'word' && nameKey(t.text).length > 0,
    known: t.kind === 'word' && input.knows(t.text),
  }));
  for (const t of toks) if (t.word && !t.known) t.merged = isMerged(t.token.text, input.knows);
  const seeds = seedSpans(toks, input.sentences);
  if (input.namesList) seeds.push(...listedSpans(toks, input.namesList));
  const kept = chooseSpans(seeds);
  widenUnits(toks, kept);
  kept.push(...listNeighbours(toks, kept));
  kept.sort((a, b) => a.first - b.first);
  const { forms, mentions } = spreadForms(toks, kept, (w) => input.knows(w));
  return groupEntities(input.text, toks, forms, mentions);
}

// ------------------------------------------------------------------------------------------ seeding

/** Words that may continue a name: Persian words that are not function words or verbs. */
function continues(toks: Tok[], i: number): boolean {
  return !toks[i]?.token.newlineBefore && canStart(toks, i);
}

/** Like `continues`, for the first word of a name (which may open a line). */
function canStart(toks: Tok[], i: number): boolean {
  const t = toks[i];
  if (!nameWord(t)) return false;
  // the first half of a compound verb («اعلام کرد», «تحصیل می کنند»)
  const next = toks[i + 1];
  if (next && next.word && !SAYS.has(next.key) && (LIGHT_VERBS.has(next.key) || isVerb(next) || AGENT_NOUNS.has(next.key))) return false;
  return !isVerb(t);
}

/** A word that may be part of a name wherever it stands (not a function word, verb, title or role). */
function nameWord(t: Tok | undefined): t is Tok {
  if (!t || !t.word) return false;
  return !(STOP.has(t.key) || VERBS.has(t.key) || TITLES.has(t.key) || WEAK_TITLE.has(t.key) || ROLES.has(t.key) || OFFICES.has(t.key) || isVerb(t));
}

/** Finite verbs and verb prefixes that never sit inside a name. */
function isVerb(t: Tok): boolean {
  if (VERBS.has(t.key)) return true;
  const text = t.token.text;
  return t.key === 'می' || t.key === 'نمی' || /^(ن?می)\u200c/.test(text);
}

const isPlace = (t: Tok | undefined) => !!t && GAZETTEER_INDEX.get(t.key)?.kind === 'place';

/** Longest key match among `keys` of the tokens starting at i (as one compact key). */
function longestMatch(toks: Tok[], i: number, has: (key: string) => boolean, max = MAX_NAME_TOKENS, commas = false): number {
  let key = '';
  let best = 0;
  for (let j = i; j < toks.length && j - i < max; j++) {
    const t = toks[j];
    // «وزارت تعاون، کار و رفاه اجتماعی»: a listed name may hold a comma
    if (commas && j > i && t.token.text === '،' && toks[j + 1]?.word) continue;
    if (!t.word || (j > i && t.token.newlineBefore)) break;
    key += t.key;
    // a name neither starts nor ends with a function word («و نیز» is not «ونیز», «مکر آن» not «مکران»),
    // but a longer one may with a number or a month («شبکه دو», «خبرگزاری مهر», «کی روش»)
    if (has(key) && edgeWord(toks[i], j > i) && edgeWord(t, j > i)) best = j + 1 - i;
  }
  return best;
}

/** True when a phrase of `set` (function words allowed, unlike names) starts at token i. */
function phraseAt(toks: Tok[], i: number, set: Set<string>, max: number): boolean {
  let key = '';
  for (let j = i; j < toks.length && j - i < max && toks[j].word; j++) {
    key += toks[j].key;
    if (set.has(key)) return true;
  }
  return false;
}

/** Extends a name rightwards over continuing words, `and` joining two of them («آموزش و پرورش»). */
function extend(toks: Tok[], from: number, max: number): number {
  let j = from;
  while (j - from < max) {
    // a listed place closes the name («شهرداری تهران», «ارتش عراق»)
    const place = inLine(toks, j) ? longestMatch(toks, j, isPlaceKey) : 0;
    if (place) return j + place;
    // a listed organisation closes it too («کمیسیون فرهنگی مجلس شورای اسلامی»)
    const org = inLine(toks, j) ? longestMatch(toks, j, isOrgKey, MAX_NAME_TOKENS, true) : 0;
    if (org) return orgTailEnd(toks, j + org);
    // an organisation named after a person: «دانشگاه شهید چمران», «کمیته امداد امام خمینی (ره)»
    const person = namesakeEnd(toks, j);
    if (person > j) return orgTailEnd(toks, person);
    if (continues(toks, j)) j++;
    else if ((j > from || toks[j]?.key === 'بین') && innerWordAt(toks, j)) j++;
    else if (j > from && isSuffixAi(toks, j)) j++;
    else if (j > from && toks[j]?.key === 'و' && joinsAfterAnd(toks[j + 1]) && continues(toks, j + 1) && j + 2 - from <= max) j += 2;
    else if (j > from && commaSeriesAt(toks, j) && j + 4 - from <= max) j = commaSeriesAt(toks, j);
    else break;
  }
  return j;
}

/** Action nouns whose preposition stays inside a name: «ستاد مبارزه با قاچاق», «حفاظت از محیط زیست». */
const PREPOSITIONAL_NOUNS = keySet('مبارزه|مقابله|حفاظت|دفاع|حمایت|پیشگیری|مراقبت|صیانت|پشتیبانی|دفاع'.split('|'));

/**
 * A function word that sits inside a name when a name word follows it: the plural «ها» written apart
 * («فوریت های پزشکی»), «بین» of «بین المللی» and the preposition of an action noun («مبارزه با», «حفاظت از»).
 */
function innerWordAt(toks: Tok[], j: number): boolean {
  const t = toks[j];
  if (!t?.word || t.token.newlineBefore || !continues(toks, j + 1)) return false;
  if (t.key === 'ها' || t.key === 'های') return nameWord(toks[j - 1]) && !t.token.glued;
  if (t.key === 'بین') return toks[j + 1].key === 'المللی' || toks[j + 1].key === 'الملل';
  return (t.key === 'با' || t.key === 'از') && PREPOSITIONAL_NOUNS.has(toks[j - 1]?.key ?? '');
}

/**
 * «تعاون، کار و رفاه اجتماعی»: at a comma inside a name, a series of one- or two-word items closed by «و»
 * continues it. Returns the index of the first word after «و», or 0.
 */
function commaSeriesAt(toks: Tok[], j: number): number {
  for (let guard = 0; guard < 3 && toks[j]?.token.text === '،'; guard++) {
    let k = j + 1;
    while (k < j + 3 && continues(toks, k) && toks[k].known && !GAZETTEER_INDEX.has(toks[k].key)) k++;
    if (k === j + 1) return 0;
    if (toks[k]?.key === 'و' && joinsAfterAnd(toks[k + 1]) && continues(toks, k + 1)) return k + 1;
    j = k;
  }
  return 0;
}

/** Titles that open the name of a person an organisation is named after. */
const NAMESAKE_TITLES = keySet(['شهید', 'امام', 'حضرت', 'آیت الله', 'آیت‌الله', 'علامه']);

/** The end of a person's name used inside an organisation's name at j (a listed person, or title + name); else j. */
function namesakeEnd(toks: Tok[], j: number): number {
  if (!inLine(toks, j) && !(NAMESAKE_TITLES.has(toks[j]?.key ?? '') && !toks[j].token.newlineBefore)) return j;
  const listed = longestMatch(toks, j, (k) => GAZETTEER_INDEX.get(k)?.kind === 'person');
  if (listed) return honorificEnd(toks, j + listed);
  const title = longestMatch(toks, j, (k) => NAMESAKE_TITLES.has(k), 2);
  if (!title || !inLine(toks, j + title) || isPlaceOrOrg(toks[j + title])) return j;
  const end = personAt(toks, j + title, 'strong-title');
  return end > j + title ? end : j;
}

/**
 * The end of a unit's name read from `from` (commas and «و» allowed inside: «صنعت، معدن و تجارت»), when it
 * closes on a listed place, a listed organisation or «استان X»; otherwise `from` (no name).
 */
function unitEnd(toks: Tok[], from: number, max: number): number {
  let j = from;
  while (j - from < max) {
    if (j > from && continues(toks, j)) {
      // a bare place usually stays outside («فرمانده انتظامی | بروجرد» is rarer than «رئیس … | ایران»)
      if (longestMatch(toks, j, isPlaceKey)) return from;
      const org = longestMatch(toks, j, isOrgKey, MAX_NAME_TOKENS, true);
      if (org) return orgTailEnd(toks, j + org);
      if (ORG_TAIL_CUES.has(toks[j].key)) {
        const end = orgTailEnd(toks, j);
        return end > j ? end : from;
      }
    }
    if (continues(toks, j)) j++;
    else if (j > from && (toks[j]?.key === 'و' || toks[j]?.token.text === '،') && continues(toks, j + 1) && toks[j + 1].known) j++;
    else break;
  }
  return from;
}

/** The province or country a branch serves, named by the bare word: «بهزیستی استان», «پلیس راهور کشور». */
const SCOPE_WORDS = keySet(['استان', 'کشور', 'کشورمان', 'شهرستان']);

/**
 * What may follow a complete organisation name and still belong to it: an ordinal («مجلس دهم»), a place
 * («شهرداری تهران», «پرسپولیس تهران»), a branch or region («واحد جیرفت», «استان فارس»), or a bare scope
 * word that ends the phrase («آموزش و پرورش استان»).
 */
function orgTailEnd(toks: Tok[], j: number): number {
  if (continues(toks, j) && ORDINAL.test(toks[j].key)) j++;
  const place = inLine(toks, j) ? longestMatch(toks, j, isPlaceKey) : 0;
  if (place) return j + place;
  if (inLine(toks, j) && ORG_TAIL_CUES.has(toks[j].key) && inLine(toks, j + 1)) {
    const named = longestMatch(toks, j + 1, isPlaceKey);
    if (named) return j + 1 + named;
    if (!toks[j + 1].known && continues(toks, j + 1)) return j + 2;
  }
  if (inLine(toks, j) && SCOPE_WORDS.has(toks[j].key) && !continues(toks, j + 1)) return j + 1;
  return j;
}

/** Plural province heads, written with «ها» apart or joined: «استان های», «شهرستانهای». */
const PLURAL_PLACE_HEADS = keySet(['استانهای', 'شهرستانهای']);

/**
 * A plural place head followed by a list of at least two places («استان های تهران، البرز و قزوین»), which
 * news writing counts as one place. The end of the list, or i.
 */
function placeListEnd(toks: Tok[], i: number): number {
  let key = '';
  let j = i;
  while (j < i + 2 && toks[j]?.word && !PLURAL_PLACE_HEADS.has(key)) key += toks[j++].key;
  if (!PLURAL_PLACE_HEADS.has(key)) return i;
  let items = 0;
  let end = j;
  for (;;) {
    const n = inLine(toks, j) ? longestMatch(toks, j, isPlaceKey) : 0;
    if (!n) break;
    items++;
    end = placeTailEnd(toks, j + n);
    if (!isListSeparator(toks[end]) || toks[end + 1]?.token.newlineBefore) break;
    j = end + 1;
  }
  return items >= 2 ? end : i;
}

/** Adjectives that belong to a place's name: «سوادکوه شمالی», «بیت المقدس شرقی», «قدس اشغالی». */
const PLACE_ADJECTIVES = keySet('شمالی|جنوبی|شرقی|غربی|مرکزی|اشغالی'.split('|'));

/** The end of a place name at j, taking a following side or status adjective. */
function placeTailEnd(toks: Tok[], j: number): number {
  return inLine(toks, j) && PLACE_ADJECTIVES.has(toks[j].key) ? j + 1 : j;
}

/** A name word on the same line; unlike `continues`, a listed name may stand before a verb («… کرمان گفت»). */
function inLine(toks: Tok[], j: number): boolean {
  return nameWord(toks[j]) && !toks[j].token.newlineBefore;
}

/** «آموزش و پرورش»: only an ordinary word joins a name after «و»; a name there starts a new one. */
function joinsAfterAnd(t: Tok | undefined): boolean {
  return !!t && t.word && t.known && !GAZETTEER_INDEX.has(t.key) && !GIVEN.has(t.key) && !ANY_ORG_HEAD.has(t.key);
}

function looksForeignSurname(t: Tok): boolean {
  return t.word && !t.known && t.key.length >= 4 && FOREIGN_ENDINGS.some((e) => t.key.endsWith(e));
}

/** Surname morphology: nisba «…ی», «…زاده», «…پور», «…نژاد», «…یان» … */
const SURNAME_SHAPE = /(ی|زاده|پور|نژاد|یان|فر|وند|نیا|راد|لو)$/;
/** Second parts of compound surnames written apart: «شفیع زاده», «حقی فام». */
const SURNAME_TAILS = new Set(['زاده', 'پور', 'نژاد', 'فام', 'فر', 'فرد', 'منش', 'کیا', 'نیا', 'راد', 'وند', 'پناه', 'آبادی', 'لو', 'شناس', 'نیک', 'مطلق', 'آیین', 'اصل', 'مهر', 'زایی', 'دوست', 'خواه', 'نسب', 'زاد', 'بخش', 'کیش', 'پرست', 'نواز', ...DETACHED_ENDINGS]);

/** «خامنه ای», «فنی و حرفه ای»: the suffix «ای» written apart after a final «ه». */
function isSuffixAi(toks: Tok[], j: number): boolean {
  const t = toks[j];
  return !!t?.word && t.key === 'ای' && !t.token.glued && !t.token.newlineBefore && (toks[j - 1]?.key.endsWith('ه') ?? false);
}

/** The second part of a compound surname written apart: «شفیع زاده», «خامنه ای». */
function isSurnameTail(toks: Tok[], j: number): boolean {
  const t = toks[j];
  if (!t?.word) return false;
  return SURNAME_TAILS.has(t.key) || isSuffixAi(toks, j);
}

const isPersonEntry = (t: Tok) => GAZETTEER_INDEX.get(t.key)?.kind === 'person';
const isPlaceOrOrg = (t: Tok) => (GAZETTEER_INDEX.get(t.key)?.kind ?? 'person') !== 'person';

/** True when the word reads as a surname: unknown to the lexicon, a listed person, or surname-shaped. */
function looksLikeSurname(t: Tok): boolean {
  return !t.known || isPersonEntry(t) || SURNAME_SHAPE.test(t.key);
}

type Cue = 'strong-title' | 'weak-title' | 'none';

/**
 * Reads a person's name starting at i: given names, a surname, the rest of a compound surname and an
 * honorific in parentheses. Returns the end, or i when there is no convincing name.
 */
function personAt(toks: Tok[], i: number, cue: Cue): number {
  let j = i;
  let given = 0;
  for (;;) {
    const g = longestMatch(toks, j, (k) => GIVEN.has(k), 2);
    if (!g) break;
    given++;
    j += g;
  }
  if (given === 0 && cue === 'none') return i;
  const s = toks[j];
  let surname = false;
  // after an unmistakable given name any plain word is the surname («سعید سعادت», «منوچهر هادی»)
  const clearGiven = given > 0 && !AMBIGUOUS_GIVEN.has(toks[i].key) && !POSTNOMINAL.has(s?.key ?? '');
  if (continues(toks, j) && !isPlaceOrOrg(s) && (looksLikeSurname(s) || cue === 'strong-title' || (clearGiven && plainWord(s)))) {
    const one = j + 1;
    j = surnameTailEnd(toks, one);
    // a two-word surname closed by a boundary: «مهدی جبین شناس و …», «مهدی قراچه داغی،»
    if (j === one && given > 0 && secondSurnameWord(toks, j)) j++;
    surname = true;
  } else if (s?.word && DETACHED_ENDINGS.has(s.key) && given > 0) {
    j++; // «علی اف» after a given name
    surname = true;
  }
  if (!surname) {
    // a given name alone names a person only when it is not also an everyday word
    if (cue === 'none') return i;
  }
  return honorificEnd(toks, j);
}

/** True when token j, after a given name and a surname, is the surname's second word: a plain word followed by a boundary. */
function secondSurnameWord(toks: Tok[], j: number): boolean {
  const t = toks[j];
  if (!continues(toks, j) || t.merged || !plainWord(t) || !looksLikeSurname(t) || isPlaceOrOrg(t) || DETERMINERS.has(t.key) || GIVEN.has(t.key)) return false;
  const n = toks[j + 1];
  return !n || n.token.newlineBefore || !n.word || STOP.has(n.key) || isVerb(n) || ROLES.has(n.key) || TITLES.has(n.key);
}

/** Honorifics written after a given name («منصور خان», «حسین آقا»): not a surname. */
const POSTNOMINAL = keySet('خان|بیگ|آقا|میرزا|بانو|خانم|جان|شاه'.split('|'));

/** A word that is no cue of its own (not an organisation or place head, a direction or an ordinal). */
function plainWord(t: Tok): boolean {
  return !ORG_HEAD.has(t.key) && !PLACE_HEAD.has(t.key) && !DIRECTION.has(t.key) && !ORDINAL.test(t.key) && !PLACE_CUE.has(t.key);
}

/** After a surname: the rest of a compound one («صالحی امیری», «شفیع زاده», «علی اف»). */
function surnameTailEnd(toks: Tok[], j: number): number {
  const t = toks[j];
  if (isSurnameTail(toks, j)) return j + 1;
  if (t && continues(toks, j) && !isPlaceOrOrg(t) && ((!t.known && !t.merged && !looksForeignSurname(t)) || isNisba(t) || isPersonEntry(t))) return j + 1;
  return j;
}

/** «اصفهانی» from «اصفهان»: a nisba of a listed place, common as the second part of a surname. */
function isNisba(t: Tok): boolean {
  return t.key.endsWith('ی') && GAZETTEER_INDEX.get(t.key.slice(0, -1))?.kind === 'place';
}

/** Titles of the Prophet, the Imams and saints, written before the name an honorific follows. */
const HOLY_TITLES = keySet('امام|حضرت|پیامبر|رسول|امامزاده|شاه|بی بی|سید'.split('|'));

/**
 * Where the name closed by an honorific after token `last` starts: a holy title up to two words back, a given
 * name one word back, or the word itself when it reads as a name. One past `last` when nothing reads as a name.
 */
function holyNameStart(toks: Tok[], last: number): number {
  const word = (j: number) => !!toks[j]?.word && !toks[j + 1]?.token.newlineBefore && !CONNECTIVE_STOP(toks[j]);
  for (const back of [1, 2]) {
    const j = last - back;
    if (j >= 0 && word(j) && HOLY_TITLES.has(toks[j].key) && (back === 1 || word(j + 1))) return j;
  }
  if (word(last - 1) && GIVEN.has(toks[last - 1].key)) return last - 1;
  const t = toks[last];
  return word(last) && (GIVEN.has(t.key) || !t.known || isPersonEntry(t)) ? last : last + 1;
}

/** Function words that separate a name from the words before it. */
const CONNECTIVE_STOP = (t: Tok) => STOP.has(t.key) && !HOLY_TITLES.has(t.key);

/** Includes a following «(ره)», «(ع)» … */
function honorificEnd(toks: Tok[], j: number): number {
  if (toks[j]?.token.text === '(' && toks[j + 1] && HONORIFIC.has(toks[j + 1].key) && toks[j + 2]?.token.text === ')') return j + 3;
  return j;
}

function seedSpans(toks: Tok[], sentences: Sentence[]): Span2[] {
  void sentences;
  const out: Span2[] = [];
  const sports = toks.filter((t) => SPORTS_WORDS.has(t.key)).length >= 2;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // a web address: «Entekhab.ir»
    // (not the domain of an e-mail address: «newsroom@irna.ir»)
    const email = toks[i - 1]?.token.text === '@' && t.token.glued;
    if (!email && t.token.kind === 'latin' && toks[i + 1]?.token.text === '.' && toks[i + 1].token.glued && toks[i + 2]?.token.kind === 'latin' && toks[i + 2].token.glued && /^(ir|com|net|org|info|news|co)$/i.test(toks[i + 2].token.text)) {
      // a site named by its address is the outlet or company that runs it
      out.push({ first: i, last: i + 3, kind: 'organization', strength: 4 });
    }
    if (!t.word) continue;

    // gazetteer
    const g = longestMatch(toks, i, (k) => GAZETTEER_INDEX.has(k), MAX_NAME_TOKENS, true);
    let entry = g ? GAZETTEER_INDEX.get(toks.slice(i, i + g).map((x) => x.key).join('')) : undefined;
    // a lexicon word that folds onto a one-word entry is that word, not the name («ریال» is not «رئال»)
    if (g === 1 && t.known && !GAZETTEER_SPELLINGS.has(compact(t.token.text))) entry = undefined;
    // words of a longer name run together without a half-space are damage, not the name («دستگاهقضایی»)
    if (g === 1 && entry?.name.includes(' ') && !t.token.text.includes('\u200c') && !ONE_WORD_SPELLINGS.has(compact(t.token.text))) entry = undefined;
    if (g === 1 && entry?.kind === 'place' && t.known && AMBIGUOUS_PLACES.has(t.key) && !placeContext(toks, i)) entry = undefined;
    if (g === 1 && entry?.kind === 'organization' && isProduct(toks, i)) entry = undefined;
    // «استقلال» is independence outside the sports pages
    if (g === 1 && entry?.kind === 'organization' && CLUB_WORDS.has(t.key) && !sports) entry = undefined;
    // «هزار روحانی»: a counted lexicon word is the common noun, not the listed person
    if (g === 1 && entry?.kind === 'person' && t.known && countedOrPlural(toks, i)) entry = undefined;
    if (entry) {
      const last =
        entry.kind === 'person' ? honorificEnd(toks, surnameTailEnd(toks, i + g)) : entry.kind === 'organization' ? orgTailEnd(toks, i + g) : entry.kind === 'place' ? placeTailEnd(toks, i + g) : i + g;
      out.push({ first: i, last, kind: entry.kind, strength: 3, canonical: last === i + g ? entry.name : undefined });
    }

    // organisation heads («وزارت دفاع …»), place heads («استان فارس»); not after a determiner («این بانک»),
    // and a listed organisation («بانک مرکزی») is not extended over the words after it
    const common = DETERMINERS.has(toks[i - 1]?.key ?? '');
    const orgHead = common || entry?.kind === 'organization' ? 0 : longestMatch(toks, i, (k) => ORG_HEAD.has(k), 2);
    if (orgHead) {
      const end = extend(toks, i + orgHead, 8);
      if (end > i + orgHead && !genericUnit(toks, i + orgHead, end) && !placeOnly(toks, i, i + orgHead)) {
        out.push({ first: i, last: end, kind: 'organization', strength: 2 });
      }
    }
    // a public service named with its province or city: «هواشناسی گیلان», «محیط زیست استان البرز»
    const service = common ? 0 : longestMatch(toks, i, (k) => PUBLIC_SERVICES.has(k), 3);
    if (service) {
      const end = orgTailEnd(toks, i + service);
      if (end > i + service && !SCOPE_WORDS.has(toks[end - 1].key)) out.push({ first: i, last: end, kind: 'organization', strength: 2 });
    }
    const described = common ? i : describedOrgEnd(toks, i);
    if (described > i) out.push({ first: i, last: described, kind: 'organization', strength: 2 });
    const placeHead = common ? 0 : longestMatch(toks, i, (k) => PLACE_HEAD.has(k), 2);
    if (placeHead) {
      const end = placeTailEnd(toks, extend(toks, i + placeHead, 2));
      if (end > i + placeHead && !genericUnit(toks, i + placeHead, end)) out.push({ first: i, last: end, kind: 'place', strength: 2 });
    }

    // «استان های تهران، البرز و قزوین»: a plural head and its list of places are one place
    const placeList = common ? i : placeListEnd(toks, i);
    if (placeList > i) out.push({ first: i, last: placeList, kind: 'place', strength: 3 });

    // «مدیرکل محیط زیست استان کرمانشاه»: after the head of a unit, words up to a place or an organisation
    const unitRole = longestMatch(toks, i, (k) => MINISTER.has(k), 2) ? 0 : longestMatch(toks, i, (k) => UNIT_ROLES.has(k), 2);
    if (unitRole) {
      const from = i + unitRole;
      const n = toks[from];
      if (n && n.known && !GIVEN.has(n.key) && !isPersonEntry(n) && !isPlaceOrOrg(n) && continues(toks, from)) {
        const end = unitEnd(toks, from, 10);
        if (end > from) out.push({ first: from, last: end, kind: 'organization', strength: 2 });
      }
    }

    // «وزیر امور خارجه فرانسه»: the ministry after a minister is an organisation
    const minister = longestMatch(toks, i, (k) => MINISTER.has(k), 2);
    if (minister) {
      const n = toks[i + minister];
      if (n && n.known && !GIVEN.has(n.key) && !isPersonEntry(n) && continues(toks, i + minister)) {
        // the country is part of the ministry's name: «وزیر خارجه آمریکا», «وزیر امور خارجه کشورمان»
        const end = orgTailEnd(toks, extend(toks, i + minister, 8));
        out.push({ first: i + minister, last: end, kind: 'organization', strength: 2 });
      }
    }

    // «شمال عراق», «کشور آلمان»: a direction or «کشور» before a listed place belongs to it
    const dir = longestMatch(toks, i, (k) => DIRECTION.has(k) || k === 'کشور', 2);
    if (dir) {
      const g2 = longestMatch(toks, i + dir, (k) => GAZETTEER_INDEX.get(k)?.kind === 'place');
      if (g2) out.push({ first: i, last: i + dir + g2, kind: 'place', strength: 3 });
    }

    // a speaker at the start of a sentence: «صالحی امیری گفت:», «رحیم پور با بیان اینکه»
    if (sentenceStart(toks, i)) {
      let j = i;
      while (j < i + 3 && nameWord(toks[j]) && (j === i || !toks[j].token.newlineBefore) && !isPlaceOrOrg(toks[j]) && !ORG_HEAD.has(toks[j].key) && !PLACE_HEAD.has(toks[j].key)) j++;
      if (j > i && (!plainWord(toks[j - 1]) || DETERMINERS.has(toks[j - 1].key))) j = i;
      const speech = j > i && phraseAt(toks, j, SPEECH_CUE, 3);
      // a paragraph opening on a name and a verb of saying names the speaker, whatever the words («تابش گفت:»)
      const paragraph = j > i && toks[i].token.newlineBefore && phraseAt(toks, j, SPEAKER_VERBS, 3);
      if (paragraph || (speech && looksLikeSurname(toks[j - 1]) && (j - i === 1 || !toks[i].known || GIVEN.has(toks[i].key) || looksLikeSurname(toks[i])))) {
        out.push({ first: i, last: j, kind: 'person', strength: 1 });
      }
    }

    // an unknown word right before a verb of saying, after a function word: «در همین حال برنان گفت»
    if (!t.known && t.key.length >= 3 && canSpeak(toks, i)) out.push({ first: i, last: i + 1, kind: 'person', strength: 1 });

    // a surname opening a sentence, set off by a comma: «پوراحمد، هدف از …», «X، کارشناس مسایل اقتصادی:»
    if (sentenceStart(toks, i)) {
      const end = commaSpeakerEnd(toks, i);
      if (end > i) out.push({ first: i, last: end, kind: 'person', strength: 1 });
    }

    // credits and bylines name a person: «به کارگردانی X», «با ترجمه X», «عکس: X»
    const credit = toks[i - 1]?.key === 'به' || toks[i - 1]?.key === 'با' ? longestMatch(toks, i, (k) => CREDITS.has(k), 2) : 0;
    const byline = !credit && sentenceStart(toks, i) ? longestMatch(toks, i, (k) => BYLINES.has(k), 2) : 0;
    const creditStart = credit ? i + credit : byline && toks[i + byline]?.token.text === ':' ? i + byline + 1 : 0;
    if (creditStart) {
      const n = toks[creditStart];
      const namelike = n && (GIVEN.has(n.key) || (n.word && (!n.known || isPersonEntry(n))));
      if (namelike && !isPlaceOrOrg(n) && !ORG_HEAD.has(n.key) && canStart(toks, creditStart)) {
        const end = personAt(toks, creditStart, 'strong-title');
        if (end > creditStart) out.push({ first: creditStart, last: end, kind: 'person', strength: 2 });
      }
    }

    // a holy person named with an honorific: «امام زمان (عج)», «رسول خدا (ص)», «فاطمه زهرا (س)»
    const honored = honorificEnd(toks, i + 1);
    if (honored > i + 1) {
      const first = holyNameStart(toks, i);
      if (first <= i) out.push({ first, last: honored, kind: 'person', strength: 3, holy: true });
    }

    // titles and roles before a person («ژنرال …», «نخست وزیر …»)
    const nameTitle = longestMatch(toks, i, (k) => NAME_TITLE.has(k), 1);
    if (nameTitle) {
      const n = toks[i + 1];
      if (n && (GIVEN.has(n.key) || !n.known || isPersonEntry(n)) && continues(toks, i + 1)) {
        const end = personAt(toks, i + 1, 'strong-title');
        if (end > i + 1) out.push({ first: i, last: end, kind: 'person', strength: 3 });
      }
    }
    const title = longestMatch(toks, i, (k) => TITLES.has(k), 4);
    const weak = title ? 0 : longestMatch(toks, i, (k) => WEAK_TITLE.has(k), 2);
    const role = title || weak ? 0 : longestMatch(toks, i, (k) => ROLES.has(k), 2);
    const cueLen = title || weak || role;
    if (cueLen) {
      const start = i + cueLen;
      const next = toks[start];
      // after a role or a weak title only a name-like word starts a name («وزیر دفاع» is not a person)
      const namelike = next && (GIVEN.has(next.key) || (next.word && (!next.known || isPersonEntry(next))));
      if (next && !isPlaceOrOrg(next) && !ORG_HEAD.has(next.key) && (title || namelike)) {
        const end = personAt(toks, start, title ? 'strong-title' : 'weak-title');
        if (end > start) out.push({ first: start, last: end, kind: 'person', strength: 2 });
      }
    }

    // given name + surname
    const p = personAt(toks, i, 'none');
    if (p > i) out.push({ first: i, last: p, kind: 'person', strength: 2 });

    // foreign surname endings; take the unknown first names before it («یوگنی پریماکوف»)
    const detached = toks[i + 1]?.word && DETACHED_ENDINGS.has(toks[i + 1].key) && !toks[i + 1].token.glued;
    if (looksForeignSurname(t) || (detached && canStart(toks, i))) {
      let first = i;
      while (first > 0 && first > i - 3 && continues(toks, first) && canStart(toks, first - 1) && (!toks[first - 1].known || GIVEN.has(toks[first - 1].key))) first--;
      out.push({ first, last: detached ? i + 2 : i + 1, kind: 'person', strength: 1 });
    }

    // an outlet the gazetteer lists, after a reporter or an interview, is the outlet even when the word is
    // also a place or a month: «خبرنگار فارس», «گفت وگو با مهر»
    const interview = t.key === 'با' && /^(گفتگو|گفتوگو|وگو|مصاحبه)$/.test(toks[i - 1]?.key ?? '');
    if (t.key === 'خبرنگار' || interview || (t.key === 'گزارش' && toks[i - 1]?.key === 'به')) {
      let key = '';
      let outlet = 0;
      for (let j = i + 1; j < i + 4 && toks[j]?.word && !toks[j].token.newlineBefore; j++) {
        key += toks[j].key;
        if (ORG_KEYS.has(key) && !isVerb(toks[j])) outlet = j + 1;
      }
      if (outlet) out.push({ first: i + 1, last: outlet, kind: 'organization', strength: 4 });
    }

    // attribution: «به گزارش X،», «به نقل از X» name a news outlet
    if ((t.key === 'گزارش' && toks[i - 1]?.key === 'به') || (t.key === 'از' && toks[i - 1]?.key === 'نقل' && toks[i - 2]?.key === 'به') || t.key === 'خبرنگار') {
      const n = toks[i + 1];
      const closed = toks[i + 2]?.token.kind === 'punct' && /[،,:.؛]/.test(toks[i + 2].token.text);
      if (n?.word && !ORG_HEAD.has(n.key) && !ROLES.has(n.key) && ((closed && !isVerb(n)) || (!n.known && continues(toks, i + 1)))) {
        // an everyday word there may be a desk rather than an outlet («خبرنگار صنعت، تجارت و …»): named here only
        const sure = closed && !(n.known && !GAZETTEER_INDEX.has(n.key));
        out.push({ first: i + 1, last: i + 2, kind: 'organization', strength: sure ? 4 : closed ? 2 : 1 });
      }
      // a quoted outlet: «به گزارش " ورزش سه "»
      const q = quoted(toks, i + 1);
      const desk = q === i + 3 && toks[i + 2].known && !GAZETTEER_INDEX.has(toks[i + 2].key);
      if (q) out.push({ first: i + 2, last: q, kind: 'organization', strength: desk ? 2 : 4 });
    }


    // place cues: «کشور X», «پایتخت X» with an unknown X
    if (PLACE_CUE.has(t.key)) {
      const n = toks[i + 1];
      if (n && continues(toks, i + 1) && !n.known && !GAZETTEER_INDEX.has(n.key)) out.push({ first: i + 1, last: i + 2, kind: 'place', strength: 1 });
    }
  }
  return out;
}

/** Provincial offices of public services, named by the service and the place they serve. */
const PUBLIC_SERVICES = keySet(
  'هواشناسی|دامپزشکی|راهداری|بهزیستی|گمرک|دادگستری|منابع طبیعی|محیط زیست|حفاظت محیط زیست|میراث فرهنگی|تامین اجتماعی|آبفا|آب و فاضلاب|ثبت احوال|ورزش و جوانان|فرهنگ و ارشاد اسلامی|ارشاد اسلامی|تعزیرات حکومتی|اوقاف|دانشگاه علوم پزشکی|علوم پزشکی|امور مالیاتی|بنیاد مسکن|راه و شهرسازی|صنعت، معدن و تجارت|صنعت معدن و تجارت|استاندارد|پست|مخابرات|انتظامی|پلیس راهور|راهور|آتش نشانی|هلال احمر|کمیته امداد|بهداشت|بهداشت و درمان'.split('|'),
);

/** Heads that before a bare place name the place's team, centre or population, not an institution. */
const PLACE_ONLY_HEADS = keySet(['تیم', 'مرکز', 'جمعیت', 'شرکت']);

/** «تیم ملی قطر», «مرکز استان کردستان», «جمعیت ایران»: the place is the name, the head a common noun. */
function placeOnly(toks: Tok[], head: number, from: number): boolean {
  if (!PLACE_ONLY_HEADS.has(toks[head].key)) return false;
  const j = toks[from]?.key === 'ملی' ? from + 1 : from;
  return longestMatch(toks, j, isPlaceKey) > 0 || (PLACE_HEAD.has(toks[j]?.key ?? '') && longestMatch(toks, j + 1, isPlaceKey) > 0);
}

/**
 * A head, at most one qualifier, then a quoted name or a listed organisation: «نشریه «رمز عبور»», «گروه
 * تروریستی داعش». Weak heads count here, the name after them being sure. The end, or i.
 */
function describedOrgEnd(toks: Tok[], i: number): number {
  const head = longestMatch(toks, i, (k) => ANY_ORG_HEAD.has(k), 2);
  if (!head) return i;
  const close = quoted(toks, i + head);
  if (close) return close + 1;
  // the qualifier is an adjective: «تروریستی», «تکفیری», «اپوزیسیون» is a noun and stays out
  const q = toks[i + head];
  if (!inLine(toks, i + head) || !q.known || !plainWord(q) || !q.key.endsWith('ی')) return i;
  const afterQualifier = quoted(toks, i + head + 1);
  if (afterQualifier) return afterQualifier + 1;
  const org = inLine(toks, i + head + 1) ? longestMatch(toks, i + head + 1, isOrgKey) : 0;
  return org ? i + head + 1 + org : i;
}

/** Every occurrence of a spelling in the newsroom's names list (surest of all evidence). */
function listedSpans(toks: Tok[], list: NamesIndex): Span2[] {
  const out: Span2[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i].word) continue;
    const n = longestMatch(toks, i, (k) => list.byKey.has(k));
    if (!n) continue;
    const listed = list.byKey.get(toks.slice(i, i + n).map((t) => t.key).join(''))!;
    const kind = listed.kind ?? GAZETTEER_INDEX.get(nameKey(listed.preferred))?.kind ?? 'other';
    out.push({ first: i, last: i + n, kind, strength: 5, canonical: listed.preferred, listed });
  }
  return out;
}

/** True when a place cue or head stands before token i, or a listed place is its neighbour in a list. */
function placeContext(toks: Tok[], i: number): boolean {
  const p = toks[i - 1];
  if (p && (PLACE_CUE.has(p.key) || PLACE_HEAD.has(p.key) || DIRECTION.has(p.key))) return true;
  const listed = (t: Tok | undefined) => !!t && isPlace(t) && !AMBIGUOUS_PLACES.has(t.key);
  return (isListSeparator(p) && listed(toks[i - 2])) || (isListSeparator(toks[i + 1]) && listed(toks[i + 2]));
}

/** True when token i, a name-like word, is the whole subject of a verb of saying right after it. */
function canSpeak(toks: Tok[], i: number): boolean {
  const n = toks[i + 1];
  const p = toks[i - 1];
  if (!n?.word || n.token.newlineBefore || !SAYS.has(n.key) || !nameWord(toks[i]) || isPlaceOrOrg(toks[i])) return false;
  return !p || toks[i].token.newlineBefore || !p.word || STOP.has(p.key);
}

/** True when token i opens a sentence or a line. */
function sentenceStart(toks: Tok[], i: number): boolean {
  const p = toks[i - 1];
  return !p || toks[i].token.newlineBefore || (p.token.kind === 'punct' && /[.!?؟:]/.test(p.token.text));
}

/** A surname shape that ordinary words rarely have (unlike a bare «…ی»). */
const STRONG_SURNAME = /(زاده|پور|نژاد|یان|وند|نیا|راد|فر|لو)$/;

/**
 * One to three words opening a sentence and closed by «،» that read as a person: every word unknown to the
 * lexicon, a listed person, a given name or surname-shaped, or any name-like words when a role follows the
 * comma («…، کارشناس مسایل اقتصادی»). The end, or i.
 */
function commaSpeakerEnd(toks: Tok[], i: number): number {
  let j = i;
  while (j < i + 3 && nameWord(toks[j]) && (j === i || !toks[j].token.newlineBefore) && !isPlaceOrOrg(toks[j]) && plainWord(toks[j]) && !DETERMINERS.has(toks[j].key)) j++;
  if (j === i || toks[j]?.token.text !== '،') return i;
  const roleAfter = longestMatch(toks, j + 1, (k) => ROLES.has(k) || TITLES.has(k), 3) > 0;
  const personal = (t: Tok) => !t.known || isPersonEntry(t) || GIVEN.has(t.key) || STRONG_SURNAME.test(t.key);
  const last = toks[j - 1];
  if (GIVEN.has(last.key) && j - i === 1) return i;
  for (let k = i; k < j; k++) if (!personal(toks[k]) && !(roleAfter && (k > i || !toks[k].known))) return i;
  return j;
}

/** Words between quotes starting at token i (at most four): the index of the closing quote. */
function quoted(toks: Tok[], i: number): number | undefined {
  const open = toks[i]?.token.text;
  const close = open === '"' || open === "'" ? open : open === '«' ? '»' : undefined;
  if (!close) return undefined;
  for (let j = i + 1; j < toks.length && j <= i + 5; j++) {
    if (toks[j].token.text === close) return j > i + 1 ? j : undefined;
    if (!toks[j].word) return undefined;
  }
  return undefined;
}

/** Separators of a list of names: «اخشابی، افشار، امامی و کرمی». */
const isListSeparator = (t: Tok | undefined) => !!t && (t.token.text === '،' || t.token.text === ',' || t.key === 'و');

/** True when words first..last (exclusive) read as one person's name standing alone in a list. */
function listItemIsName(toks: Tok[], first: number, last: number): boolean {
  for (let j = first; j < last; j++) {
    const t = toks[j];
    if (!continues(toks, j) && !(j === first && canStart(toks, j))) return false;
    if (isPlaceOrOrg(t) || !plainWord(t) || DETERMINERS.has(t.key)) return false;
  }
  if (GIVEN.has(toks[first].key) && (last - first > 1 || !AMBIGUOUS_GIVEN.has(toks[first].key))) return true;
  for (let j = first; j < last; j++) if (!looksLikeSurname(toks[j]) && !isSurnameTail(toks, j)) return false;
  return true;
}

/** Where the words of a list item end, reading from `first` (at most three words). */
function listItemEnd(toks: Tok[], first: number, taken: Uint8Array): number {
  let j = first;
  while (j - first < 3 && !taken[j] && nameWord(toks[j]) && (j === first || !toks[j].token.newlineBefore)) j++;
  // the item must be followed by a separator or the end of the clause, not run on into other words
  const after = toks[j];
  if (after && !after.token.newlineBefore && nameWord(after) && !isListSeparator(after)) return first;
  return j;
}

/**
 * People are named in lists: a name-like item next to a recognised person, separated by «،» or «و»,
 * is a person too («… افتخاری، اخشابی، افشار و امامی»). Walks each way from every person span.
 */
function listNeighbours(toks: Tok[], kept: Span2[]): Span2[] {
  const taken = new Uint8Array(toks.length + 1);
  for (const s of kept) taken.fill(1, s.first, s.last);
  const out: Span2[] = [];
  for (const s of kept) {
    if (s.kind !== 'person' || s.holy) continue;
    // rightwards
    let pos = s.last;
    while (isListSeparator(toks[pos]) && !toks[pos + 1]?.token.newlineBefore) {
      const first = pos + 1;
      const end = listItemEnd(toks, first, taken);
      if (end === first || !listItemIsName(toks, first, end)) break;
      out.push({ first, last: end, kind: 'person', strength: 1 });
      taken.fill(1, first, end);
      pos = end;
    }
    // leftwards: «افتخاری، اخشابی، [افشار]»
    pos = s.first - 1;
    while (pos > 0 && isListSeparator(toks[pos]) && !toks[pos].token.newlineBefore) {
      let first = pos;
      while (first > pos - 3 && first > 0 && !taken[first - 1] && nameWord(toks[first - 1]) && !toks[first].token.newlineBefore && !isListSeparator(toks[first - 1])) first--;
      if (first === pos) break;
      // the item must start the list: after a separator, punctuation or a line break
      const before = toks[first - 1];
      if (before && !toks[first].token.newlineBefore && before.word && !isListSeparator(before)) break;
      if (!listItemIsName(toks, first, pos)) break;
      out.push({ first, last: pos, kind: 'person', strength: 1 });
      taken.fill(1, first, pos);
      pos = first - 1;
    }
  }
  return out;
}

/** Offices inside an organisation, named by the organisation after them: «روابط عمومی شهرداری تهران», «دفتر …». */
const UNIT_PREFIXES = keySet(
  'روابط عمومی|دفتر|دبیرخانه|حراست|هیئت مدیره|هیات مدیره|امور|سایت|وب سایت|وبسایت|تارنمای|پایگاه اینترنتی|پایگاه خبری|روزنامه|نشریه|هفته نامه|ماهنامه|خبرگزاری|شبکه'.split('|'),
);

/** Takes an office word before an organisation into its name (spans are already free of overlaps). */
function widenUnits(toks: Tok[], kept: Span2[]): void {
  const taken = new Uint8Array(toks.length + 1);
  for (const s of kept) taken.fill(1, s.first, s.last);
  for (const s of kept) {
    if (s.kind !== 'organization') continue;
    for (let n = 1; n <= 2; n++) {
      const from = s.first - n;
      if (from < 0 || taken[from] || toks[s.first].token.newlineBefore) break;
      const words = toks.slice(from, s.first);
      if (!words.every((t) => t.word) || words.slice(1).some((t) => t.token.newlineBefore)) break;
      if (UNIT_PREFIXES.has(words.map((t) => t.key).join(''))) {
        taken.fill(1, from, s.first);
        s.first = from;
        s.canonical = undefined;
        break;
      }
    }
  }
}

/** Keeps non-overlapping spans, longer and surer first. */
function chooseSpans(spans: Span2[]): Span2[] {
  const sorted = [...spans].sort((a, b) => b.last - b.first - (a.last - a.first) || b.strength - a.strength || a.first - b.first);
  const taken = new Set<number>();
  const kept: Span2[] = [];
  for (const s of sorted) {
    let free = true;
    for (let i = s.first; i < s.last && free; i++) if (taken.has(i)) free = false;
    if (!free) continue;
    for (let i = s.first; i < s.last; i++) taken.add(i);
    kept.push(s);
  }
  return kept.sort((a, b) => a.first - b.first);
}

// ------------------------------------------------------------------------------------------ agreement

/** A name form known in this article; `full` is the key of the full name it stands for. */
interface Form {
  kind: EntityKind;
  full: string;
  canonical?: string;
  strength: number;
  /** True when every word of the form is a lexicon word (then it is never merged by a slip). */
  known: boolean;
  /** The names-list entry of the form, if listed. */
  listed?: NamesListEntry;
  /** A one-word form named by a weak cue only: a mention where the cue is, not wherever the word occurs. */
  local?: boolean;
  /** How a one-word form was written where recognised: a lexicon word elsewhere must match one exactly. */
  spellings?: Set<string>;
  /** A surname that is also an everyday adjective («اسلامی», «ایرانی»): a mention only where no noun precedes it. */
  adjectival?: boolean;
  /** A short form that is an everyday word: never a full name that a misspelling attaches to. */
  plain?: boolean;
}

interface RawMention {
  first: number;
  last: number;
  full: string;
}

/** Finds every occurrence of every recognised form (and surnames), then attaches misspelt variants. */
function spreadForms(toks: Tok[], kept: Span2[], knows: (word: string) => boolean): { forms: Map<string, Form>; mentions: RawMention[] } {
  const forms = new Map<string, Form>();
  // the honorific «(ع)» is not part of the name's key (mentions take it back, see below)
  const nameEnd = (s: Span2) => (toks[s.last - 1].token.text === ')' && s.last - 3 > s.first ? s.last - 3 : s.last);
  const keyOf = (first: number, last: number) => toks.slice(first, last).map((t) => t.key).join('');
  const allKnown = (first: number, last: number) => toks.slice(first, last).every((t) => t.known);
  const locals: RawMention[] = [];
  for (const s of kept) {
    const key = keyOf(s.first, nameEnd(s));
    const old = forms.get(key);
    const oneWord = s.last - s.first === 1 && toks[s.first].word;
    // an everyday word that a weak cue made a name («وزیر نفت») is the word elsewhere in the article
    // so is an everyday word after a title («آقای گل», the top scorer)
    const everyday = toks[s.first].known && s.strength < 3 && (s.kind === 'organization' || (s.kind === 'person' && !looksLikeSurname(toks[s.first]) && !GIVEN.has(toks[s.first].key)));
    const local = oneWord && everyday;
    // a name that opens or closes on a function word («خبرگزاری مهر», «ورزش سه») is never spread (a month,
    // a number elsewhere), so it is a mention only where it was recognised
    const stopEdge = STOP.has(toks[s.first].key) || STOP.has(toks[nameEnd(s) - 1].key);
    // so is a name holding a comma or quotes («وزارت تعاون، کار و رفاه اجتماعی», «نشریه «رمز عبور»»):
    // spreading reads words only
    const comma = toks.slice(s.first, s.last).some((t) => /^[،,"'«»]$/.test(t.token.text));
    if (local || stopEdge || comma) locals.push({ first: s.first, last: s.last, full: key });
    if (!old || old.strength < s.strength) {
      forms.set(key, { kind: s.kind, full: key, canonical: s.canonical, strength: s.strength, known: allKnown(s.first, s.last), local, spellings: old?.spellings });
    }
    if (oneWord) {
      const f = forms.get(key)!;
      (f.spellings ??= new Set()).add(compact(toks[s.first].token.text));
    }
  }
  // a listed entity: all its spellings are forms of its preferred spelling, wherever they occur
  for (const s of kept) {
    if (!s.listed) continue;
    const full = nameKey(s.listed.preferred);
    for (const spelling of [s.listed.preferred, ...s.listed.variants]) {
      forms.set(nameKey(spelling), { kind: s.kind, full, canonical: s.listed.preferred, strength: s.strength, known: false, listed: s.listed });
    }
  }
  // a person's surname alone refers to the person («صدیقوف» for «نجم الدین صدیقوف»)
  for (const s of kept) {
    if (s.kind !== 'person' || s.last - s.first < 2) continue;
    let from = s.last - 1;
    if (toks[from].token.text === ')') from -= 3; // «(ره)»
    if (from <= s.first) continue;
    if (isSurnameTail(toks, from) && from - 1 > s.first) from--;
    if (from === s.first || GIVEN.has(toks[from].key)) continue;
    // an everyday word as a surname («سعید سعادت») is the person only where no noun precedes it («مقدم گفت»,
    // not «خیر مقدم»), and no misspelling attaches to it
    const everyday = s.last - from === 1 && !looksLikeSurname(toks[from]);
    const surname = keyOf(from, s.last);
    const old = forms.get(surname);
    if (surname.length < 3 || STOP.has(surname) || old?.listed || (old && (old.kind !== 'person' || old.full !== surname))) continue;
    const adjectival = everyday || (s.last - from === 1 && isAdjective(toks[from], knows));
    forms.set(surname, { kind: 'person', full: keyOf(s.first, nameEnd(s)), strength: old?.strength ?? 0, known: allKnown(from, s.last), adjectival, plain: everyday });
  }
  // web addresses are not words: each is a mention of itself
  const domains: RawMention[] = [];
  for (const s of kept) {
    if (toks[s.first].word) continue;
    const key = toks.slice(s.first, s.last).map((t) => t.token.text).join('');
    if (!forms.has(key)) forms.set(key, { kind: s.kind, full: key, strength: s.strength, known: false });
    domains.push({ first: s.first, last: s.last, full: key });
  }
  addRecurringUnknowns(toks, forms, knows);
  mergeSpellings(forms);

  const mentions: RawMention[] = [];
  const covered = new Uint8Array(toks.length);
  for (const d of [...domains, ...locals]) covered.fill(1, d.first, d.last);
  mentions.push(...domains, ...locals);
  const spreads = (k: string) => {
    const f = forms.get(k);
    return !!f && !f.local;
  };
  // misspelt mentions first, so that «دونال ترامپ» is one mention rather than «ترامپ» after a stray word
  attachVariants(toks, forms, mentions, covered);
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i].word || covered[i]) continue;
    let free = 0;
    while (i + free < toks.length && !covered[i + free] && free < MAX_NAME_TOKENS) free++;
    const n = longestMatch(toks, i, spreads, free);
    if (!n) continue;
    const form = forms.get(keyOf(i, i + n))!;
    // «ریال» is not a mention of «رئال»: a lexicon word must be written as the name was
    const text = compact(toks[i].token.text);
    if (n === 1 && toks[i].known && form.spellings && !form.spellings.has(text) && !GAZETTEER_SPELLINGS.has(text)) continue;
    // «شوراهای اسلامی» is the adjective; «اسلامی گفت», «و اسلامی» the person
    if (n === 1 && form.adjectival && afterNoun(toks, i)) continue;
    // «دو بازی», «یک روحانی», «بازی های»: a counted or plural lexicon word is the common noun
    if (n === 1 && toks[i].known && form.kind === 'person' && countedOrPlural(toks, i)) continue;
    if (n === 1 && form.kind === 'organization' && isProduct(toks, i)) continue;
    // a person's honorific «(ع)» goes with every mention
    const last = form.kind === 'person' ? honorificEnd(toks, i + n) : i + n;
    mentions.push({ first: i, last, full: form.full });
    covered.fill(1, i, last);
    i = last - 1;
  }
  return { forms, mentions: mentions.sort((a, b) => a.first - b.first) };
}

/** Clubs named by an everyday word: the club only in an article about sport. */
const CLUB_WORDS = keySet('استقلال|پیکان|ملوان|نساجی|تراکتور|مس|فولاد|پاس|برق|صنعت'.split('|'));
/** Words that make an article one about sport. */
const SPORTS_WORDS = keySet('فوتبال|لیگ|باشگاه|بازیکن|بازیکنان|سرمربی|مربی|دروازه|گل|هافبک|مهاجم|مدافع|قهرمانی|جام|والیبال|بسکتبال|فوتسال'.split('|'));

/** Nouns of made things: after them a maker's name is the product («خودروی پژو», «ون فورد»). */
const PRODUCT_NOUNS = keySet('خودرو|خودروی|خودروهای|ون|هواپیمای|هواپیماهای|گوشی|گوشی های|تبلت|لپ تاپ|موتورسیکلت|کامیون|اتوبوس'.split('|'));

/** True when the maker's name at i names a product: a model number after it or a product noun before it. */
function isProduct(toks: Tok[], i: number): boolean {
  const n = toks[i + 1];
  const p = toks[i - 1];
  // a three-digit model («پژو 206», «بوئینگ 777»), not a score or a count («سایپا 0», «بایرن 7 بار»)
  const model = !!n && !n.token.newlineBefore && /^[\d۰-۹]{3}$/.test(n.token.text);
  return model || (!!p && !toks[i].token.newlineBefore && PRODUCT_NOUNS.has(p.key));
}

/** True when token i is counted («دو», «27», «این», «هر» before it) or made plural («ها» after it). */
function countedOrPlural(toks: Tok[], i: number): boolean {
  const p = toks[i - 1];
  const n = toks[i + 1];
  const counted = !!p && !toks[i].token.newlineBefore && (DETERMINERS.has(p.key) || /^[\d۰-۹]+$/.test(p.token.text));
  return counted || (!!n && !n.token.newlineBefore && (n.key === 'ها' || n.key === 'های' || n.key === 'هایی'));
}

/** A relational adjective of an everyday noun («اسلامی» from «اسلام», «مالیاتی» from «مالیات»), not a name's. */
function isAdjective(t: Tok, knows: (word: string) => boolean): boolean {
  if (!t.known || !t.key.endsWith('ی') || STRONG_SURNAME.test(t.key) || isPersonEntry(t)) return false;
  const stem = normalizeWord(t.token.text).slice(0, -1);
  // a nisba of a place («ایرانی», «اصفهانی») too: a surname where no noun precedes it
  return stem.length >= 3 && knows(stem) && !GIVEN.has(nameKey(stem)) && (!GAZETTEER_INDEX.has(nameKey(stem)) || isPlaceKey(nameKey(stem)));
}

/** True when token i follows a word that may be a noun it qualifies (not a function word, title, role or verb). */
function afterNoun(toks: Tok[], i: number): boolean {
  const p = toks[i - 1];
  return !!p && p.word && !toks[i].token.newlineBefore && nameWord(p) && !GIVEN.has(p.key);
}

/**
 * A word the lexicon does not know that recurs in the article is most likely a name (a garbled word
 * rarely repeats identically): kind unknown, but its mentions let a misspelling of it be found.
 */
function addRecurringUnknowns(toks: Tok[], forms: Map<string, Form>, knows: (word: string) => boolean): void {
  const counts = new Map<string, number>();
  toks.forEach((t, i) => {
    if (!t.word || t.known || t.key.length < 4) return;
    // the second half of a compound written with a space («بین المللی») is no name
    const prev = toks[i - 1];
    if (prev?.word && !t.token.glued && knows(`${prev.token.text}\u200c${t.token.text}`)) return;
    counts.set(t.key, (counts.get(t.key) ?? 0) + 1);
  });
  for (const [key, n] of counts) {
    if (n >= 2 && !forms.has(key) && !STOP.has(key) && !VERBS.has(key)) forms.set(key, { kind: 'other', full: key, strength: 0, known: false });
  }
}

/**
 * Forms recognised separately that are one slip apart («گراسیموف», «گراسیمف») name one entity; the
 * surer, then longer form is kept as the full name. Two lexicon words are never merged (حسن ≠ حسین).
 */
function mergeSpellings(forms: Map<string, Form>): void {
  const index = new Map<string, string[]>();
  for (const [key, form] of forms) {
    if (form.plain) continue;
    for (const n of neighbourhood(key)) index.set(n, [...(index.get(n) ?? []), key]);
  }
  for (const [key, form] of forms) {
    for (const n of neighbourhood(key)) {
      for (const other of index.get(n) ?? []) {
        const o = forms.get(other)!;
        if (other === key || (form.known && o.known)) continue;
        // two entries of the names list are two names, however alike («حسن», «حسین»)
        if (form.listed && o.listed && form.listed !== o.listed) continue;
        // re-point the weaker full name (and everything that points at it) to the stronger one; the
        // weaker is taken for the misspelling, whatever kind its cue suggested
        const [weak, strong, weakKey, strongKey] =
          form.strength < o.strength || (form.strength === o.strength && key.length < other.length) ? [form, o, key, other] : [o, form, other, key];
        if (!sameNameKeys(weakKey, strongKey)) continue;
        if (weak.full === strong.full) continue;
        const from = weak.full;
        for (const f of forms.values()) if (f.full === from) f.full = strong.full;
      }
    }
  }
}

/**
 * An uncovered sequence of one to three words that contains a word the lexicon does not know (or that
 * differs only in spacing) and is one slip from a recognised form becomes a mention of it.
 */
function attachVariants(toks: Tok[], forms: Map<string, Form>, mentions: RawMention[], covered: Uint8Array): void {
  const index = new Map<string, string[]>();
  for (const [key, form] of forms) {
    if (form.plain) continue;
    for (const n of neighbourhood(key)) {
      const list = index.get(n);
      if (list) list.push(key);
      else index.set(n, [key]);
    }
  }
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i].word || covered[i] || STOP.has(toks[i].key)) continue;
    let key = '';
    let unknown = false;
    let found: { last: number; form: string } | undefined;
    for (let j = i; j < toks.length && j - i < 4 && toks[j].word && !covered[j]; j++) {
      if (j > i && toks[j].token.newlineBefore) break;
      key += toks[j].key;
      unknown ||= !toks[j].known;
      if (STOP.has(toks[j].key) && j > i) break;
      if (!unknown) continue;
      const candidates = new Set(neighbourhood(key).flatMap((n) => index.get(n) ?? []));
      for (const c of candidates) {
        if (sameNameKeys(key, c) && !forms.has(key)) found = { last: j + 1, form: c };
      }
    }
    // a detached letter («ی سمنان», «بانک ی») is a spacing slip of the next word, not of a name
    if (found && (toks[i].key.length < 2 || toks[found.last - 1].key.length < 2)) found = undefined;
    if (found) {
      mentions.push({ first: i, last: found.last, full: forms.get(found.form)!.full });
      covered.fill(1, i, found.last);
      i = found.last - 1;
    }
  }
}

// ------------------------------------------------------------------------------------------ grouping

function groupEntities(text: string, toks: Tok[], forms: Map<string, Form>, raw: RawMention[]): Entity[] {
  const byFull = new Map<string, { mentions: Mention[]; fullSpellings: Map<string, number> }>();
  for (const m of raw) {
    const start = toks[m.first].token.start;
    const end = toks[m.last - 1].token.end;
    const mention: Mention = { span: { start, end }, text: text.slice(start, end) };
    let group = byFull.get(m.full);
    if (!group) byFull.set(m.full, (group = { mentions: [], fullSpellings: new Map() }));
    group.mentions.push(mention);
    if (nameKey(mention.text) === m.full) group.fullSpellings.set(mention.text, (group.fullSpellings.get(mention.text) ?? 0) + 1);
  }
  // the kind and canonical spelling of each full form come from its recognised seed
  const entities: Entity[] = [];
  for (const [full, group] of byFull) {
    const spellings = new Map<string, number>();
    for (const m of group.mentions) spellings.set(m.text, (spellings.get(m.text) ?? 0) + 1);
    const info = forms.get(full);
    // the spelling written most often; on a tie, the gazetteer's
    const fullSpellings = [...group.fullSpellings].sort((a, b) => b[1] - a[1] || Number(b[0] === info?.canonical) - Number(a[0] === info?.canonical));
    const name = info?.listed?.preferred ?? fullSpellings[0]?.[0] ?? info?.canonical ?? group.mentions[0].text;
    const ordered = [...spellings].sort((a, b) => b[1] - a[1]);
    const formOf = spellingForms(ordered.map(([text]) => text));
    entities.push({
      key: nameKey(name),
      name,
      kind: info?.kind ?? 'other',
      mentions: group.mentions,
      spellings: ordered.map(([text, count]) => ({ text, count, form: formOf.get(text) })),
    });
  }
  return entities;
}
