// Ranking corrections for damaged Persian words: a noisy-channel score, the edit cost of a candidate (see
// search.ts) plus a prior (how likely the word is in text at all), less a bonus when the document uses the word;
// two-word splits are scored the same way (see RANK).
import type { Lexicon } from '../lexicon';
import { Commonness, Tier } from '../lexicon';
import { NON_JOINING, ZWNJ } from '../persian';
import type { Fit } from '../context/fit';
import type { SearchBudget } from '../work';
import { COST, searchWithin, type Candidate, type SearchCache } from './search';

// ---- ranking: which candidate is the likeliest repair ----
//
// A noisy-channel score, lower is better: the edit cost (how likely the damage) plus a prior (how likely the
// word is in text at all: its tier and commonness), less a bonus when the document itself uses the word.

/** A ranked correction: the replacement text and its score (lower is better). */
export interface Ranked {
  text: string;
  score: number;
  /** The raw edit cost (without plausibility adjustments). */
  cost: number;
  /**
   * A reading offered only because nothing closer exists: a compound the lexicon lacks with its parts repaired
   * one by one (rankCompoundParts), or a long word beyond the usual bound. No evidence of damage by itself.
   */
  tentative?: true;
}

/** What the text around the word tells the ranking. */
export interface RankContext {
  /** Known words of the document: a candidate the article uses elsewhere is likelier. */
  documentWords?: ReadonlySet<string>;
  /** The next word is a light verb (کرد، شد): the slot wants a noun, not a form with a clitic. */
  beforeLightVerb?: boolean;
  /** Leave out the wider, tentative search (see rankCorrections): the caller has no use for its readings. */
  narrow?: boolean;
  /** Where searches over this lexicon are remembered across analyses. */
  searches?: SearchCache;
  /** What the document may still spend on searches (see work.ts); past it, words get no candidates. */
  budget?: SearchBudget;
  /** Word and word-pair frequencies of running text (absent when Dabir was built without the context model). */
  fit?: Fit;
  /** The (normalised) words right before and after, on the same line with only a space between. */
  left?: string;
  right?: string;
}

/** Suffixes and clitics that never stand alone as words (a comma or space before them is damage). */
export const BOUND_MORPHEMES: ReadonlySet<string> = new Set(
  'ها های هایی هایم هایت هایش هایمان هایتان هایشان تر ترین ای ام ات اش مان تان شان اند ایم اید'.split(' '),
);

/** Endings (plural, personal, copula) that never stand as the second word of a split: «پیرو ان», «کرد ین». */
const SUFFIX_ONLY: ReadonlySet<string> = new Set(['ان', 'یان', 'گان', 'ین', 'ید', 'ند', 'یم', 'ست']);

/** The weights of the ranking score (see rankWord and rankSplits). */
const RANK = {
  /**
   * How unlikely a word is as a repair, by tier (rows: headword, common inflection, rare form) and commonness
   * (columns, see Commonness): words met often in real text are likelier repairs, and forms only the affix
   * expansion vouches for (پاکند = پاک + ند) the least likely.
   */
  prior: {
    [Tier.base]: [0.5, 0.35, 0.05, 0],
    [Tier.inflected]: [0.75, 0.4, 0.1, 0.05],
    [Tier.rare]: [1, 0.65, 0.35, 0.3],
  } as Record<number, number[]>,
  /** A candidate used elsewhere in the same text is more likely (the article spells it right elsewhere). */
  inDocument: 0.3,
  /**
   * With the context model, the prior per nat of a word's rarity in running text (−ln P), counted from
   * `modelPriorFloor` (about a word of rank 1,000): a rare word costs about what «none» commonness did.
   */
  modelPrior: 0.1,
  modelPriorFloor: 8.5,
  /**
   * The same for a reading in several words, counted from a content word of that floor with a function word
   * beside it (−ln P ≈ 4): «نیوز به» costs about what «نیوز» alone would.
   */
  readingPriorFloor: 12.5,
  /** Per nat of PMI with a neighbour, clamped to [pmiMin, pmiMax] nats a pair. */
  context: 0.08,
  pmiMin: -4,
  pmiMax: 6,
  /**
   * Splitting a word in two costs this much, plus the parts' priors. A space is lost unseen after a letter that
   * does not join (آیداکه, راازدید: the run looks like two words) and mostly beside a function word; elsewhere
   * the joined letters would show, so such a split is a weaker reading.
   */
  merge: 0.45,
  mergeJoining: 0.25,
  mergeContentWords: 0.3,
  /** A split whose other part is also damaged: two accidents, not one. */
  damagedSplit: 0.5,
  /** A split's part that real text does not attest must be at least this long. */
  rarePartMinLength: 5,
  /** A two-letter part of a split that is not a function word (تین، ون) is a weak reading. */
  shortPart: 0.3,
  /** A clitic or suffix as the second part of a split (کتاب ها) is not a repair. */
  boundPart: 1,
  /** «و» glued before a word that real text rarely uses (ویون may be a name). */
  rareAfterVav: 0.5,
  /** A half-space compound the lexicon does not store, its parts repaired one by one: a rare form's prior. */
  unattestedCompound: 1,
  /** The space between two words one letter off (زاید یمی for زایدی می). */
  shiftedSpace: 0.5,
  /** A rare form (a clitic) right before a light verb, where a noun belongs. */
  rareBeforeLightVerb: 0.2,
  /** The length up to which an observed word counts as short (see promoteShortWordReadings). */
  shortWordMaxLength: 4,
  /** For a short word: a function word as a repair (بع → به, نکی → نمی). */
  shortFunctionWord: 0.2,
  /** For a short word: a common word one letter longer, the letter lost (مود → مورد, بون → بودن). */
  shortLostLetter: 0.1,
};

/** Search bound: generous enough for one arbitrary edit, or several cheap ones. */
const MAX_COST = 1.05;
/** The wider bound for long words with no reading within MAX_COST, and the length they must have. */
const WIDE_COST = 1.6;
const WIDE_MIN_LENGTH = 5;
/** The near search bound (dots, hamza, half-spaces, one look-alike letter) and the score it must reach. */
export const NEAR_COST = 0.7;
const CLEAR_SCORE = 0.45;

/** How unlikely the word is as a repair: its tier and commonness (see RANK.prior). */
export function wordPrior(lexicon: Lexicon, word: string, tier = lexicon.tierOf(word)): number {
  return (RANK.prior[tier] ?? RANK.prior[Tier.base])[lexicon.commonness(word)] ?? 0;
}

/**
 * The prior from the context model: how rare the word is in running text, in score units (RANK.modelPrior per nat
 * of −ln P beyond the level of the commonest content words, so that those cost nothing, as in the tiers).
 */
export function modelPrior(fit: Fit, word: string, tier: number): number {
  return RANK.modelPrior * Math.max(0, -fit.logProb(word, tier) - RANK.modelPriorFloor);
}

/**
 * How much better the word fits its neighbours than words do on average: its PMI with each (see Fit.pmi), clamped
 * so that one pair never decides alone, in score units.
 */
export function contextBonus(fit: Fit, word: string, tier: number, left: string | undefined, right: string | undefined): number {
  const clamp = (x: number) => Math.max(RANK.pmiMin, Math.min(RANK.pmiMax, x));
  let pmi = 0;
  if (left) pmi += clamp(fit.pmi(left, word, Tier.base, tier));
  if (right) pmi += clamp(fit.pmi(word, right, tier, Tier.base));
  return RANK.context * pmi;
}

/** The lexicon's words within `maxCost` of the word: remembered, and within the document's budget. */
function candidates(lexicon: Lexicon, word: string, maxCost: number, { searches, budget }: RankContext): Candidate[] {
  return (searches?.lexicon === lexicon ? searches.search(word, maxCost, budget) : searchWithin(lexicon, word, maxCost, budget)) ?? [];
}

/** Single-word corrections of a normalised word within `maxCost`, best first. */
export function rankWord(lexicon: Lexicon, word: string, maxCost: number, context: RankContext = {}): Ranked[] {
  const ranked: Ranked[] = [];
  const found = candidates(lexicon, word, maxCost, context);
  const { fit } = context;
  for (const c of found) {
    let score = c.cost + (fit ? modelPrior(fit, c.word, c.tier) : wordPrior(lexicon, c.word, c.tier)) + prefixPenalty(word, c.word);
    if (fit) score -= contextBonus(fit, c.word, c.tier, context.left, context.right);
    if (context.documentWords?.has(c.word) && c.word !== word) score -= RANK.inDocument;
    // a verb form with a clitic right before a light verb is unlikely: the slot wants a noun
    if (context.beforeLightVerb && c.tier === Tier.rare) score += RANK.rareBeforeLightVerb;
    ranked.push({ text: c.word, score, cost: c.cost });
  }
  return ranked.sort((a, b) => a.score - b.score);
}

/**
 * The prior of a reading in several words (a split: «نیوز به»). With the context model, the words' joint
 * probability, each with its neighbour in the reading (their PMI) and, at the edges, with the text's neighbours:
 * two words are far rarer than one unless running text writes them side by side. Without it, the parts' priors.
 */
function readingPrior(lexicon: Lexicon, parts: readonly string[], tiers: readonly number[], context: RankContext): number {
  const { fit } = context;
  if (!fit) return parts.reduce((sum, p, i) => sum + wordPrior(lexicon, p, tiers[i]), 0);
  let lp = 0;
  parts.forEach((p, i) => {
    lp += fit.logProb(p, tiers[i]);
    if (i > 0) lp += fit.pmi(parts[i - 1], p, tiers[i - 1], tiers[i]);
  });
  const prior = RANK.modelPrior * Math.max(0, -lp - RANK.readingPriorFloor);
  const clamp = (x: number) => Math.max(RANK.pmiMin, Math.min(RANK.pmiMax, x));
  let edges = 0;
  if (context.left) edges += clamp(fit.pmi(context.left, parts[0], Tier.base, tiers[0]));
  if (context.right) edges += clamp(fit.pmi(parts[parts.length - 1], context.right, tiers[parts.length - 1], Tier.base));
  return prior - RANK.context * edges;
}

/** Readings of the word as two known words run together (نیوزبه → نیوز به). */
export function rankSplits(lexicon: Lexicon, word: string, context: RankContext = {}): Ranked[] {
  const out: Ranked[] = [];
  const suggestableTier = (w: string) => {
    const tier = lexicon.tierOf(w);
    return tier === Tier.noSuggest ? 0 : tier;
  };
  for (let i = 1; i < word.length; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    // a half-space already separates the parts: turning it into a space repairs nothing
    if (a.endsWith(ZWNJ) || b.startsWith(ZWNJ)) continue;
    const ta = suggestableTier(a);
    const tb = suggestableTier(b);
    if (!ta || !tb) continue;
    // one-letter words other than «و» are never real (a «و» glued after a word, جدیدو, is as common as before);
    // a short part no real text uses (a rare lexicon entry such as «ین» or «زم») makes the split a guess, which
    // splits foreign names into nonsense; a longer rare part is a real word, its rarity left to the prior
    if ((a.length === 1 && a !== 'و') || (b.length === 1 && b !== 'و') || SUFFIX_ONLY.has(b)) continue;
    if (!plausiblePart(lexicon, a, ta) || !plausiblePart(lexicon, b, tb)) continue;
    // «و» glued before a word is common damage, but only a common word makes it the likely reading (ویون is a name):
    // before a rarer word it is a weaker reading, still worth showing
    const rareAfterVav = a === 'و' && lexicon.commonness(b) < Commonness.common ? RANK.rareAfterVav : 0;
    // a two-letter part that is not a function word (تین، ون) is a weak reading
    const short = (x: string) => (x.length <= 2 && lexicon.commonness(x) < Commonness.function ? RANK.shortPart : 0);
    // a listed compound written with neither space nor half-space (بیاثر, غمانگیز) is as plain a reading
    const compound = lexicon.has(a + ZWNJ + b);
    const joining = !compound && !NON_JOINING.has(a[a.length - 1]);
    const contentWords = !compound && lexicon.commonness(a) < Commonness.function && lexicon.commonness(b) < Commonness.function;
    const cost = RANK.merge + (joining ? RANK.mergeJoining : 0) + (contentWords ? RANK.mergeContentWords : 0) + short(a) + short(b);
    const score = cost + rareAfterVav + readingPrior(lexicon, [a, b], [ta, tb], context) + (BOUND_MORPHEMES.has(b) ? RANK.boundPart : 0);
    out.push({ text: `${a} ${b}`, score, cost });
  }
  return out;
}

/** The cost of a space lost after `left`: dearer after a joining letter, where the run reads as one word. */
function lostSpace(left: string): number {
  return RANK.merge + (NON_JOINING.has(left[left.length - 1]) ? 0 : RANK.mergeJoining);
}

/** Particles that stand between words and lose their spaces to both (مواد در معرض، را از دید، سفر و به). */
const LINKING_PARTICLES = new Set(['و', 'در', 'از', 'به', 'با', 'بر', 'را', 'که', 'تا', 'یا']);

/**
 * Readings of the word as three common words run together around a particle (مواددرمعرض → مواد در معرض,
 * راازدید → را از دید): each lost space is priced as in rankSplits, so only a word with no closer reading is read so.
 */
export function rankThreeWordSplits(lexicon: Lexicon, word: string, context: RankContext = {}): Ranked[] {
  const out: Ranked[] = [];
  if (word.length < 5 || word.includes(ZWNJ)) return out;
  const part = (w: string, first: boolean) => {
    const tier = lexicon.tierOf(w);
    if (!tier || tier === Tier.noSuggest || (w.length === 1 && w !== 'و') || (!first && (SUFFIX_ONLY.has(w) || BOUND_MORPHEMES.has(w)))) return 0;
    // (three rarer pieces make a guess of any long word: کانادابی is no «کان ادا بی»)
    return lexicon.commonness(w) >= Commonness.common ? tier : 0;
  };
  for (let i = 1; i < word.length - 1; i++) {
    const a = word.slice(0, i);
    const ta = part(a, true);
    if (!ta) continue;
    for (let j = i + 1; j < word.length; j++) {
      const b = word.slice(i, j);
      const c = word.slice(j);
      const tb = part(b, false);
      const tc = tb && part(c, false);
      // (a particle and two words of three letters or more: short pieces make a guess of any word, «در نا ره»)
      if (!tb || !tc || ![a, b, c].some((w) => LINKING_PARTICLES.has(w)) || [a, b, c].some((w) => w.length < 3 && !LINKING_PARTICLES.has(w))) continue;
      const cost = lostSpace(a) + lostSpace(b);
      out.push({ text: `${a} ${b} ${c}`, score: cost + readingPrior(lexicon, [a, b, c], [ta, tb, tc], context), cost });
    }
  }
  return out;
}

/**
 * Readings of two neighbouring words whose space is one letter off (زاید یمی → زایدی می, ا زحوری → از حوری): the
 * letter next to the space moved to the other word. A typist's or a scanner's slip of the space, so it costs
 * about what a lost space does; both words must be plausible parts of a split (see rankSplits).
 */
export function rankShiftedSpace(lexicon: Lexicon, left: string, right: string, context: RankContext = {}): Ranked[] {
  const out: Ranked[] = [];
  const readings: [string, string][] = [
    [left + right[0], right.slice(1)],
    [left.slice(0, -1), left.slice(-1) + right],
  ];
  for (const [a, b] of readings) {
    if ([a, b].some((w) => !w || w.startsWith(ZWNJ) || w.endsWith(ZWNJ))) continue;
    if ((a.length === 1 && a !== 'و') || (b.length === 1 && b !== 'و') || SUFFIX_ONLY.has(b) || BOUND_MORPHEMES.has(b)) continue;
    const ta = lexicon.tierOf(a);
    const tb = lexicon.tierOf(b);
    if (!ta || !tb || ta === Tier.noSuggest || tb === Tier.noSuggest) continue;
    if (!plausiblePart(lexicon, a, ta) || !plausiblePart(lexicon, b, tb)) continue;
    const short = (x: string) => (x.length <= 2 && lexicon.commonness(x) < Commonness.function ? RANK.shortPart : 0);
    const cost = RANK.shiftedSpace + short(a) + short(b);
    out.push({ text: `${a} ${b}`, score: cost + readingPrior(lexicon, [a, b], [ta, tb], context), cost });
  }
  return out.sort((x, y) => x.score - y.score);
}

/** A part of a split worth proposing: a word of real text, or a rare headword or inflection of some length. */
function plausiblePart(lexicon: Lexicon, part: string, tier: number): boolean {
  return lexicon.commonness(part) > Commonness.none || (part.length >= RANK.rarePartMinLength && tier <= Tier.inflected);
}

/** Corrections of an unknown (normalised) word, best first: single words and two-word splits. */
export function rankCorrections(lexicon: Lexicon, word: string, context: RankContext = {}): Ranked[] {
  const ranked = rankNearThenFar(lexicon, word, context);
  ranked.push(...rankSplits(lexicon, word, context), ...rankThreeWordSplits(lexicon, word, context), ...rankCompoundParts(lexicon, word, context));
  ranked.sort((a, b) => a.score - b.score);
  // no clear reading: perhaps a function word run into a damaged word (کزدندو → کردند و, بااکمک → با کمک)
  if (ranked.length === 0 || ranked[0].score > CLEAR_SCORE) {
    ranked.push(...rankDamagedSplits(lexicon, word, context));
    ranked.sort((a, b) => a.score - b.score);
  }
  // no reading at all for a long word: heavy damage (two misread letters) is likelier than in a short word, and
  // a long word has few neighbours, so a wider search is both cheap and telling
  if (ranked.length === 0 && word.length >= WIDE_MIN_LENGTH && !context.narrow) {
    ranked.push(...rankWord(lexicon, word, WIDE_COST, context).map((r) => ({ ...r, tentative: true as const })));
  }
  return promoteShortWordReadings(lexicon, word, ranked);
}

/**
 * A short word has many near neighbours, mostly rarer content words one cheap substitution away, so the readings
 * likeliest in running text, a function word or a common word with a letter lost, fall out of the first five. They
 * are lifted up the list but never above the best reading, whose score decides whether and how the word is flagged.
 */
function promoteShortWordReadings(lexicon: Lexicon, word: string, ranked: Ranked[]): Ranked[] {
  if (word.length > RANK.shortWordMaxLength || ranked.length < 2) return ranked;
  const floor = ranked[0].score + 1e-6;
  const lift = (r: Ranked): number => {
    if (r.text.includes(' ')) return 0;
    const commonness = lexicon.commonness(r.text);
    return (
      (commonness === Commonness.function ? RANK.shortFunctionWord : 0) +
      (r.text.length === word.length + 1 && commonness >= Commonness.common ? RANK.shortLostLetter : 0)
    );
  };
  const [best, ...rest] = ranked;
  const lifted = rest.map((r) => {
    const by = lift(r);
    return by > 0 ? { ...r, score: Math.max(floor, r.score - by) } : r;
  });
  return [best, ...lifted.sort((a, b) => a.score - b.score)];
}

/** Repairs tried per damaged part of a half-space compound. */
const PART_REPAIRS = 3;

/**
 * Readings of a half-space compound whose parts are damaged (گوتاه‌مدت → کوتاه‌مدت, صاهب‌فانه → صاحب‌خانه): each
 * unknown part repaired on its own, the compound kept. The lexicon stores few compounds, so a search over whole
 * compounds finds nothing; the parts are ordinary words. Scored as the sum of the parts' repairs, plus the
 * prior of an unattested form.
 */
export function rankCompoundParts(lexicon: Lexicon, word: string, context: RankContext = {}): Ranked[] {
  const parts = word.split(ZWNJ);
  if (parts.length < 2 || parts.some((p) => p.length === 0)) return [];
  // a part that reads as two words run together (دراین‌باره، بااین‌حال) is a spacing habit, not damage
  if (parts.some((p) => !lexicon.knows(p) && rankSplits(lexicon, p).length > 0)) return [];
  // per part: its repairs (a known part or a suffix stays as it is)
  const options = parts.map((part) =>
    lexicon.knows(part) || BOUND_MORPHEMES.has(part)
      ? [{ text: part, score: 0, cost: 0 }]
      : rankNearThenFar(lexicon, part, context)
          .filter((r) => !r.text.includes(' '))
          .slice(0, PART_REPAIRS),
  );
  if (options.some((o) => o.length === 0) || options.every((o) => o[0].cost === 0)) return [];
  let readings: Ranked[] = [{ text: '', score: 0, cost: 0 }];
  for (const [i, opts] of options.entries()) {
    readings = readings.flatMap((r) =>
      opts.map((o) => ({ text: i === 0 ? o.text : r.text + ZWNJ + o.text, score: r.score + o.score, cost: r.cost + o.cost })),
    );
  }
  // the compound itself is unattested: the prior of a rare form
  return readings
    .sort((a, b) => a.score - b.score)
    .slice(0, PART_REPAIRS)
    .map((r) => ({ ...r, score: r.score + RANK.unattestedCompound, tentative: true }));
}

/**
 * Readings of the word as two words run together, one of them damaged, beside a function word (بااکمک →
 * با کمک, کزدندو → کردند و): the unknown part repaired by a near search. Merges in real text mostly involve a
 * function word, and limiting the readings to them keeps the search cheap.
 */
function rankDamagedSplits(lexicon: Lexicon, word: string, context: RankContext): Ranked[] {
  const out: Ranked[] = [];
  const isFunctionWord = (w: string) => lexicon.commonness(w) === Commonness.function;
  for (let i = 1; i < word.length; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if (a.endsWith(ZWNJ) || b.startsWith(ZWNJ)) continue;
    for (const [kept, damaged, keptFirst] of [
      [a, b, true],
      [b, a, false],
    ] as const) {
      // the damaged part is either beside a function word or short enough to be one (باا → با)
      if (lexicon.commonness(kept) < Commonness.common || damaged.length < 2 || lexicon.knows(damaged)) continue;
      if (!isFunctionWord(kept) && damaged.length > 3) continue;
      const repair = rankWord(lexicon, damaged, NEAR_COST, context).find((r) => isFunctionWord(kept) || isFunctionWord(r.text));
      if (!repair) continue;
      const [x, y] = keptFirst ? [kept, repair.text] : [repair.text, kept];
      const cost = lostSpace(x) + repair.cost;
      out.push({ text: `${x} ${y}`, score: repair.score - repair.cost + cost + RANK.damagedSplit, cost });
    }
  }
  return out;
}

/**
 * Single-word corrections: a near search first; when it already finds a clear, common repair, the far one
 * (the costly part of the search, one arbitrary edit anywhere) cannot beat it and is skipped.
 */
function rankNearThenFar(lexicon: Lexicon, word: string, context: RankContext): Ranked[] {
  const near = rankWord(lexicon, word, NEAR_COST, context);
  return near.length > 0 && near[0].score <= CLEAR_SCORE ? near : rankWord(lexicon, word, MAX_COST, context);
}

/**
 * A suggestion with the final mark that the observed word carries (the lexicon's words have none): the
 * tanwin of an adverb is kept (ظاهراً), and an ezafe read by OCR as «ة» or as a vowel mark (ضریة سختی,
 * جلسُ علنی) is written «هٔ», when another word follows it (`ezafeCanFollow`).
 */
export function withFinalMark(observed: string, suggestion: string, ezafeCanFollow: boolean): string {
  if (suggestion.includes(' ')) return suggestion;
  if (observed.endsWith(TANWIN_FATH) && suggestion.endsWith('ا')) return suggestion + TANWIN_FATH;
  if (ezafeCanFollow && suggestion.endsWith('ه') && /(?:ة[\u064b-\u065f]?|[\u064c-\u065f])$/.test(observed)) return suggestion + HAMZA_ABOVE;
  // the hamza over a final «ه» read with it as one letter of like shape, «ك» or «ف» (حملك، فاصلف): only the last
  // letter was replaced by «ه»
  if (ezafeCanFollow && suggestion.endsWith('ه') && /[كف]$/.test(observed) && suggestion.length === observed.length && observed.startsWith(suggestion.slice(0, -1))) {
    return suggestion + HAMZA_ABOVE;
  }
  return suggestion;
}

const TANWIN_FATH = '\u064b';
const HAMZA_ABOVE = '\u0654';

/** Tie-breaker: damage rarely touches a word's first letters, so prefer candidates that keep them. */
function prefixPenalty(observed: string, candidate: string): number {
  let common = 0;
  while (common < observed.length && observed[common] === candidate[common]) common++;
  return Math.min(0.06, 0.02 * (observed.length - common));
}
