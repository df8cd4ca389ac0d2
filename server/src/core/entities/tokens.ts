// The recogniser's view of an article: per-token facts (name key, lexicon word or not, words run
// together) and the small readings every rule shares: may this word start or continue a name, the longest
// listed name at a position, a sentence start, a quoted stretch, a list separator. Kept apart so that the
// person, place and organisation rules all read the text the same way.
import { nameKey } from '../name-match';
import type { NamesListEntry } from '../names-list';
import { normalizeWord } from '../persian';
import { spend } from '../work';
import type { Token } from '../text';
import type { EntityKind } from '../types';
import { GAZETTEER_INDEX, GIVEN } from './gazetteer-index';
import { AGENT_NOUNS, ANY_ORG_HEAD, DETERMINERS, DIRECTION, GENERIC_QUALIFIERS, NAME_FUNCTION_WORDS, OFFICES, ORDINAL, ORG_HEAD, PLACE_CUE, PLACE_HEAD, ROLES, SAYS, STOP, TITLES, VERBS, WEAK_TITLE } from './word-classes';

/** A stretch of tokens read as one name, with the evidence for it. */
export interface NameSpan {
  /** First token index and one past the last. */
  first: number;
  last: number;
  kind: EntityKind;
  /** How sure the evidence is: names list 5, an outlet after an attribution 4, gazetteer 3, cue 2, morphology 1. */
  strength: number;
  /** Canonical name from the gazetteer, if it came from there. */
  canonical?: string;
  /** The names-list entry the span spells, if any. */
  listed?: NamesListEntry;
  /** A holy person named with an honorific: not one of a list of people («رهبری حضرت امام (ره) و …»). */
  holy?: boolean;
}

/** Per-token facts computed once. */
export interface Tok {
  token: Token;
  key: string;
  word: boolean;
  known: boolean;
  /** An unknown word that is two lexicon words run together («اظهارداشت»): damage, not a name. */
  merged?: boolean;
}

/** The longest name (in tokens) looked up in the gazetteer or among recognised forms. */
export const MAX_NAME_TOKENS = 7;

/** True when the word may be the first or last of a name (`several`: of a name of more than one word). */
const edgeWord = (t: Tok, several: boolean) => !STOP.has(t.key) || (several && NAME_FUNCTION_WORDS.has(t.key));

/** The facts of every token, computed once per article. */
export function readTokens(tokens: Token[], knows: (word: string) => boolean): Tok[] {
  const toks: Tok[] = tokens.map((t) => ({
    token: t,
    key: t.kind === 'word' ? nameKey(t.text) : '',
    // a lone tatweel or mark is no word
    word: t.kind === 'word' && nameKey(t.text).length > 0,
    known: t.kind === 'word' && knows(t.text),
  }));
  for (const t of toks) if (t.word && !t.known) t.merged = isMerged(t.token.text, knows);
  return toks;
}

/** True when the word splits into two lexicon words of two letters or more. */
function isMerged(word: string, knows: (w: string) => boolean): boolean {
  const w = normalizeWord(word).replace(/\u200c/g, '');
  for (let k = 2; k <= w.length - 2; k++) if (knows(w.slice(0, k)) && knows(w.slice(k))) return true;
  return false;
}

/** The name key of tokens first..last (exclusive), as one compact key. */
export function keyOf(toks: Tok[], first: number, last: number): string {
  return toks.slice(first, last).map((t) => t.key).join('');
}

/** Marks the tokens the spans cover (one slot longer than the tokens, so a look one past the end is safe). */
export function coverage(toks: Tok[], spans: NameSpan[]): Uint8Array {
  const taken = new Uint8Array(toks.length + 1);
  for (const s of spans) taken.fill(1, s.first, s.last);
  return taken;
}

/** Words that may continue a name: Persian words that are not function words or verbs. */
export function continues(toks: Tok[], i: number): boolean {
  return !toks[i]?.token.newlineBefore && canStart(toks, i);
}

/** Like `continues`, for the first word of a name (which may open a line). */
export function canStart(toks: Tok[], i: number): boolean {
  const t = toks[i];
  if (!nameWord(t)) return false;
  // the first half of a compound verb («اعلام کرد», «تحصیل می کنند»)
  const next = toks[i + 1];
  if (next && next.word && !SAYS.has(next.key) && (isVerb(next) || AGENT_NOUNS.has(next.key))) return false;
  return !isVerb(t);
}

/** A word that may be part of a name wherever it stands (not a function word, verb, title or role). */
export function nameWord(t: Tok | undefined): t is Tok {
  if (!t || !t.word) return false;
  return !(STOP.has(t.key) || VERBS.has(t.key) || TITLES.has(t.key) || WEAK_TITLE.has(t.key) || ROLES.has(t.key) || OFFICES.has(t.key) || isVerb(t));
}

/** Finite verbs and verb prefixes that never sit inside a name. */
export function isVerb(t: Tok): boolean {
  if (VERBS.has(t.key)) return true;
  const text = t.token.text;
  return t.key === 'می' || t.key === 'نمی' || /^(ن?می)\u200c/.test(text);
}

export const isPlace = (t: Tok | undefined) => !!t && GAZETTEER_INDEX.get(t.key)?.kind === 'place';

/** Longest key match among `keys` of the tokens starting at i (as one compact key). */
export function longestMatch(toks: Tok[], i: number, has: (key: string) => boolean, max = MAX_NAME_TOKENS, commas = false): number {
  let key = '';
  let best = 0;
  for (let j = i; j < toks.length && j - i < max; j++) {
    const t = toks[j];
    // «وزارت تعاون، کار و رفاه اجتماعی»: a listed name may hold a comma
    if (commas && j > i && t.token.text === '،' && toks[j + 1]?.word) continue;
    if (!t.word || (j > i && t.token.newlineBefore)) break;
    key += t.key;
    spend(key.length);
    // a name neither starts nor ends with a function word («و نیز» is not «ونیز», «مکر آن» not «مکران»),
    // but a longer one may with a number or a month («شبکه دو», «خبرگزاری مهر», «کی روش»)
    if (has(key) && edgeWord(toks[i], j > i) && edgeWord(t, j > i)) best = j + 1 - i;
  }
  return best;
}

/** True when a phrase of `set` (function words allowed, unlike names) starts at token i. */
export function phraseAt(toks: Tok[], i: number, set: Set<string>, max: number): boolean {
  let key = '';
  for (let j = i; j < toks.length && j - i < max && toks[j].word; j++) {
    key += toks[j].key;
    if (set.has(key)) return true;
  }
  return false;
}

/** A name word on the same line; unlike `continues`, a listed name may stand before a verb («… کرمان گفت»). */
export function inLine(toks: Tok[], j: number): boolean {
  return nameWord(toks[j]) && !toks[j].token.newlineBefore;
}

/** «آموزش و پرورش»: only an ordinary word joins a name after «و»; a name there starts a new one. */
export function joinsAfterAnd(t: Tok | undefined): boolean {
  return !!t && t.word && t.known && !GAZETTEER_INDEX.has(t.key) && !GIVEN.has(t.key) && !ANY_ORG_HEAD.has(t.key);
}

/** «خامنه ای», «فنی و حرفه ای»: the suffix «ای» written apart after a final «ه». */
export function isSuffixAi(toks: Tok[], j: number): boolean {
  const t = toks[j];
  return !!t?.word && t.key === 'ای' && !t.token.glued && !t.token.newlineBefore && (toks[j - 1]?.key.endsWith('ه') ?? false);
}

export const isPersonEntry = (t: Tok) => GAZETTEER_INDEX.get(t.key)?.kind === 'person';

export const isPlaceOrOrg = (t: Tok) => (GAZETTEER_INDEX.get(t.key)?.kind ?? 'person') !== 'person';

/** A word that is no cue of its own (not an organisation or place head, a direction or an ordinal). */
export function plainWord(t: Tok): boolean {
  return !ORG_HEAD.has(t.key) && !PLACE_HEAD.has(t.key) && !DIRECTION.has(t.key) && !ORDINAL.test(t.key) && !PLACE_CUE.has(t.key);
}

/** «اصفهانی» from «اصفهان»: a nisba of a listed place, common as the second part of a surname. */
export function isNisba(t: Tok): boolean {
  return t.key.endsWith('ی') && GAZETTEER_INDEX.get(t.key.slice(0, -1))?.kind === 'place';
}

/** True when token i opens a sentence or a line. */
export function sentenceStart(toks: Tok[], i: number): boolean {
  const p = toks[i - 1];
  return !p || toks[i].token.newlineBefore || (p.token.kind === 'punct' && /[.!?؟:]/.test(p.token.text));
}

/** Words between quotes starting at token i (at most four): the index of the closing quote. */
export function quoted(toks: Tok[], i: number): number | undefined {
  const open = toks[i]?.token.text;
  const close = open === '"' || open === "'" ? open : open === '«' ? '»' : undefined;
  if (!close) return undefined;
  for (let j = i + 1; j < toks.length && j <= i + 5; j++) {
    if (toks[j].token.text === close) return j > i + 1 ? j : undefined;
    if (!toks[j].word) return undefined;
  }
  return undefined;
}

/** Separators of a list of names: «اخشابی، افشار، امامی و کرمی». */
export const isListSeparator = (t: Tok | undefined) => !!t && (t.token.text === '،' || t.token.text === ',' || t.key === 'و');

/** True when token i is counted («دو», «27», «این», «هر» before it) or made plural («ها» after it). */
export function countedOrPlural(toks: Tok[], i: number): boolean {
  const p = toks[i - 1];
  const n = toks[i + 1];
  const counted = !!p && !toks[i].token.newlineBefore && (DETERMINERS.has(p.key) || /^[\d۰-۹]+$/.test(p.token.text));
  return counted || (!!n && !n.token.newlineBefore && (n.key === 'ها' || n.key === 'های' || n.key === 'هایی'));
}

/** True when head + words from..end is one generic qualifier or a nationality («نیروهای عراقی»), not a name. */
export function genericUnit(toks: Tok[], from: number, end: number): boolean {
  if (end !== from + 1) return false;
  const t = toks[from];
  return GENERIC_QUALIFIERS.has(t.key) || isNisba(t);
}
