// Context the garbled check reads beyond the word itself: passages quoted in Arabic (whose words a Persian
// lexicon does not hold, and are not damage), and letters standing for words (labels, codes, honorifics).
import type { Sentence, Token } from '../text';

/**
 * Arabic function words that Persian does not use on their own. Two of them in one sentence (or one and an
 * Arabic article word) mark a quoted Arabic passage: a verse, a saying, a letter quoted in the original.
 */
const ARABIC_MARKERS = new Set(
  ('فی الی التی الذی الذین اللتی هذه هذا ذلک تلک لم لن لیس لست لیسوا عن عنه عنها عنهم علیه علیها علیهم ' +
    'منک منه منها منهم الا کانت قال قالوا انّ اِنّ یا ایها اللهم')
    .split(' '),
);

/** An Arabic word with the article (الناس، الولد): evidence only when the lexicon does not know it. */
const ARTICLE = /^(?:ال|بال|لل|وال|فال)[^\s]{2,}$/;

/**
 * Indices of the word tokens inside sentences that read as Arabic: a marker and one more marker or unknown
 * article word, or three unknown article words.
 */
export function arabicPassages(tokens: readonly Token[], sentences: readonly Sentence[], knows: (w: string) => boolean): Set<number> {
  const out = new Set<number>();
  for (const s of sentences) {
    let markers = 0;
    let articles = 0;
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i];
      if (t.kind !== 'word') continue;
      if (ARABIC_MARKERS.has(t.norm)) markers++;
      else if (ARTICLE.test(t.norm) && !knows(t.norm)) articles++;
    }
    // (one or two article words alone are no evidence: names are built of them, نجم الدین)
    if ((markers === 0 || markers + articles < 2) && articles < 3) continue;
    for (let i = s.first; i < s.last; i++) if (tokens[i].kind === 'word') out.add(i);
  }
  return out;
}

const BRACKETS = new Set(['(', ')', '[', ']', '«', '»', '"', "'", '/', '-', '*']);

/**
 * A letter standing for a word rather than a damaged word: an honorific in parentheses «(ع)» (also with the
 * parentheses mirrored, as bidi-confused text writes them: «) ع (»), a label in quotes or brackets «بند «ح»»,
 * a letter in a code between slashes and digits («/ ق 30»).
 */
export function isLetterLabel(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.norm.length > 2) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (before?.text === '(' && after?.text === ')') return true;
  if (before?.text === ')' && after?.text === '(') return true;
  if (t.norm.length !== 1 || t.norm === 'و') return false;
  const marked = (x: Token | undefined) => x === undefined || x.kind === 'number' || x.kind === 'latin' || BRACKETS.has(x.text);
  // (digits on both sides are not enough: a letter between numbers is a speck or a misread digit)
  const digits = (x: Token | undefined) => x !== undefined && x.kind === 'number';
  if (digits(before) && digits(after)) return false;
  return marked(before) && (marked(after) || after?.newlineBefore === true) && (before !== undefined || after !== undefined);
}

/**
 * A field of a line of codes, as news agencies end a story (a desk code, story and editor numbers between
 * stars: «کدخبر * * 1597 * * 1823»): a word set off by stars on a line with two stars or more and a number.
 */
export function isCodeField(tokens: readonly Token[], i: number): boolean {
  const star = (x: Token | undefined) => x?.text === '*' && !(x === tokens[i + 1] && x.newlineBefore);
  if (!star(tokens[i - 1]) && !star(tokens[i + 1])) return false;
  let first = i;
  while (first > 0 && !tokens[first].newlineBefore) first--;
  let stars = 0;
  let numbers = 0;
  for (let k = first; k < tokens.length && (k === first || !tokens[k].newlineBefore); k++) {
    if (tokens[k].text === '*') stars++;
    else if (tokens[k].kind === 'number') numbers++;
  }
  return stars >= 2 && numbers >= 1;
}

/** Most words a quoted title or name has («گاد کیلر», «یه شاخه نیلوفر»); a longer quote is a quoted sentence. */
const TITLE_WORDS = 4;

/**
 * True when token i is a word inside a short «…» quote on one line: a title, a name or a coined term, which
 * keeps its own spelling (a transliteration, a spoken form).
 */
export function inShortQuote(tokens: readonly Token[], i: number): boolean {
  let words = 0;
  let open = -1;
  for (let k = i; k >= 0 && i - k <= TITLE_WORDS + 1; k--) {
    if (tokens[k].text === '«') {
      open = k;
      break;
    }
    if (tokens[k].text === '»' || (k < i && tokens[k + 1].newlineBefore)) return false;
    if (tokens[k].kind === 'word') words++;
  }
  if (open < 0) return false;
  for (let k = i + 1; k < tokens.length && k - i <= TITLE_WORDS + 1; k++) {
    if (tokens[k].newlineBefore || tokens[k].text === '«') return false;
    if (tokens[k].text === '»') return words <= TITLE_WORDS;
    if (tokens[k].kind === 'word') words++;
  }
  return false;
}
