// Facts about Persian script shared by every check: letter classes, lookup normalisation, dot skeletons.

import { spend } from './work';

export const ZWNJ = '\u200c';
export const ZWJ = '\u200d';

/** Arabic-script letters used in Persian (and Arabic/Urdu letters that turn up in Persian text). */
export function isArabicLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (
    (c >= 0x0621 && c <= 0x063a) ||
    (c >= 0x0641 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x066f) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06ee && c <= 0x06ef) ||
    (c >= 0x06fa && c <= 0x06fc) ||
    c === 0x06ff
  );
}

/** Harakat, superscript alef, hamza above/below and other combining marks of the Arabic block. */
export function isArabicMark(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed) || (c >= 0x0610 && c <= 0x061a);
}

export const TATWEEL = '\u0640';

export function isDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x06f0 && c <= 0x06f9) || (c >= 0x0660 && c <= 0x0669);
}

export function isLatinLetter(ch: string): boolean {
  return /\p{Script=Latin}/u.test(ch);
}

/** Letter folds applied before any lexicon lookup (Arabic forms to Persian ones). */
const LETTER_FOLD: Record<string, string> = {
  '\u064a': 'ی', // ي Arabic yeh
  '\u0649': 'ی', // ى alef maksura
  '\u06cc': 'ی',
  '\u0643': 'ک', // ك Arabic kaf
  '\u06a9': 'ک',
  '\u06d5': 'ه', // ە ae
  '\u06c0': 'ه', // ۀ heh with yeh above -> heh (ezafe written on the letter)
  '\u06c1': 'ه', // ہ heh goal
};

/**
 * The form of a word used for lexicon lookups: Arabic letter forms folded to Persian, diacritics, tatweel
 * and ZWJ removed, ZWNJ runs collapsed and trimmed. It never adds or reorders letters.
 */
export function normalizeWord(word: string): string {
  spend(word.length);
  let out = '';
  // (a ZWNJ is written only once a letter follows it: runs collapse and the ends are trimmed without ever
  // re-reading `out`, whose repeated inspection would make a long word quadratic)
  let pendingZwnj = false;
  for (const ch of word) {
    if (ch === TATWEEL || ch === ZWJ || isArabicMark(ch)) {
      // hamza above (U+0654) after heh/yeh is ezafe or part of the letter; drop like other marks
      continue;
    }
    if (ch === ZWNJ) {
      pendingZwnj = out.length > 0;
      continue;
    }
    if (pendingZwnj) out += ZWNJ;
    pendingZwnj = false;
    out += LETTER_FOLD[ch] ?? ch;
  }
  return out;
}

/** Persian letters that do not join to the following letter: a ZWNJ after them is redundant. */
export const NON_JOINING = new Set(['ا', 'آ', 'أ', 'إ', 'د', 'ذ', 'ر', 'ز', 'ژ', 'و', 'ؤ', 'ء', 'ة', 'ه\u0654']);

/**
 * Dot groups: letters that differ only in their dots (the commonest OCR and PDF damage).
 * Medial/initial ب پ ت ث ن ی share one shape; ی and ن differ from the others only in final form.
 */
export const DOT_GROUPS: readonly string[] = ['بپتثنیئ', 'جچحخ', 'دذ', 'رزژ', 'سش', 'صض', 'طظ', 'عغ', 'فق', 'کگ'];

const SKELETON_OF = new Map<string, string>();
for (const group of DOT_GROUPS) for (const ch of group) SKELETON_OF.set(ch, group[0]);

/** True when the two letters differ only by dots. */
export function sameDotGroup(a: string, b: string): boolean {
  const sa = SKELETON_OF.get(a);
  return sa !== undefined && sa === SKELETON_OF.get(b);
}

/** The word with every letter replaced by its dot group's representative (after normalizeWord). */
export function dotSkeleton(word: string): string {
  let out = '';
  for (const ch of normalizeWord(word)) out += SKELETON_OF.get(ch) ?? ch;
  return out;
}

/** Convert ASCII and Arabic-Indic digits to Persian digits. */
export function toPersianDigits(s: string): string {
  return s.replace(/[0-9\u0660-\u0669]/g, (d) => {
    const c = d.charCodeAt(0);
    const v = c <= 0x39 ? c - 0x30 : c - 0x0660;
    return String.fromCharCode(0x06f0 + v);
  });
}

/**
 * Wraps text in a first-strong isolate (U+2068 … U+2069), so Persian inserted into an English line (or the
 * reverse) keeps its own direction and does not reorder the quotes and punctuation around it.
 */
export function isolate(s: string): string {
  return `\u2068${s}\u2069`;
}
