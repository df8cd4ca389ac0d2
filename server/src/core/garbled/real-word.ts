// Real-word damage: a listed word that damage made of another listed word («در»→«دز», «با»→«پا», «خطر»→«قطر»).
// No word list can see it; its neighbours can. A noisy-channel comparison of two readings of the slot: the word as
// written, or a word one cheap repair away (a dot, a hamza, a look-alike letter) that damage turned into it. The
// repair wins when it is far likelier in running text and fits both neighbours far better (context/fit.ts), by
// more than the damage costs, given how damaged the document is (a clean article makes any repair a long shot).
import type { Fit } from '../context/fit';
import type { Lexicon } from '../lexicon';
import { Tier } from '../lexicon';
import { ZWNJ } from '../persian';
import type { SearchBudget } from '../work';
import type { SearchCache } from './search';
import { isVerbForm } from './verbs';

/** Repairs considered: within a dot, a look-alike letter or a lost vowel letter. */
export const REAL_WORD_SEARCH_COST = 0.7;
/** Nats of evidence one unit of edit cost needs to overcome (a dot, 0.35, needs 1.4 nats). */
const NATS_PER_COST = 4;
/** How the document's damage changes the odds of any repair: this many nats per nat of its damage rate. */
const NOISE_WEIGHT = 1.5;
/** The damage rate at which the noise term is zero (a page of OCR text: about one word in twenty). */
const NOISE_PIVOT = Math.log(0.05);

/** A repair of a listed word, with the evidence for it. */
export interface RealWordRepair {
  word: string;
  /** The edit cost of the damage (see search.ts). */
  cost: number;
  /** ln odds of the repair against the word as written (positive: the repair is likelier). */
  gain: number;
}

/** What the comparison needs to know. */
export interface RealWordContext {
  lexicon: Lexicon;
  fit: Fit;
  searches: SearchCache;
  /** What the document may still spend on searches (see work.ts). */
  budget?: SearchBudget;
  /** The share of the document's words that are damaged (see documentNoise). */
  noise: number;
  /** How often the document itself uses a (normalised) word, and how many words it has (see wordLogProb). */
  documentCount?: (word: string) => number;
  documentWords?: number;
}

/** The weight of the document's own word counts against running text's (a cache language model). */
const DOCUMENT_WEIGHT = 0.05;

/**
 * ln P of a word in this document: running text's frequency, mixed with the document's own counts (an article
 * that writes «دوجانبه» twice makes a third, damaged, «دوحانبه» likely to be it).
 */
function wordLogProb(ctx: Pick<RealWordContext, 'fit' | 'documentCount' | 'documentWords'>, word: string, tier: number): number {
  const web = ctx.fit.logProb(word, tier);
  const count = ctx.documentCount?.(word) ?? 0;
  if (count === 0 || !ctx.documentWords) return web;
  return Math.log((1 - DOCUMENT_WEIGHT) * Math.exp(web) + (DOCUMENT_WEIGHT * count) / ctx.documentWords);
}

/**
 * The document's damage rate, estimated from its unknown words (smoothed, so a short text is read as ordinary
 * published text): OCR output runs to one word in ten or more, a proofread article to one in a thousand.
 */
export function documentNoise(unknownWords: number, words: number): number {
  return (unknownWords + 1) / (words + 50);
}

/** The ln probability of the slot's reading: the word's own frequency and its fit with each neighbour. */
function slotLogProb(fit: Fit, word: string, tier: number, left: string | undefined, right: string | undefined): number {
  let lp = fit.logProb(word, tier);
  if (left) lp += fit.pmi(left, word, Tier.base, tier);
  if (right) lp += fit.pmi(word, right, tier, Tier.base);
  return lp;
}

/** ln P of a reading of one or more words (a split: «به نقل») between its neighbours. */
export function readingLogProb(ctx: RealWordContext, reading: string, left: string | undefined, right: string | undefined): number {
  const words = reading.split(' ').filter(Boolean);
  const tier = (w: string) => ctx.lexicon.tierOf(w) || Tier.rare;
  let lp = 0;
  words.forEach((w, i) => {
    lp += wordLogProb(ctx, w, tier(w));
    if (i > 0) lp += ctx.fit.pmi(words[i - 1], w, tier(words[i - 1]), tier(w));
  });
  if (left && words.length) lp += ctx.fit.pmi(left, words[0], Tier.base, tier(words[0]));
  if (right && words.length) lp += ctx.fit.pmi(words[words.length - 1], right, tier(words[words.length - 1]), Tier.base);
  return lp;
}

/** How much rarer than the rarest listed word an unknown word meant as written (a name, a loan) is taken to be. */
const UNLISTED_INTENDED = 1;

/**
 * ln odds that an unknown word is damage with this repair rather than a word the lexicon lacks (a name, a loan,
 * a rare word) written as meant: the repair's probability in its slot and the damage's, against the written
 * word's own frequency in running text (the word lists know many names and loans the lexicon does not).
 */
export function damageOdds(ctx: RealWordContext, observed: string, reading: string, cost: number, left: string | undefined, right: string | undefined): number {
  const web = ctx.fit.listed(observed) ?? ctx.fit.model.wordFloor - UNLISTED_INTENDED;
  const count = ctx.documentCount?.(observed) ?? 0;
  const meant = count > 1 && ctx.documentWords ? Math.log((1 - DOCUMENT_WEIGHT) * Math.exp(web) + (DOCUMENT_WEIGHT * (count - 1)) / ctx.documentWords) : web;
  return readingLogProb(ctx, reading, left, right) + Math.log(ctx.noise) - NATS_PER_COST * cost - meant - Math.log(1 - ctx.noise);
}

/**
 * The best repair of a listed word between its neighbours, when it beats the word as written; undefined
 * otherwise. Spelling variants (a half-space, a hamza seat) and changes of grammar (a verb's person or polarity,
 * one suffix for another) are no repairs: the text may mean them.
 */
export function realWordRepair(ctx: RealWordContext, word: string, left: string | undefined, right: string | undefined): RealWordRepair | undefined {
  if (!left && !right) return undefined;
  const { lexicon, fit } = ctx;
  // a word that running text uses beside one of its neighbours is in place (and the search is skipped)
  if ((left && fit.seenPair(left, word)) || (right && fit.seenPair(word, right))) return undefined;
  const tier = lexicon.tierOf(word) || Tier.base;
  const written = slotLogProb(fit, word, tier, left, right);
  const key = fit.key(word);
  const noise = NOISE_WEIGHT * (Math.log(ctx.noise) - NOISE_PIVOT);
  let best: RealWordRepair | undefined;
  for (const c of ctx.searches.search(word, REAL_WORD_SEARCH_COST, ctx.budget) ?? []) {
    if (c.word === word || fit.key(c.word) === key || c.tier > Tier.inflected) continue;
    if (isGrammarChange(lexicon, word, c.word)) continue;
    const gain = slotLogProb(fit, c.word, c.tier, left, right) - written - NATS_PER_COST * c.cost + noise;
    if (!best || gain > best.gain) best = { word: c.word, cost: c.cost, gain };
  }
  return best && best.gain > 0 ? best : undefined;
}

/** Suffixes that inflect a word: one for another (or none) is a change of grammar, not damage. */
const INFLECTIONS = ['', 'ن', 'ی', 'ای', 'ها', 'های', 'ان', 'ت', 'ش', 'م', 'مان', 'تان', 'شان', 'تر', 'ترین', 'یم', 'ید', 'ند', 'د'];

/**
 * Two forms of one word: both verb forms (person, number, tense, polarity), or one stem with different
 * inflections (قلب/قلبی, ماهت/ماهی, نامه‌ات/نامه‌ای).
 */
function isGrammarChange(lexicon: Lexicon, a: string, b: string): boolean {
  if (isVerbForm(a) && isVerbForm(b)) return true;
  const strip = (w: string) => w.replaceAll(ZWNJ, '');
  const [x, y] = [strip(a), strip(b)];
  for (const sa of INFLECTIONS) {
    if (!x.endsWith(sa)) continue;
    const stem = x.slice(0, x.length - sa.length);
    if (stem.length < 2 || !y.startsWith(stem) || !lexicon.has(stem)) continue;
    if (INFLECTIONS.includes(y.slice(stem.length))) return true;
  }
  return false;
}
