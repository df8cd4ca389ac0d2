// Recognising Persian finite verbs by their morphology (prefix + stem + personal ending). The garbled check
// uses it as grammatical evidence: a Persian sentence almost always ends in a verb, so a «.» glued after a
// word that is not a verb, with the sentence going on, is most likely a misread «،»; and a noun slot before a
// light verb («… کرد») tells which repair of a damaged word is wanted.
import { PREVERBS } from '../lexicon';
import { ZWNJ } from '../persian';

/** Past stems of common verbs (general grammatical knowledge). */
const PAST_STEMS = (
  'کرد شد بود داشت داد گرفت رسید آمد رفت گفت زد دید خورد آورد برد کشید یافت ماند گذاشت گذشت افتاد انداخت ' +
  'پرداخت ساخت شناخت دانست توانست خواست نشست نوشت خواند فرستاد گشت گردید نمود فرمود پذیرفت ریخت دوخت سوخت ' +
  'فروخت خرید پرسید نامید شنید کوشید بخشید پوشید ترسید خندید دوید پیوست بست شکست جست زیست کاست خاست آموخت ' +
  'آراست گریست نگریست ایستاد نهاد افزود ربود آزمود ستود سرود گشود شمرد مرد سپرد پرورد فشرد آمیخت گریخت ' +
  'انگیخت آویخت پخت تاخت باخت نواخت افروخت انگاشت پنداشت گماشت کاشت کوبید چید رقصید جنگید بارید ' +
  'پیچید چرخید لرزید طلبید فهمید کشت رست شست بافت تافت شتافت یافت گزید خزید دزدید مالید نالید ورزید ' +
  'چسبید کاهید افزایید پایید جهید رهید رویید بوسید پرید نشاند رساند خواباند گذراند ماند راند تراوید ' +
  'اندیشید آفرید آرمید آسود آلود بخشود فزود شکافت کوفت گفت نمایاند کاوید لغزید تپید خوابید گنجید ' +
  'سنجید شمرد گسترد گسست خراشید تراشید پاشید نوشید کوچید جوشید رنجید ' +
  'آغازید آشامید'
).split(' ');

/** Present stems of common verbs. */
const PRESENT_STEMS = (
  'کن شو باش دار ده گیر رس آ آی رو گو زن بین خور آور بر کش یاب مان گذار گذر افت انداز پرداز ساز ' +
  'شناس دان توان خواه نشین نویس خوان فرست گرد نما فرما پذیر ریز دوز سوز فروش خر پرس نام شنو کوش بخش ' +
  'پوش ترس خند دو پیوند بند شکن جو زی کاه خیز آموز آرا گری نگر ایست نه افزا ربا آزما ستا سرا گشا ' +
  'شمار میر سپار پرور فشار آمیز گریز انگیز آویز پز تاز باز نواز افروز انگار پندار گمار کار کوب چین ' +
  'رقص جنگ بار پیچ چرخ لرز طلب فهم کش ره روی بوس پر نشان رسان خوابان گذران ران اندیش آفرین آسا آلا ' +
  'بخشا فزا شکاف کوب نمایان کاو لغز تپ خواب گنج سنج گستر گسل خراش تراش پاش نوش کوچ جوش رنج آغاز آشام'
).split(' ');

/** Forms of «to be» and bare personal endings written apart (informal «کرده ام»). */
const COPULA = new Set(
  ('است نیست هست هستم هستی هستیم هستید هستند نیستم نیستی نیستیم نیستید نیستند اند ایم ام اید ای ست باد ' +
    'باشد باشند باشم باشی باشیم باشید مباد')
    .split(' '),
);

/** Preverbs that form compound verbs written joined (برداشت، درآمد، فرارسید). */
const PAST_ENDINGS = ['', 'م', 'ی', 'یم', 'ید', 'ند'];
const PRESENT_ENDINGS = ['د', 'م', 'ی', 'یم', 'ید', 'ند'];
/** Endings of the perfect written after a participle and a half-space (کرده‌اند، رفته‌است). */
const PERFECT = /ه‌(?:ام|ای|است|ایم|اید|اند|بود|باشد)$/;

const pastStems = new Set(PAST_STEMS);
const presentStems = new Set(PRESENT_STEMS);

/** Strips a preverb and the negative/aspect prefixes, yielding every possible remainder (and whether a prefix went). */
function* remainders(word: string): Generator<[string, boolean]> {
  // (no preverb, or one of those the lexicon joins to verbs)
  for (const pv of ['', ...PREVERBS]) {
    if (!word.startsWith(pv)) continue;
    let rest = word.slice(pv.length);
    if (pv && rest.startsWith(ZWNJ)) rest = rest.slice(1);
    yield [rest, false];
    for (const prefix of ['می' + ZWNJ, 'نمی' + ZWNJ, 'می', 'نمی', 'ن', 'ب']) {
      if (!rest.startsWith(prefix) || rest.length <= prefix.length) continue;
      const stem = rest.slice(prefix.length);
      yield [stem, true];
      // a stem in «آ» takes a glide after the prefix: بیاور، نیاورد، بیاموزد
      if (stem.startsWith('یا') && !prefix.endsWith(ZWNJ)) yield [`آ${stem.slice(2)}`, true];
    }
  }
}

/** The stem left when one of `endings` is taken off, for each ending that fits. */
function* stems(rest: string, endings: readonly string[]): Generator<string> {
  for (const e of endings) {
    if (rest.length > e.length && rest.endsWith(e)) {
      const stem = rest.slice(0, rest.length - e.length);
      yield stem;
      // a glide ی between a vowel-final stem and the ending (گوید، آید، نماید)
      if (stem.endsWith('ی')) yield stem.slice(0, -1);
    } else if (e === '' && rest.length > 0) yield rest;
  }
}

/** True when the (normalised) word is a finite verb form (or a copula) of a common verb. */
export function isVerbForm(word: string): boolean {
  if (COPULA.has(word) || PERFECT.test(word)) return true;
  // the continuous prefix with its half-space is a verb marker on its own (می‌نگارد)
  if (/^(?:ن?می|(?:بر|در|فرو|فرا|باز)می)‌/.test(word)) return true;
  for (const [rest, prefixed] of remainders(word)) {
    // an imperative or bare subjunctive (بباف، نکن، بیاور)
    if (prefixed && presentStems.has(rest)) return true;
    // a participle standing for the perfect (… قرار داشته.)
    if (rest.endsWith('ه') && pastStems.has(rest.slice(0, -1))) return true;
    for (const stem of stems(rest, PAST_ENDINGS)) if (pastStems.has(stem)) return true;
    for (const stem of stems(rest, PRESENT_ENDINGS)) {
      // «آ» after a prefix is written «یا» (بیاید، نمی‌آید is covered above)
      if (presentStems.has(stem) || (prefixed && stem === 'یا')) return true;
    }
  }
  return false;
}
