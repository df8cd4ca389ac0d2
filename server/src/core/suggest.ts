// Candidate search for damaged Persian words: a weighted edit distance computed while walking the lexicon's
// automaton (one dynamic-programming row per automaton edge, pruned as soon as the row exceeds the cost
// bound), so the cost is proportional to the explored neighbourhood, never to the lexicon's size.
// The weights model how Persian text really gets damaged (OCR, PDF extraction, typing): letters that differ
// only in their dots, alef/hamza and yeh/hamza variants, lost or extra half-spaces and doubled letters are
// far cheaper than arbitrary edits.
import type { Lexicon } from './lexicon';
import { Commonness, Tier } from './lexicon';
import { sameDotGroup, ZWNJ } from './persian';

export interface Candidate {
  word: string;
  /** Weighted edit cost from the observed word. */
  cost: number;
  /** The lexicon tier of the candidate (see Tier). */
  tier: number;
}

/** Letter variants that differ by a hamza or madda sign: cheaper still than a dot. */
const VARIANT_GROUPS: readonly string[] = ['اأآإ', 'یئ', 'وؤ', 'هة'];
const VARIANT_OF = new Map<string, number>();
VARIANT_GROUPS.forEach((g, i) => {
  for (const ch of g) VARIANT_OF.set(ch, i);
});

/**
 * Letters whose shapes differ by more than dots but that OCR still mixes up (loops, bowls and strokes that
 * look alike in print, especially at low resolution): medial «ح» and «ه», «م» and «ه», initial «ع» and «ح»,
 * «ف» and «غ», «ر» and «د» or «و», «ص» and «ط», alef and lam.
 */
const SHAPE_GROUPS: readonly string[] = ['حجچخهم', 'عغحجخ', 'فقعغ', 'رزژدذو', 'صضطظ', 'ال', 'وةه'];
const SHAPES_OF = new Map<string, number[]>();
SHAPE_GROUPS.forEach((g, i) => {
  for (const ch of g) SHAPES_OF.set(ch, [...(SHAPES_OF.get(ch) ?? []), i]);
});

function sameShapeGroup(a: string, b: string): boolean {
  const ga = SHAPES_OF.get(a);
  const gb = SHAPES_OF.get(b);
  return ga !== undefined && gb !== undefined && ga.some((g) => gb.includes(g));
}

/** Letters whose dot-less shape is a single "tooth": medially they differ only by dots. */
const TOOTH = 'بپتثنیئ';

export const COST = {
  variant: 0.2,
  dot: 0.35,
  /** ی/ن versus ب/ت/… at the end of a word: the final shapes differ, so a bit dearer. */
  dotFinal: 0.5,
  zwnj: 0.15,
  hamza: 0.3,
  doubled: 0.5,
  dropAlef: 0.8,
  /** Three "teeth" (بین، تین، …) read as the three-toothed س or ش, or the reverse. */
  teeth: 0.6,
  /** Letters of look-alike shapes (see SHAPE_GROUPS). */
  shape: 0.65,
  /** A tooth lost next to another tooth (their strokes merge), or a letter lost at either end of the word. */
  dropTooth: 0.6,
  dropEdge: 0.75,
  edit: 1,
} as const;

/** Cost of reading the observed letter `seen` where the word has `want` (at observed position `pos`). */
export function substitutionCost(want: string, seen: string, atEnd: boolean): number {
  if (want === seen) return 0;
  const vw = VARIANT_OF.get(want);
  if (vw !== undefined && vw === VARIANT_OF.get(seen)) return COST.variant;
  if (sameDotGroup(want, seen)) {
    if (atEnd && TOOTH.includes(want) && TOOTH.includes(seen) && (want === 'ی' || want === 'ن' || seen === 'ی' || seen === 'ن')) {
      return COST.dotFinal;
    }
    return COST.dot;
  }
  if (sameShapeGroup(want, seen)) return COST.shape;
  return COST.edit;
}

/** Cost of a letter of the word missing from the observed text (inside the word). */
function dropCost(want: string, prevWant: string): number {
  if (want === ZWNJ) return COST.zwnj;
  if (want === 'ء' || want === 'ٔ' || want === 'ؤ' || want === 'أ') return COST.hamza;
  if (want === prevWant) return COST.doubled;
  if (TOOTH.includes(want) && TOOTH.includes(prevWant)) return COST.dropTooth;
  if (want === 'ا') return COST.dropAlef;
  return COST.edit;
}

/** Cost of an observed letter that the word does not have. */
function extraCost(seen: string, prevSeen: string | undefined): number {
  if (seen === ZWNJ) return COST.zwnj;
  if (seen === 'ء') return COST.hamza;
  if (seen === prevSeen) return COST.doubled;
  return COST.edit;
}

export interface SearchOptions {
  /** Upper bound on the cost of a candidate. */
  maxCost: number;
  /** At most this many candidates, cheapest first. */
  limit?: number;
  /** Leave out words of tier noSuggest (default true). */
  suggestableOnly?: boolean;
}

/** Per-search tables: the cost of reading each observed letter for a given lexicon letter, computed once. */
class CostTables {
  readonly n: number;
  /** extra[j]: cost of the observed letter j-1 being spurious (a spurious last letter slightly dearer). */
  readonly extra: Float64Array;
  private readonly subRows = new Map<string, Float64Array>();

  constructor(private readonly observed: string) {
    const n = (this.n = observed.length);
    this.extra = new Float64Array(n + 1);
    for (let j = 1; j <= n; j++) this.extra[j] = extraCost(observed[j - 1], observed[j - 2]) + (j === n ? 0.05 : 0);
  }

  /** sub[j]: cost of reading observed letter j-1 where the word has `want`. */
  sub(want: string): Float64Array {
    let row = this.subRows.get(want);
    if (!row) {
      row = new Float64Array(this.n + 1);
      for (let j = 1; j <= this.n; j++) row[j] = substitutionCost(want, this.observed[j - 1], j === this.n);
      this.subRows.set(want, row);
    }
    return row;
  }
}

/**
 * Lexicon words within `maxCost` of the observed (normalised) word, cheapest first (ties: more ordinary
 * tier first). The observed word itself is included when known (cost 0).
 */
export function searchCandidates(lexicon: Lexicon, observed: string, options: SearchOptions): Candidate[] {
  const { maxCost, limit = 20, suggestableOnly = true } = options;
  const n = observed.length;
  const tables = new CostTables(observed);
  const extra = tables.extra;
  const best = new Map<string, Candidate>();
  // rows[d] is the DP row after d letters of the candidate; rows are reused per depth (depth-first walk)
  const rows: Float64Array[] = [];
  const rowAt = (d: number) => (rows[d] ??= new Float64Array(n + 1));
  const first = rowAt(0);
  first[0] = 0;
  for (let j = 1; j <= n; j++) first[j] = first[j - 1] + extraCost(observed[j - 1], observed[j - 2]);
  const chars: string[] = [];
  const teethAt: boolean[] = [];
  for (let j = 1; j <= n; j++) teethAt[j] = observed[j - 1] === 'س' || observed[j - 1] === 'ش';
  const hasTeethLetter = teethAt.some(Boolean);
  const bigrams = new Set<string>();
  for (let j = 1; j < n; j++) bigrams.add(observed[j - 1] + observed[j]);

  const visit = (node: number, depth: number) => {
    const prev = rows[depth];
    if (prev[n] <= maxCost) {
      const tier = lexicon.finalTier(node);
      if (tier !== 0 && !(suggestableOnly && tier === Tier.noSuggest)) {
        const word = chars.join('');
        const old = best.get(word);
        if (!old || prev[n] < old.cost) best.set(word, { word, cost: prev[n], tier });
      }
    }
    const prevWant = depth > 0 ? chars[depth - 1] : '';
    const prevTooth = depth >= 1 && TOOTH.includes(prevWant);
    const prevTooth2 = prevTooth && depth >= 2 && TOOTH.includes(chars[depth - 2]);
    for (let e = lexicon.edgeStart(node), end = lexicon.edgeEnd(node); e < end; e++) {
      const ch = lexicon.edgeChar(e);
      const sub = tables.sub(ch);
      const drop = dropCost(ch, prevWant);
      // a letter lost before the first or after the last letter seen: word edges fade in scans
      const edgeDrop = Math.min(drop, COST.dropEdge);
      const tooth = TOOTH.includes(ch);
      // only test swaps and teeth where they can apply (most edges: neither)
      const maySwap = depth >= 1 && ch !== prevWant && bigrams.has(ch + prevWant);
      const mayTeeth = tooth && prevTooth2 && hasTeethLetter;
      const row = rowAt(depth + 1);
      row[0] = prev[0] + edgeDrop;
      let min = row[0];
      for (let j = 1; j <= n; j++) {
        let v = prev[j - 1] + sub[j];
        const d = prev[j] + (j === n ? edgeDrop : drop);
        if (d < v) v = d;
        const x = row[j - 1] + extra[j];
        if (x < v) v = x;
        // two adjacent letters swapped
        if (maySwap && j >= 2 && observed[j - 1] === prevWant && observed[j - 2] === ch) {
          const swap = rows[depth - 1][j - 2] + COST.edit;
          if (swap < v) v = swap;
        }
        // «بین» read as «س»: three tooth letters of the word seen as one three-toothed letter
        if (mayTeeth && teethAt[j]) {
          const teeth = rows[depth - 2][j - 1] + COST.teeth;
          if (teeth < v) v = teeth;
        }
        row[j] = v;
        if (v < min) min = v;
      }
      // keep a path that is part-way through three teeth standing for one س/ش
      if (min > maxCost && hasTeethLetter && tooth) {
        for (let j = 1; j <= n && min > maxCost; j++) {
          if (!teethAt[j]) continue;
          if (prev[j - 1] + COST.teeth < min) min = prev[j - 1] + COST.teeth;
          if (prevTooth && rows[depth - 1][j - 1] + COST.teeth < min) min = rows[depth - 1][j - 1] + COST.teeth;
        }
      }
      if (min > maxCost) continue;
      chars.push(ch);
      visit(lexicon.edgeTarget(e), depth + 1);
      chars.pop();
    }
  };
  visit(lexicon.root, 0);
  return [...best.values()].sort((a, b) => a.cost - b.cost || a.tier - b.tier || a.word.localeCompare(b.word)).slice(0, limit);
}

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
}

/** What the text around the word tells the ranking. */
export interface RankContext {
  /** Known words of the document: a candidate the article uses elsewhere is likelier. */
  documentWords?: ReadonlySet<string>;
  /** The next word is a light verb (کرد، شد): the slot wants a noun, not a form with a clitic. */
  beforeLightVerb?: boolean;
}

/** Suffixes and clitics that never stand alone as words (a comma or space before them is damage). */
export const BOUND_MORPHEMES: ReadonlySet<string> = new Set(
  'ها های هایی هایم هایت هایش هایمان هایتان هایشان تر ترین ای ام ات اش مان تان شان اند ایم اید'.split(' '),
);

/** Plausibility penalties by tier: prefer headwords and ordinary inflections over rare affix combinations. */
const TIER_PENALTY: Record<number, number> = { [Tier.base]: 0, [Tier.inflected]: 0.05, [Tier.rare]: 0.3 };

/** Plausibility penalties by commonness (see Commonness): words met often in real text are likelier repairs. */
const COMMON_PENALTY: Record<number, number> = { 0: 0.7, 1: 0.35, 2: 0.05, 3: 0 };

/** A candidate used elsewhere in the same text is more likely (the article spells it right elsewhere). */
const IN_DOCUMENT_BONUS = 0.3;
/** Splitting a word in two costs this much, plus the parts' priors. */
const MERGE_COST = 0.45;
const SHORT_PART_PENALTY = 0.3;
/** Candidates rescored per word: enough that plausibility, not the alphabet, breaks ties of raw cost. */
const SEARCH_LIMIT = 400;
/** Search bound: generous enough for one arbitrary edit, or several cheap ones. */
export const MAX_COST = 1.05;
/** The near search bound (dots, hamza, half-spaces, one look-alike letter) and the score it must reach. */
const NEAR_COST = 0.7;
const CLEAR_SCORE = 0.45;

/** How unlikely the word is as a repair, from its commonness alone (0 for function words). */
export function commonnessPenalty(lexicon: Lexicon, word: string): number {
  return COMMON_PENALTY[lexicon.commonness(word)] ?? 0;
}

/** How unlikely the word is as a repair: its tier and commonness. */
function prior(lexicon: Lexicon, word: string, tier: number): number {
  return (TIER_PENALTY[tier] ?? 0) + commonnessPenalty(lexicon, word);
}

/** Single-word corrections of a normalised word within `maxCost`, best first. */
export function rankWord(lexicon: Lexicon, word: string, maxCost: number, context: RankContext = {}): Ranked[] {
  const ranked: Ranked[] = [];
  for (const c of searchCandidates(lexicon, word, { maxCost, limit: SEARCH_LIMIT })) {
    let score = c.cost + prior(lexicon, c.word, c.tier) + prefixPenalty(word, c.word);
    if (context.documentWords?.has(c.word) && c.word !== word) score -= IN_DOCUMENT_BONUS;
    // a verb form with a clitic right before a light verb is unlikely: the slot wants a noun
    if (context.beforeLightVerb && c.tier === Tier.rare) score += 0.2;
    ranked.push({ text: c.word, score, cost: c.cost });
  }
  return ranked.sort((a, b) => a.score - b.score);
}

/** Readings of the word as two known words run together (نیوزبه → نیوز به). */
export function rankSplits(lexicon: Lexicon, word: string): Ranked[] {
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
    // one-letter words other than «و» are never real; a part no real text uses (a rare lexicon entry such as
    // «ین» or «زم») makes the split a guess, which splits foreign names into nonsense
    if ((a.length === 1 && a !== 'و') || b.length === 1) continue;
    if (lexicon.commonness(a) === 0 || lexicon.commonness(b) === 0) continue;
    // a two-letter part that is not a function word (تین، ون) is a weak reading
    const short = (x: string) => (x.length <= 2 && lexicon.commonness(x) < Commonness.function ? SHORT_PART_PENALTY : 0);
    const cost = MERGE_COST + short(a) + short(b);
    const score = cost + prior(lexicon, a, ta) + prior(lexicon, b, tb) + (BOUND_MORPHEMES.has(b) ? 1 : 0);
    out.push({ text: `${a} ${b}`, score, cost });
  }
  return out;
}

/**
 * Corrections of an unknown (normalised) word, best first: single words and two-word splits. A near search
 * first: when it already finds a clear, common repair, the far one (the costly part of the search, one
 * arbitrary edit anywhere) cannot beat it and is skipped.
 */
export function rankCorrections(lexicon: Lexicon, word: string, context: RankContext = {}): Ranked[] {
  let ranked = rankWord(lexicon, word, NEAR_COST, context);
  if (ranked.length === 0 || ranked[0].score > CLEAR_SCORE) ranked = rankWord(lexicon, word, MAX_COST, context);
  ranked.push(...rankSplits(lexicon, word));
  return ranked.sort((a, b) => a.score - b.score);
}

/** Tie-breaker: damage rarely touches a word's first letters, so prefer candidates that keep them. */
function prefixPenalty(observed: string, candidate: string): number {
  let common = 0;
  while (common < observed.length && observed[common] === candidate[common]) common++;
  return Math.min(0.06, 0.02 * (observed.length - common));
}
