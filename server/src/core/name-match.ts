// Comparing spellings of names: the lookup key that ignores spacing and letter forms, and the small
// weighted edit distance that says whether two spellings are one name written two ways.
import { normalizeWord, sameDotGroup } from './persian';
import { spend } from './work';

/** Letter forms that are spelling conventions, not different letters (ی/ئ, ه/ة, ا/آ/أ/إ, و/ؤ). */
const ORTHOGRAPHIC_FOLD: Record<string, string> = { ئ: 'ی', ة: 'ه', آ: 'ا', أ: 'ا', إ: 'ا', ؤ: 'و', ء: '' };

/**
 * The key of a name: each part normalised, orthographic variants folded, spaces and ZWNJ removed, so
 * «علی اف», «علی‌اف» and «علیاف» share one key. Used for lookups and to group identical spellings.
 */
export function nameKey(text: string): string {
  let key = KEY_CACHE.get(text);
  if (key === undefined) {
    // an article asks for the keys of the same words and word pairs many times; bounded, so a long-running
    // server does not grow it without end
    if (KEY_CACHE.size >= KEY_CACHE_SIZE) KEY_CACHE.clear();
    key = normalizeWord(text).replace(BREAKS, '').replace(FOLDED, (ch) => ORTHOGRAPHIC_FOLD[ch]);
    KEY_CACHE.set(text, key);
  }
  return key;
}
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_SIZE = 50_000;
const BREAKS = /[\s\u200c]+/g;
const FOLDED = new RegExp(`[${Object.keys(ORTHOGRAPHIC_FOLD).join('')}]`, 'g');

/** Letters that transliterations of Arabic and foreign names use interchangeably. */
const TRANSLIT_GROUPS = ['تط', 'سصث', 'زذضظ', 'قغ', 'اع', 'هح'];
const TRANSLIT_OF = new Map<string, number>();
TRANSLIT_GROUPS.forEach((g, i) => {
  for (const ch of g) TRANSLIT_OF.set(ch, i);
});

/** True when writing `b` for `a` is a plausible slip in a name (dots or transliteration). */
function swappable(a: string, b: string): boolean {
  if (sameDotGroup(a, b)) return true;
  const ga = TRANSLIT_OF.get(a);
  return ga !== undefined && ga === TRANSLIT_OF.get(b);
}

/** Letters whose insertion is a common slip in names: vowel letters (a doubled letter is one too). */
const VOWEL_LETTERS = new Set(['ا', 'و', 'ی']);

/**
 * Weighted edit distance from a spelling `a` to the name `b` (both keys): a dot/transliteration swap,
 * a dropped letter, or an added vowel letter or doubled letter costs 1; any other change is forbidden
 * (an added «ز» makes «زائران», not a spelling of «ایران»). Stops early past `limit`.
 */
export function spellingDistance(a: string, b: string, limit = 1): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const INF = limit + 1;
  spend(a.length * (b.length + 1));
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const x = a[i - 1];
    // x added in `a`: only a vowel letter or a doubled letter is a plausible slip
    // (a final «ی» is the adjective suffix «ایران» → «ایرانی», another word, not a misspelling)
    const finalYeh = i === a.length && x === 'ی';
    const added = !finalYeh && (VOWEL_LETTERS.has(x) || x === a[i - 2] || x === a[i]) ? 1 : INF;
    cur[0] = Math.min(prev[0] + added, INF);
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const y = b[j - 1];
      const sub = x === y ? 0 : swappable(x, y) ? 1 : INF;
      const dropped = j === b.length && y === 'ی' ? INF : 1; // «ایرانی» → «ایران» likewise
      cur[j] = Math.min(prev[j - 1] + sub, prev[j] + added, cur[j - 1] + dropped);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > limit) return INF;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length], INF);
}

/**
 * True when the key `a` is a spelling of the name `b`: equal, or one slip away and long enough that a
 * slip is not just a different short word (3+ letters for a swap, 4+ for a dropped or added letter).
 */
export function sameNameKeys(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 3 || (a.length !== b.length && shorter < 4)) return false;
  return !withSuffix(a, b, 'ی') && spellingDistance(a, b, 1) <= 1;
}

/**
 * True when one key is the other with `letter` added at the end: «بالایی» is «بالای» + «ی», a
 * suffix, even though the edit distance could read it as a doubled «ی».
 */
export function withSuffix(a: string, b: string, letter: string): boolean {
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  return l.length === s.length + 1 && l.endsWith(letter) && l.startsWith(s);
}

/**
 * Keys one letter deletion away (and the key itself), with letters reduced to one class per
 * dot/transliteration family. Two keys that `sameNameKeys` accepts always share an entry, so this
 * indexes names for fast candidate lookup; the caller confirms with `sameNameKeys`.
 */
export function neighbourhood(key: string): string[] {
  const coarse = coarseKey(key);
  spend(coarse.length * coarse.length);
  const out = [coarse];
  // (deleting either of two equal neighbours gives the same key: each distinct key is listed once)
  for (let i = 0; i < coarse.length; i++) if (i === 0 || coarse[i] !== coarse[i - 1]) out.push(coarse.slice(0, i) + coarse.slice(i + 1));
  return out;
}

/** Every letter mapped to one representative of the union of dot groups and transliteration groups. */
function coarseKey(key: string): string {
  let out = '';
  for (const ch of key) out += COARSE.get(ch) ?? ch;
  return out;
}

const COARSE = (() => {
  // union-find over letters linked by `swappable`
  const letters = [...'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیئ'];
  const parent = new Map(letters.map((l) => [l, l]));
  const find = (x: string): string => (parent.get(x) === x ? x : find(parent.get(x)!));
  for (const a of letters) for (const b of letters) if (swappable(a, b)) parent.set(find(a), find(b));
  return new Map(letters.map((l) => [l, find(l)]));
})();
