// Diacritics that stand for misread letters. Normalisation drops harakat before any lexicon lookup, so a word
// whose damage OCR rendered as a mark looks like a correct word («موّسسه» → «موسسه», «نامُ» → «نام»). Persian
// prose rarely writes harakat at all, and never in these places, so the mark itself is the evidence:
// - a shadda or vowel sign on «و»/«ی» where the word has a hamza seat there (موّسسه for مؤسسه, روّیا for رؤیا);
// - a damma, dammatan, kasratan or sukun closing a word where a final «هٔ» belongs (نامُ، مدرسُ، برنامٌ for
//   نامهٔ، مدرسهٔ، برنامهٔ): the small hamza of «هٔ» read as a mark, its «ه» lost;
// - tanwin «ً» without the alef Persian writes under it (کاملً، فورً for کاملاً، فوراً).
import { isArabicMark, normalizeWord } from '../persian';

const FATHATAN = '\u064b';
const HEH_HAMZA = 'ه\u0654';
/** Marks that cannot end a Persian word on a consonant (kasra can: it writes the ezafe). */
const FINAL_MARKS = new Set(['\u064c', '\u064d', '\u064f', '\u0652']);
/** The hamza seat a mark on «و» or «ی» stands for. */
const HAMZA_SEAT: Record<string, string> = { و: 'ؤ', ی: 'ئ', ي: 'ئ' };
/** Letters a final mark or tanwin legitimately follows (ه، ة، ء، alef and the long vowels). */
const VOWEL_OR_HEH = /[اآهةۀءیيىو]$/;

/** A repair of a word whose diacritic stands for a misread letter. */
export interface MarkRepair {
  /** A hamza seat (the word without it is at most a spelling variant) or a letter lost under the mark. */
  kind: 'hamza' | 'letter';
  /** The repaired word in normalizeWord() form, for lexicon lookups and candidate search. */
  lookup: string;
  /** How to write the repair once the lookup form is confirmed (adds back «هٔ» or «اً»). */
  write: (word: string) => string;
}

/**
 * The repairs a diacritic in the raw word `raw` suggests, or none. The caller checks them against the lexicon:
 * this only reads the marks.
 */
export function markRepairs(raw: string): MarkRepair[] {
  if (![...raw].some(isArabicMark)) return [];
  const out: MarkRepair[] = [];
  const chars = [...raw];
  const letters = chars.filter((c) => !isArabicMark(c)).join('');
  // a mark on «و»/«ی» inside the word: a hamza seat misread (a shadda elsewhere proves nothing: Arabic loans
  // keep it, اوّل، محمّد)
  for (let i = 1; i < chars.length; i++) {
    const seat = HAMZA_SEAT[chars[i - 1]];
    if (!seat || !isArabicMark(chars[i]) || i === chars.length - 1) continue;
    const repaired = normalizeWord(chars.slice(0, i - 1).join('') + seat + chars.slice(i + 1).join(''));
    out.push({ kind: 'hamza', lookup: repaired, write: (w) => w });
  }
  const last = chars[chars.length - 1];
  if (FINAL_MARKS.has(last) && !VOWEL_OR_HEH.test(letters)) {
    out.push({ kind: 'letter', lookup: `${normalizeWord(letters)}ه`, write: (w) => (w.endsWith('ه') ? w.slice(0, -1) + HEH_HAMZA : w) });
  }
  if (last === FATHATAN && (!VOWEL_OR_HEH.test(letters) || letters.endsWith('آ'))) {
    const stem = normalizeWord(letters.endsWith('آ') ? letters.slice(0, -1) : letters);
    out.push({ kind: 'letter', lookup: `${stem}ا`, write: (w) => (w.endsWith('ا') ? w + FATHATAN : w) });
  }
  return out;
}
