// The folded key under which the context model stores a word: one key for every way running text writes it.
// The build folds the word lists with this same function (scripts/build-context.mjs), so a lookup folds only
// the query.
import { isDigit, normalizeWord, ZWNJ } from '../persian';

/** Hamza seats that Persian writes both ways (رئیس/رییس, مسئول/مسؤول/مسیول, تأکید/تاکید). */
const HAMZA_SEAT: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'ؤ': 'و', 'ئ': 'ی' };

/** Marks that web text glues to a word and that are no part of it («?» is the lists' digit, kept). */
const EDGE_PUNCTUATION = /^(?:(?!\?)[\p{P}\p{S}\u200e\u200f])+|(?:(?!\?)[\p{P}\p{S}\u200e\u200f])+$/gu;

/**
 * The key of a word: Persian letter forms (normalizeWord), no half-space (the lists have none: «می‌شود» is
 * «میشود»), hamza seats folded, marks glued at either end stripped, every digit written `?` (the lists' stand-in
 * for any number). '' when nothing is left.
 */
export function contextKey(word: string): string {
  const bare = normalizeWord(word.replace(EDGE_PUNCTUATION, ''));
  let out = '';
  for (const ch of bare) {
    if (ch === ZWNJ) continue;
    out += isDigit(ch) ? '?' : (HAMZA_SEAT[ch] ?? ch);
  }
  return out;
}

/** 32-bit FNV-1a over the key's UTF-16 code units: the context model's tables store hashes, never the words. */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The hash of a pair of keys (a then b, side by side). */
export function pairHash(a: string, b: string): number {
  return keyHash(`${a} ${b}`);
}

/** Marks whose use right after a word the model counts (from the list entries written with the mark glued on). */
export const TRACKED_MARKS: readonly string[] = ['.', '،', ':', '؛', '!', '؟'];

/** The key of a word written with a mark right after it («است.», «تهران،»). */
export function markedKey(key: string, mark: string): string {
  return `${key}\u0001${mark}`;
}

/** The first mark glued after the word in a list entry («است.»» → «.»), when it is one the model counts. */
export function trailingMark(entry: string): string | undefined {
  const m = /[\p{L}\p{M}\p{N}?\u200c]([^\p{L}\p{M}\p{N}?\u200c])[^\p{L}\p{M}\p{N}]*$/u.exec(entry);
  return m && TRACKED_MARKS.includes(m[1]) ? m[1] : undefined;
}
