// Punctuation damage: marks that OCR and PDF extraction misread or sprinkle into Persian text. Each rule
// needs evidence that a reader would see as damage, because ordinary punctuation looks much the same:
//   - a Latin «,» between Persian words (Persian writes «،»);
//   - a «.» glued after a word that is not a verb while the sentence runs on: Persian sentences end in a
//     verb, so this is a misread «،» (or a speck);
//   - a «.» or «:» glued between two letters, or floating between spaces, or «..»: specks read as marks;
//   - a closing «»» with no opening «« before it: a misread «،»;
//   - a «-» glued after a word at the end of a line: Persian never hyphenates across lines, so a misread letter
//     or a speck;
//   - a bracket, quote or «#» with no partner on its line, glued to a word: a letter read as a mark («ز» and «ر»
//     look like brackets, «گ» like «#») or a speck.
import { isVerbForm } from './verbs';
import type { Token } from '../text';
import type { Localized, Severity, Span } from '../types';

export interface PunctuationDamage extends Span {
  /** Replacements for the span, best first. */
  suggestions: string[];
  severity: Severity;
  message: Localized;
}

const PERSIAN_COMMA = '،';

/** Words after which a «.» legitimately ends a clause even though they are not verbs. */
const CLAUSE_ENDERS = new Set(['غیره', 'غیر', 'بس', 'همین', 'چرا', 'نه', 'آری', 'بله', 'خیر', 'والسلام']);
/** Words that never begin a sentence: a «.» right before one cuts a sentence in two. */
const NEVER_BEGINS = new Set(['را', 'که', 'است', 'اند', 'ها', 'های']);
/** Common words shaped like verbs that are mostly not (pronouns, adverbs, quantifiers, «مردم» = people). */
const NOT_VERBS = new Set(['مردم', 'خود', 'بعد', 'چند', 'زیاد', 'حد', 'عدد', 'مواد', 'قصد', 'ضد', 'نزد', 'شاید', 'باید', 'جدید', 'شدید', 'سفید', 'امید']);

/**
 * True when a sentence may end after this word: a verb, a word shaped like one (most finite verbs end in
 * «د», «ند», «ید», «یم»; damaged or rare verbs are not in our stem lists), or a word that closes a clause.
 */
function mayEndSentence(word: Token, knows: (w: string) => boolean): boolean {
  const w = word.norm;
  if (NOT_VERBS.has(w)) return false;
  if (isVerbForm(w) || CLAUSE_ENDERS.has(w)) return true;
  // plural and 2nd-person endings, the copula glued on (اوست، آفریقاست), 1st person on a long word (معذورم)
  if (/(?:ند|ید|یم|ست)$/.test(w) || (w.length >= 5 && /[^وا]م$/.test(w)) || w === 'باش') return true;
  // an unknown word ending like a verb is most likely a damaged verb
  if (/[دذم]$/.test(w) && (!knows(w) || /^(?:ن|ب|می|نمی)/.test(w))) return true;
  return /د$/.test(w);
}

/** Initials and letter names dotted like «بی. بی. سی» or «آ. سه. آن». */
function isAbbreviation(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev.norm.length <= 2) return true;
  // «بابک. الف» (a surname cut to its initial), «آ. سه. آن»
  return next.norm.length <= 3 && (tokens[i + 2]?.kind !== 'word' || tokens[i + 2].newlineBefore);
}

/**
 * Line breaks that only wrap a paragraph: text pulled out of a PDF or a scan keeps the page's lines, and there a
 * single line break is a space to the reader. A text is taken for such when most of its single line breaks fall
 * mid-sentence (after no closing mark); the indices of the tokens after its single line breaks are returned.
 */
export function softLineBreaks(tokens: Token[], text: string): Set<number> {
  const single: number[] = [];
  let midSentence = 0;
  for (const t of tokens) {
    if (!t.newlineBefore || t.index === 0) continue;
    const before = tokens[t.index - 1];
    if ((text.slice(before.end, t.start).match(/\r\n|\r|\n/g) ?? []).length !== 1) continue;
    single.push(t.index);
    if (!/^[.!?؟:»"]$/.test(before.text)) midSentence++;
  }
  return single.length >= SOFT_BREAKS_MIN && midSentence >= SOFT_BREAKS_SHARE * single.length ? new Set(single) : new Set();
}

/** At least this many single line breaks, and this share of them mid-sentence, make a text hard-wrapped. */
const SOFT_BREAKS_MIN = 3;
const SOFT_BREAKS_SHARE = 0.6;

/** What running text says of the marks written after a word (from the context model). */
export interface MarkEvidence {
  /** ln of how much likelier mark `a` is than `b` right after the word; undefined when unknown. */
  logOdds(word: string, a: string, b: string): number | undefined;
  /** The shares of running words that a «،» and a «.» follow. */
  commaRate: number;
  stopRate: number;
}

/** A text is taken to have lost its commas when it has fewer than this share of the commas its length calls for. */
const LOST_COMMAS_SHARE = 0.25;
/** …and at least this many fewer. */
const LOST_COMMAS_MIN = 1.5;
/** The share of a text's mid-line full stops taken for misread commas is at most this. */
const LOST_COMMAS_PRIOR_MAX = 0.9;
/** ln odds above which a full stop is reported as a misread «،»; above the second, as a warning. */
const MISREAD_COMMA_ODDS = 1;
const MISREAD_COMMA_SURE = 1.5;
/** ln odds of «،» against «.» after a word below which running text takes the word to end sentences. */
const ENDS_SENTENCES = -1;

/** A «.» glued after a word with the sentence going on after it on the line (or past a soft line break). */
function stopMidSentence(tokens: Token[], i: number, soft: ReadonlySet<number>): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    t.text === '.' &&
    t.glued &&
    !t.newlineBefore &&
    prev?.kind === 'word' &&
    next?.kind === 'word' &&
    !next.glued &&
    (!next.newlineBefore || soft.has(next.index)) &&
    tokens[i + 1]?.text !== '.'
  );
}

/**
 * ln prior odds that a mid-sentence full stop of this text is a misread «،» (OCR reads «،» as «.»), or undefined
 * when the text has its commas: the commas its length calls for (marks.commaRate) that are missing, shared among
 * its mid-sentence full stops.
 */
function lostCommaPrior(tokens: Token[], soft: ReadonlySet<number>, marks: MarkEvidence): number | undefined {
  let words = 0;
  let commas = 0;
  let stops = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'word') words++;
    else if (t.text === PERSIAN_COMMA) commas++;
    else if (stopMidSentence(tokens, i, soft)) stops++;
  }
  const expected = words * marks.commaRate;
  const missing = expected - commas;
  if (stops === 0 || commas >= LOST_COMMAS_SHARE * expected || missing < LOST_COMMAS_MIN) return undefined;
  const prior = Math.min(LOST_COMMAS_PRIOR_MAX, missing / stops);
  return Math.log(prior / (1 - prior));
}

/**
 * `knows` says whether a word is correct; `common` whether it is a common word (by default: known), which a
 * repair must give before a mark is read as a letter. `marks`, from the context model, lets a full stop after a
 * verb be read as a misread «،» in a text that lost its commas.
 */
export function findPunctuationDamage(
  tokens: Token[],
  skip: ReadonlySet<number>,
  knows: (w: string) => boolean,
  common: (w: string) => boolean = knows,
  text?: string,
  marks?: MarkEvidence,
): PunctuationDamage[] {
  const out: PunctuationDamage[] = [];
  const soft = text === undefined ? new Set<number>() : softLineBreaks(tokens, text);
  const commaPrior = marks ? lostCommaPrior(tokens, soft, marks) : undefined;
  for (const i of unpairedMarks(tokens)) {
    if (skip.has(i)) continue;
    const d = misreadLetter(tokens, i, knows, common);
    if (d) out.push(d);
  }
  /** Unmatched «« seen so far in the current paragraph. */
  let openQuotes = 0;
  /** Indices in `out` of full stops after a non-verb before a word that may begin a sentence. */
  const unsure: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // quotes do not run across paragraphs: a line that starts after a sentence end starts afresh
    if (t.newlineBefore && /^[.!?؟:]$/.test(tokens[i - 1]?.text ?? '')) openQuotes = 0;
    if (t.kind === 'number' && isStrayDigit(tokens, i)) {
      out.push({ start: t.start, end: t.end, suggestions: [''], severity: 'warning', message: strayMessage(t.text) });
      continue;
    }
    if (t.kind !== 'punct') continue;
    if (t.text === '«') openQuotes++;
    if (skip.has(i)) {
      if (t.text === '»') openQuotes = Math.max(0, openQuotes - 1);
      continue;
    }
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const prevWord = prev?.kind === 'word' && t.glued && !t.newlineBefore;
    const nextWord = next?.kind === 'word' && !next.newlineBefore;
    const damage = (suggestions: string[], severity: Severity, message: Localized) =>
      out.push({ start: t.start, end: t.end, suggestions, severity, message });

    switch (t.text) {
      case ',':
        if ((prev?.kind === 'word' && !t.newlineBefore) || (nextWord && prev?.kind !== 'number')) {
          damage([PERSIAN_COMMA], 'error', {
            fa: 'ویرگول لاتین در متن فارسی: «,» باید «،» باشد.',
            en: 'Latin comma in Persian text: “,” should be “،”.',
          });
        }
        break;
      case '.': {
        const dots = countRun(tokens, i, '.');
        if (dots >= 2) {
          // «..» glued to a word is a speck next to a full stop; «...» is an ellipsis
          if (dots === 2 && prev?.kind === 'word' && t.glued) {
            out.push({
              start: t.start,
              end: tokens[i + 1].end,
              suggestions: ['', '.'],
              severity: 'warning',
              message: { fa: 'دو نقطهٔ نابه‌جا: «..».', en: 'Stray double dot: “..”.' },
            });
          }
          i += dots - 1;
          break;
        }
        if (prevWord && next?.kind === 'word' && next.glued) {
          // a speck between two letters (کت.اب); after a verb it is a full stop with its space lost (است.اما)
          if (!mayEndSentence(prev, knows) || !knows(prev.norm)) damage(['', ' '], 'warning', strayMessage('.'));
        } else if (!t.glued && prev?.kind === 'word' && !t.newlineBefore && nextWord) {
          // «واژه . واژه»: a dot floating between spaces
          damage([''], 'warning', strayMessage('.'));
        } else if (
          prevWord &&
          (nextWord || (next?.kind === 'word' && soft.has(next.index))) &&
          !next.glued &&
          !mayEndSentence(prev, knows) &&
          !isAbbreviation(tokens, i) &&
          // (running text that mostly ends a sentence after the word says it may end one: a verb our stems lack)
          !((marks?.logOdds(prev.text, PERSIAN_COMMA, '.') ?? 0) < ENDS_SENTENCES)
        ) {
          // verbless sentences end so too (headings, verse, «… نه بر شک حاضر.»): sure only when what follows
          // cannot begin a sentence, or when the text has fewer «،» left than such stops (its commas were misread)
          const sure = NEVER_BEGINS.has(next.norm);
          if (!sure) unsure.push(out.length);
          damage([PERSIAN_COMMA, ''], sure ? 'warning' : 'hint', {
            fa: `نقطه پس از «${prev.text}» که فعل نیست و جمله ادامه دارد: شاید «،»؟`,
            en: `A full stop after “${prev.text}”, which is not a verb, while the sentence goes on: perhaps “،”?`,
          });
        } else if (marks && commaPrior !== undefined && stopMidSentence(tokens, i, soft) && !isAbbreviation(tokens, i)) {
          // a text that lost its commas (OCR reads «،» as «.»): a full stop after a word that running text more
          // often follows with «،» than with «.», against the share of such stops that are commas
          const odds = commaPrior + (marks.logOdds(prev.text, PERSIAN_COMMA, '.') ?? Math.log(marks.commaRate / marks.stopRate));
          if (odds > MISREAD_COMMA_ODDS) {
            damage([PERSIAN_COMMA, ''], odds > MISREAD_COMMA_SURE ? 'warning' : 'hint', {
              fa: `نقطه پس از «${prev.text}» در متنی که «،» ندارد: شاید «،» بوده است؟`,
              en: `A full stop after “${prev.text}” in a text with no “،”: perhaps a misread “،”?`,
            });
          }
        }
        break;
      }
      case ':':
        if (prevWord && next?.kind === 'word' && next.glued) damage([' ', ''], 'warning', strayMessage(':'));
        else if (!t.glued && prev?.kind === 'word' && !t.newlineBefore && nextWord && !next.glued) damage([''], 'warning', strayMessage(':'));
        break;
      case '-':
        if (prevWord && (next === undefined || next.newlineBefore)) damage([''], 'warning', strayMessage('-'));
        break;
      case '»':
        if (openQuotes > 0) openQuotes--;
        else if (prevWord && nextWord && !next.glued && !mayEndSentence(prev, knows)) {
          damage([PERSIAN_COMMA, ''], 'warning', {
            fa: '«»» بدون «« پیش از آن: شاید «،»؟',
            en: 'A closing “»” with no opening “«”: perhaps “،”?',
          });
        }
        break;
    }
  }
  const commas = tokens.filter((t) => t.text === PERSIAN_COMMA).length;
  if (unsure.length > commas) for (const k of unsure) out[k].severity = 'warning';
  return out;
}

/**
 * A lone «۱» or «۰» (a speck or a stroke read as a digit) standing after a full stop with nothing after it on
 * its line, or next to another such digit: no count or date looks like that.
 */
function isStrayDigit(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!/^[01۰۱٠١]$/.test(t.text)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const lone = (k: number) => tokens[k]?.kind === 'number' && /^[01۰۱٠١]$/.test(tokens[k].text);
  if (next?.kind === 'punct' && next.glued) return false; // «۱.» or «۱-» numbers a list
  const afterStop = prev === undefined || t.newlineBefore || (prev.kind === 'punct' && /^[.!؟?]$/.test(prev.text)) || lone(i - 1);
  const endsLine = next === undefined || next.newlineBefore || lone(i + 1);
  // at the start of a line, before a word, or at its end after one: a speck in the margin (a count stands
  // before what it counts; Latin digits end lines of scores and tables: «تبریز 1»)
  const lineEnd = !t.newlineBefore && endsLine && next?.kind !== 'number' && /^[۰۱٠١]$/.test(t.text);
  const marginSpeck = prev?.kind === 'word' && ((t.newlineBefore && next?.kind === 'word') || lineEnd);
  // right before a full stop or colon set apart: no count ends a sentence
  const beforeStop = next?.kind === 'punct' && /^[.!؟?:]$/.test(next.text) && /^[۰۱٠١]$/.test(t.text);
  return (afterStop && endsLine) || marginSpeck || beforeStop;
}

/** Brackets and quotes by partner: an opening mark's closing one. */
const PAIRS: Record<string, string> = { '(': ')', '«': '»', '[': ']' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));
/** Letters whose printed shape a mark can stand for. */
const LOOKALIKE_LETTERS: Record<string, string> = { '(': 'زر', ')': 'ار', '«': 'رز', '»': 'رز', '[': 'ر', ']': 'ا', '#': 'گک' };

/**
 * Indices of brackets and quotes with no partner on their line, and of every «#» glued to a letter. A closing
 * mark before an opening one on the same line is a mirrored pair (right-to-left text extracted left to right:
 * «علی) ع (»), not damage.
 */
function unpairedMarks(tokens: Token[]): number[] {
  const out: number[] = [];
  let line: number[] = [];
  const flush = () => {
    const open: number[] = [];
    const closed: number[] = [];
    for (const i of line) {
      const mark = tokens[i].text;
      if (mark in PAIRS) open.push(i);
      else {
        const k = open.map((o) => tokens[o].text).lastIndexOf(CLOSERS.get(mark)!);
        if (k >= 0) open.splice(k, 1);
        else closed.push(i);
      }
    }
    const mirrored = (c: number) => open.some((o) => o > c && PAIRS[tokens[o].text] === tokens[c].text);
    const strays = [...open.filter((o) => !closed.some((c) => c < o && PAIRS[tokens[o].text] === tokens[c].text)), ...closed.filter((c) => !mirrored(c))];
    out.push(...strays);
    line = [];
  };
  for (const t of tokens) {
    if (t.newlineBefore) flush();
    if (t.kind !== 'punct') continue;
    if (t.text in PAIRS || CLOSERS.has(t.text)) line.push(t.index);
    else if (t.text === '#' && (tokens[t.index + 1]?.kind === 'word' || tokens[t.index - 1]?.kind === 'word')) out.push(t.index);
  }
  flush();
  return out.sort((a, b) => a - b);
}

/**
 * An unpaired mark glued to a word (or between two pieces of one) that reads as a letter: reported when
 * putting a look-alike letter in its place makes a common word of what it touches (and the word alone is no
 * common word: quotes and brackets do pair across lines), or when dropping a mark inside a word leaves a word.
 */
function misreadLetter(tokens: Token[], i: number, knows: (w: string) => boolean, common: (w: string) => boolean): PunctuationDamage | undefined {
  const t = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const left = t.glued && !t.newlineBefore && before?.kind === 'word' ? before : undefined;
  const right = after?.glued && !after.newlineBefore && after.kind === 'word' ? after : undefined;
  if (!left && !right) return undefined;
  const start = (left ?? t).start;
  const end = (right ?? t).end;
  const [l, r] = [left?.norm ?? '', right?.norm ?? ''];
  const inside = left !== undefined && right !== undefined;
  if (!inside && common(l + r)) return undefined;
  const fixes = [...(LOOKALIKE_LETTERS[t.text] ?? '')].map((ch) => l + ch + r).filter(common);
  // dropping the mark helps only when it cut a word in two (a mark at a word's edge is dropped anyway)
  if (fixes.length === 0 && !(inside && knows(l + r))) return undefined;
  const suggestions = fixes.length > 0 ? fixes : [l + r];
  return {
    start,
    end,
    suggestions,
    severity: 'hint',
    message: {
      fa: `نشانهٔ «${t.text}» بی‌جفت چسبیده به واژه؛ شاید «${suggestions[0]}»؟`,
      en: `An unpaired “${t.text}” glued to a word: perhaps “${suggestions[0]}”?`,
    },
  };
}

/** How many tokens equal to `mark` follow one another, glued, from token i. */
function countRun(tokens: Token[], i: number, mark: string): number {
  let n = 1;
  while (tokens[i + n]?.text === mark && tokens[i + n].glued) n++;
  return n;
}

function strayMessage(mark: string): Localized {
  return { fa: `نشانهٔ «${mark}» نابه‌جا میان واژه‌ها.`, en: `Stray “${mark}” between words.` };
}
