// Organisation rules and boundaries: how far a name opened by a head («وزارت …», «دانشگاه …») runs
// (over «و», a comma series, a namesake person, up to a listed place or organisation that closes it), what
// may follow a complete name (an ordinal, a place, a branch), the unit after a role («مدیرکل … استان …»),
// offices taken in from before («روابط عمومی …»), and the products and sports clubs named by a maker or an
// everyday word.
import { GAZETTEER_INDEX, isOrgKey, isPlaceKey } from './gazetteer-index';
import { honorificEnd, personAt } from './persons';
import { MAX_NAME_TOKENS, continues, coverage, inLine, isPlaceOrOrg, isSuffixAi, joinsAfterAnd, keyOf, longestMatch, nameWord, plainWord, quoted } from './tokens';
import type { NameSpan, Tok } from './tokens';
import { ANY_ORG_HEAD, ORDINAL, ORG_TAIL_CUES, PLACE_HEAD, keySet } from './word-classes';

/** Extends a name rightwards over continuing words, `and` joining two of them («آموزش و پرورش»). */
export function extend(toks: Tok[], from: number, max: number): number {
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
const PREPOSITIONAL_NOUNS = keySet('مبارزه|مقابله|حفاظت|دفاع|حمایت|پیشگیری|مراقبت|صیانت|پشتیبانی'.split('|'));

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
export function unitEnd(toks: Tok[], from: number, max: number): number {
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
export const SCOPE_WORDS = keySet(['استان', 'کشور', 'کشورمان', 'شهرستان']);

/**
 * What may follow a complete organisation name and still belong to it: an ordinal («مجلس دهم»), a place
 * («شهرداری تهران», «پرسپولیس تهران»), a branch or region («واحد جیرفت», «استان فارس»), or a bare scope
 * word that ends the phrase («آموزش و پرورش استان»).
 */
export function orgTailEnd(toks: Tok[], j: number): number {
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

/** Provincial offices of public services, named by the service and the place they serve. */
export const PUBLIC_SERVICES = keySet(
  'هواشناسی|دامپزشکی|راهداری|بهزیستی|گمرک|دادگستری|منابع طبیعی|محیط زیست|حفاظت محیط زیست|میراث فرهنگی|تامین اجتماعی|آبفا|آب و فاضلاب|ثبت احوال|ورزش و جوانان|فرهنگ و ارشاد اسلامی|ارشاد اسلامی|تعزیرات حکومتی|اوقاف|دانشگاه علوم پزشکی|علوم پزشکی|امور مالیاتی|بنیاد مسکن|راه و شهرسازی|صنعت، معدن و تجارت|صنعت معدن و تجارت|استاندارد|پست|مخابرات|انتظامی|پلیس راهور|راهور|آتش نشانی|هلال احمر|کمیته امداد|بهداشت|بهداشت و درمان'.split('|'),
);

/** Heads that before a bare place name the place's team, centre or population, not an institution. */
const PLACE_ONLY_HEADS = keySet(['تیم', 'مرکز', 'جمعیت', 'شرکت']);

/** «تیم ملی قطر», «مرکز استان کردستان», «جمعیت ایران»: the place is the name, the head a common noun. */
export function placeOnly(toks: Tok[], head: number, from: number): boolean {
  if (!PLACE_ONLY_HEADS.has(toks[head].key)) return false;
  const j = toks[from]?.key === 'ملی' ? from + 1 : from;
  return longestMatch(toks, j, isPlaceKey) > 0 || (PLACE_HEAD.has(toks[j]?.key ?? '') && longestMatch(toks, j + 1, isPlaceKey) > 0);
}

/**
 * A head, at most one qualifier, then a quoted name or a listed organisation: «نشریه «رمز عبور»», «گروه
 * تروریستی داعش». Weak heads count here, the name after them being sure. The end, or i.
 */
export function describedOrgEnd(toks: Tok[], i: number): number {
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

/** Offices inside an organisation, named by the organisation after them: «روابط عمومی شهرداری تهران», «دفتر …». */
const UNIT_PREFIXES = keySet(
  'روابط عمومی|دفتر|دبیرخانه|حراست|هیئت مدیره|هیات مدیره|امور|سایت|وب سایت|وبسایت|تارنمای|پایگاه اینترنتی|پایگاه خبری|روزنامه|نشریه|هفته نامه|ماهنامه|خبرگزاری|شبکه'.split('|'),
);

/** Takes an office word before an organisation into its name (spans are already free of overlaps). */
export function widenUnits(toks: Tok[], kept: NameSpan[]): void {
  const taken = coverage(toks, kept);
  for (const s of kept) {
    if (s.kind !== 'organization') continue;
    for (let n = 1; n <= 2; n++) {
      const from = s.first - n;
      if (from < 0 || taken[from] || toks[s.first].token.newlineBefore) break;
      const words = toks.slice(from, s.first);
      if (!words.every((t) => t.word) || words.slice(1).some((t) => t.token.newlineBefore)) break;
      if (UNIT_PREFIXES.has(keyOf(toks, from, s.first))) {
        taken.fill(1, from, s.first);
        s.first = from;
        s.canonical = undefined;
        break;
      }
    }
  }
}

/** Clubs named by an everyday word: the club only in an article about sport. */
export const CLUB_WORDS = keySet('استقلال|پیکان|ملوان|نساجی|تراکتور|مس|فولاد|پاس|برق|صنعت'.split('|'));

/** Words that make an article one about sport. */
export const SPORTS_WORDS = keySet('فوتبال|لیگ|باشگاه|بازیکن|بازیکنان|سرمربی|مربی|دروازه|گل|هافبک|مهاجم|مدافع|قهرمانی|جام|والیبال|بسکتبال|فوتسال'.split('|'));

/** Nouns of made things: after them a maker's name is the product («خودروی پژو», «ون فورد»). */
const PRODUCT_NOUNS = keySet('خودرو|خودروی|خودروهای|ون|هواپیمای|هواپیماهای|گوشی|گوشی های|تبلت|لپ تاپ|موتورسیکلت|کامیون|اتوبوس'.split('|'));

/** True when the maker's name at i names a product: a model number after it or a product noun before it. */
export function isProduct(toks: Tok[], i: number): boolean {
  const n = toks[i + 1];
  const p = toks[i - 1];
  // a three-digit model («پژو 206», «بوئینگ 777»), not a score or a count («سایپا 0», «بایرن 7 بار»)
  const model = !!n && !n.token.newlineBefore && /^[\d۰-۹]{3}$/.test(n.token.text);
  return model || (!!p && !toks[i].token.newlineBefore && PRODUCT_NOUNS.has(p.key));
}
