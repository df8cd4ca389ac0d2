// Person rules: where a person's name starts and ends. A given name, a surname (unknown to the lexicon,
// surname-shaped or listed), the rest of a compound surname and an honorific; a holy name before «(ع)»; a
// speaker set off by a comma or before a verb of saying; the other people of a list a person stands in.
// Everyday words that are also given names or surnames need stronger evidence, since names are rare and
// the words common.
import { FOREIGN_SURNAME_ENDINGS } from '../gazetteer';
import { GIVEN } from './gazetteer-index';
import { canStart, continues, coverage, isListSeparator, isNisba, isPersonEntry, isPlaceOrOrg, isSuffixAi, isVerb, longestMatch, nameWord, plainWord } from './tokens';
import type { NameSpan, Tok } from './tokens';
import { DETERMINERS, HONORIFIC, ROLES, SAYS, STOP, TITLES, keySet } from './word-classes';

/** Only the endings that almost never end a Persian word (not زاده, پور …, which do). */
const FOREIGN_ENDINGS = FOREIGN_SURNAME_ENDINGS.filter((e) => /^(اف|یف|یوف|وف|ویچ|وویچ|سکی|اوغلو|نکو)$/.test(e));

/** A surname ending written as its own word: «علی اف». */
export const DETACHED_ENDINGS = new Set(['اف', 'یف', 'اوف', 'یوف', 'وف', 'ویچ', 'اوغلو']);

/** Given names that are also everyday words; they start a name only before an unmistakable surname. */
const AMBIGUOUS_GIVEN = keySet(
  'پیمان|آرمان|بهار|جهان|نسیم|سحر|شبنم|ترانه|لاله|هدیه|یگانه|ثریا|مهتاب|رحمان|کریم|حجت|عرفان|رسول|مراد|ملک|صابر|قادر|مختار|طاهر|عماد|حشمت|سامان|شهریار|حیدر|دانیال|امید|ایمان|نوید|پویا|کمال|جمال|عادل|نادر|بهمن|شیرین|نرگس|پروانه|فرشته|الهام|امین|امیر|سید|ندا|نگار|فرید|سینا|رستم|جان|پل|مارک|بندر|عمر|خالد|حافظ|سلیم|لیلی|هدی|عاطفه|رجب|دریا|ستاره|صبا|صفر|رمضان|شعبان|حبیب|عزیز|شادی|هستی|کیان|سام|تد|جو|کیت|جین|حمد|سیده|هدایت|ماهر|صالح|سپیده|زهره|گیتی'.split('|'),
);

/** An unknown word with a foreign surname ending: «پریماکوف», «یوانوویچ». */
export function looksForeignSurname(t: Tok): boolean {
  return t.word && !t.known && t.key.length >= 4 && FOREIGN_ENDINGS.some((e) => t.key.endsWith(e));
}

/** Surname morphology: nisba «…ی», «…زاده», «…پور», «…نژاد», «…یان» … */
const SURNAME_SHAPE = /(ی|زاده|پور|نژاد|یان|فر|وند|نیا|راد|لو)$/;

/** Second parts of compound surnames written apart: «شفیع زاده», «حقی فام». */
const SURNAME_TAILS = new Set(['زاده', 'پور', 'نژاد', 'فام', 'فر', 'فرد', 'منش', 'کیا', 'نیا', 'راد', 'وند', 'پناه', 'آبادی', 'لو', 'شناس', 'نیک', 'مطلق', 'آیین', 'اصل', 'مهر', 'زایی', 'دوست', 'خواه', 'نسب', 'زاد', 'بخش', 'کیش', 'پرست', 'نواز', ...DETACHED_ENDINGS]);

/** The second part of a compound surname written apart: «شفیع زاده», «خامنه ای». */
export function isSurnameTail(toks: Tok[], j: number): boolean {
  const t = toks[j];
  if (!t?.word) return false;
  return SURNAME_TAILS.has(t.key) || isSuffixAi(toks, j);
}

/** A word that may open a person's name after a cue: a given name, or a word unknown to the lexicon or listed as a person. */
export function nameLike(t: Tok | undefined): boolean {
  return !!t && (GIVEN.has(t.key) || (t.word && (!t.known || isPersonEntry(t))));
}

/** True when the word reads as a surname: unknown to the lexicon, a listed person, or surname-shaped. */
export function looksLikeSurname(t: Tok): boolean {
  return !t.known || isPersonEntry(t) || SURNAME_SHAPE.test(t.key);
}

type Cue = 'strong-title' | 'weak-title' | 'none';

/**
 * Reads a person's name starting at i: given names, a surname, the rest of a compound surname and an
 * honorific in parentheses. Returns the end, or i when there is no convincing name.
 */
export function personAt(toks: Tok[], i: number, cue: Cue): number {
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

/** After a surname: the rest of a compound one («صالحی امیری», «شفیع زاده», «علی اف»). */
export function surnameTailEnd(toks: Tok[], j: number): number {
  const t = toks[j];
  if (isSurnameTail(toks, j)) return j + 1;
  if (t && continues(toks, j) && !isPlaceOrOrg(t) && ((!t.known && !t.merged && !looksForeignSurname(t)) || isNisba(t) || isPersonEntry(t))) return j + 1;
  return j;
}

/** Titles of the Prophet, the Imams and saints, written before the name an honorific follows. */
const HOLY_TITLES = keySet('امام|حضرت|پیامبر|رسول|امامزاده|شاه|بی بی|سید'.split('|'));

/**
 * Where the name closed by an honorific after token `last` starts: a holy title up to two words back, a given
 * name one word back, or the word itself when it reads as a name. One past `last` when nothing reads as a name.
 */
export function holyNameStart(toks: Tok[], last: number): number {
  const word = (j: number) => !!toks[j]?.word && !toks[j + 1]?.token.newlineBefore && !CONNECTIVE_STOP(toks[j]);
  for (const back of [1, 2]) {
    const j = last - back;
    if (j >= 0 && word(j) && HOLY_TITLES.has(toks[j].key) && (back === 1 || word(j + 1))) return j;
  }
  if (word(last - 1) && GIVEN.has(toks[last - 1].key)) return last - 1;
  return word(last) && nameLike(toks[last]) ? last : last + 1;
}

/** Function words that separate a name from the words before it. */
const CONNECTIVE_STOP = (t: Tok) => STOP.has(t.key) && !HOLY_TITLES.has(t.key);

/** Includes a following «(ره)», «(ع)» … */
export function honorificEnd(toks: Tok[], j: number): number {
  if (toks[j]?.token.text === '(' && toks[j + 1] && HONORIFIC.has(toks[j + 1].key) && toks[j + 2]?.token.text === ')') return j + 3;
  return j;
}

/** True when token i, a name-like word, is the whole subject of a verb of saying right after it. */
export function canSpeak(toks: Tok[], i: number): boolean {
  const n = toks[i + 1];
  const p = toks[i - 1];
  if (!n?.word || n.token.newlineBefore || !SAYS.has(n.key) || !nameWord(toks[i]) || isPlaceOrOrg(toks[i])) return false;
  return !p || toks[i].token.newlineBefore || !p.word || STOP.has(p.key);
}

/** A surname shape that ordinary words rarely have (unlike a bare «…ی»). */
export const STRONG_SURNAME = /(زاده|پور|نژاد|یان|وند|نیا|راد|فر|لو)$/;

/**
 * One to three words opening a sentence and closed by «،» that read as a person: every word unknown to the
 * lexicon, a listed person, a given name or surname-shaped, or any name-like words when a role follows the
 * comma («…، کارشناس مسایل اقتصادی»). The end, or i.
 */
export function commaSpeakerEnd(toks: Tok[], i: number): number {
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
export function listNeighbours(toks: Tok[], kept: NameSpan[]): NameSpan[] {
  const taken = coverage(toks, kept);
  const out: NameSpan[] = [];
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
