// Word classes and cue lists of the recogniser, as sets of name keys: function words that never sit
// inside a name, verb forms that end one, and the titles, roles, heads and other cue words around names.
// Built once from the gazetteer's lists and general Persian grammar; no rule logic here.
import { DIRECTIONS, HONORIFICS, NAME_TITLES, ORG_HEADS, PERSON_ROLES, PERSON_TITLES, PLACE_CUES, PLACE_HEADS, SPEECH_CUES, WEAK_TITLES } from '../gazetteer';
import { lightVerbForms } from '../light-verbs';
import { nameKey } from '../name-match';

export const keySet = (words: Iterable<string>) => new Set([...words].map(nameKey));

/** Words that turn a noun into a common one: «این بانک», «هر شرکت» are no names. */
export const DETERMINERS = keySet('این|آن|همین|همان|هر|چند|یک|دو|سه|چهار|پنج|برخی|بعضی|کدام|چه|همه|تمام|دیگر'.split('|'));

export const ORDINAL = /^(اول|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم|یازدهم|دوازدهم|سیزدهم|چهاردهم|پانزدهم|شانزدهم|هفدهم|هجدهم|نوزدهم|بیستم)$/;

/** Words that name a branch or a region of an organisation: «دانشگاه آزاد واحد جیرفت», «… استان فارس». */
export const ORG_TAIL_CUES = keySet(['استان', 'شهرستان', 'شهر', 'واحد', 'شعبه', 'منطقه']);

export const TITLES = keySet(PERSON_TITLES);

export const WEAK_TITLE = keySet(WEAK_TITLES);

export const HONORIFIC = keySet(HONORIFICS);

export const ROLES = keySet(PERSON_ROLES);

/**
 * Heads that in news open a common noun phrase far more often than a name («نیروهای امدادی», «بیمه تکمیلی»,
 * «نمایشگاه کتاب»): no seed of their own (listed names with them still match).
 */
const WEAK_ORG_HEADS = /^(هیئت|هیات|گروه|خانه|دفتر|سایت|نهاد|حوزه|نیروهای|بیمه|نمایشگاه|کانون|جنبش|تلویزیون)$/;

export const ORG_HEAD = keySet(ORG_HEADS.filter((h) => !WEAK_ORG_HEADS.test(h)));

/** Every head, weak ones too: after «و» any of them opens a new phrase rather than joining a name. */
export const ANY_ORG_HEAD = keySet(ORG_HEADS);

export const PLACE_HEAD = keySet(PLACE_HEADS);

export const PLACE_CUE = keySet(PLACE_CUES);

export const NAME_TITLE = keySet(NAME_TITLES);

export const DIRECTION = keySet(DIRECTIONS);

export const SPEECH_CUE = keySet(SPEECH_CUES);

/** Verbs of saying whose subject is one person (singular, past): a paragraph opening «X گفت:» names X. */
export const SPEAKER_VERBS = keySet('گفت|افزود|ادامه داد|تصریح کرد|اظهار کرد|اظهار داشت|خاطرنشان کرد|خاطر نشان کرد|یادآور شد|اضافه کرد|تبیین کرد|با اشاره|با بیان|با تاکید|با تأکید|در پاسخ|درپاسخ|در ادامه|در پایان|همچنین گفت|همچنین افزود|در گفت|در گفتگو|در گفت‌وگو'.split('|'));

/** Credits that name a person next: «به کارگردانی …», «به قلم …», «با ترجمه …». */
export const CREDITS = keySet('کارگردانی|قلم|نویسندگی|تهیه کنندگی|تهیه‌کنندگی|آهنگسازی|ترجمه|روایت|سرپرستی|مربیگری|صدای|اجرای|خوانندگی|نوازندگی|بازیگری|طراحی'.split('|'));

/** Bylines: «عکس: …», «خبرنگار: …», «ترجمه: …». */
export const BYLINES = keySet('عکس|عکاس|خبرنگار|گزارش|نویسنده|مترجم|ترجمه|گفتگو|گفت وگو|گفت‌وگو|تنظیم|گردآوری|تدوین|مصاحبه|گزارشگر|عکاس خبری'.split('|'));

/** Roles whose next words name the ministry rather than a person: «وزیر امور خارجه فرانسه». */
export const MINISTER = keySet(['وزیر', 'وزرای', 'معاون وزیر']);

/** Qualifiers that make a head a common noun phrase when they are its only word: «کمیته فنی», «نیروهای مسلح». */
export const GENERIC_QUALIFIERS = keySet(
  'ملی|قبل|بعد|سابق|وقت|بانکی|مازاد|خدماتی|کار|ماهر|متخصص|عمل|صنعتی|فقیه|زایی|فنی|خارجی|داخلی|مسلح|دولتی|خصوصی|مختلف|بزرگ|کوچک|جدید|مربوط|مربوطه|ذیربط|ذی‌ربط|تخصصی|محلی|مسئول|مسوول|انسانی|امنیتی|نظامی|بومی|مردمی|اجرایی|دیگر|زیادی|متعدد|فعال|برتر|منتخب|اصلی|ویژه|کشور|شهر|استان|زیر'.split('|'),
);

/** Heads of a unit: what follows them, up to a place or an organisation, names that unit («مدیرکل محیط زیست استان کرمانشاه»). */
export const UNIT_ROLES = keySet('رئیس|رییس|مدیرکل|مدیر کل|مدیر|مسئول|مسوول|فرمانده|سرپرست|دبیر|مدیرعامل|مدیر عامل|کارشناس|سخنگوی|معاون|رئیس کل|رییس کل'.split('|'));

/** Function words, pronouns and frequent adverbs: never inside a name. */
export const STOP = keySet(
  `در|به|از|با|برای|که|را|و|یا|این|آن|همین|همان|تا|بر|بین|میان|درباره|پس|پیش|روی|زیر|نیز|هم|همچنین|اما|ولی|اگر|چون|زیرا|وی|او|
  آنها|آن‌ها|ایشان|ما|من|شما|خود|هر|همه|چند|یک|دو|سه|چهار|پنج|ده|صد|هزار|میلیون|را|چه|چرا|کجا|کی|نه|بله|هیچ|دیگر|دیگری|بسیار|
  خیلی|بیش|بیشتر|کم|کمتر|باید|نباید|شاید|حتی|فقط|تنها|سپس|اکنون|امروز|دیروز|فردا|امسال|پارسال|سال|ماه|روز|هفته|ساعت|جاری|گذشته|
  آینده|ابتدا|انتها|طی|توسط|سوی|سوی|علیه|نسبت|مورد|جهت|ضمن|بدون|مانند|مثل|طبق|براساس|اساس|بنابراین|لذا|هنگام|زمان|وقتی|چنین|
  چنان|اینکه|آنکه|بلکه|یکی|یعنی|دارای|حتما|قطعا|صریحا|دقیقا|رسما|واقعا|اساسا|اصلا|کاملا|تقریبا|فعلا|بعدا|قبلا|مجددا|مستقیما|شخصا|عمدتا|ظاهرا|احتمالا|لزوما|ولیکن|ای|های|ها|هایی|هایش|هایشان|ترین|تر|اند|است|بود|شد|نیز|گفت|افزود|اظهار|داشت|کرد|کند|شود|گفته|نوشت|خبر|گزارش|داد|دارد|
  اعلام|تاکید|تأکید|ادامه|اشاره|بیان|عنوان|دیدار|سفر|نشست|جلسه|گفتگو|گفت‌وگو|مذاکره|همکاری|روابط|اول|دوم|سوم|سابق|اسبق|جدید|کنونی|فعلی|وقت|رغم|علیرغم|کننده|کنندگان|
  شنبه|یکشنبه|دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|پنج‌شنبه|جمعه|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|اسفند`.split(/[|\s]+/),
);

/** «برگزار کننده», «عمل کنندگان»: agent nouns of compound verbs, whose first half is no name word. */
export const AGENT_NOUNS = keySet(['کننده', 'کنندگان', 'کننده‌ی', 'شونده', 'دهنده', 'دهندگان']);

/** Office nouns that are no part of a person's name, though what follows them is often not a person («مدیر انستیتو»). */
export const OFFICES = keySet(['مدیر']);

/** Verbs of saying: the word before them ends their subject, which may be a name («… وزارت نفت گفت»). */
export const SAYS = keySet('گفت|افزود|نوشت|گفته|افزوده|نوشته'.split('|'));

/** Function words that may open or close a name of several words: numbers, months, «کی» (Queiroz). */
export const NAME_FUNCTION_WORDS = keySet(
  'یک|دو|سه|چهار|پنج|ده|صد|هزار|کی|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|اسفند'.split('|'),
);

/** Finite forms of common verbs (past stem + person ending, «ه» participles): they end a name. */
const COMMON_VERBS = (() => {
  const stems = 'رفت|آمد|گفت|افزود|داشت|بود|خورد|برد|آورد|دید|رسید|خواند|نوشت|ماند|گذاشت|گذشت|نشست|ایستاد|افتاد|خواست|توانست|دانست|پرداخت|انداخت|کشت|کشید|ریخت|گریست|خرید|فروخت|پذیرفت|شناخت|بست|شکست|جست|یافت'.split('|');
  const out = new Set<string>();
  for (const s of stems) for (const e of ['', 'م', 'ی', 'یم', 'ید', 'ند', 'ه', 'ه‌اند', 'ه است']) for (const p of ['', 'ن']) out.add(nameKey(p + s + e));
  for (const w of 'است|هست|هستم|هستی|هستیم|هستید|هستند|نیست|نیستند|باشد|باشند|باشیم|می|نمی|خواهد|خواهند|خواهیم|خواهم|دارد|دارند|داریم|دارم|شده|کرده|گردید|گردد|نماید|نمایند'.split('|')) out.add(nameKey(w));
  return out;
})();

/** Verb forms that are never inside a name: light verbs end a name, the word before one being the noun of a compound verb. */
export const VERBS = new Set([...keySet(lightVerbForms()), ...COMMON_VERBS]);
