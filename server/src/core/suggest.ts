// Candidate search for damaged Persian words: a weighted edit distance computed while walking the lexicon's
// automaton (one dynamic-programming row per automaton edge, pruned as soon as the row exceeds the cost
// bound), so the cost is proportional to the explored neighbourhood, never to the lexicon's size.
// The weights model how Persian text really gets damaged (OCR, PDF extraction, typing): letters that differ
// only in their dots, alef/hamza and yeh/hamza variants, lost or extra half-spaces and doubled letters are
// far cheaper than arbitrary edits.
import type { Lexicon } from './lexicon';
import { Tier } from './lexicon';
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
  return COST.edit;
}

/** Cost of a letter of the word missing from the observed text. */
function dropCost(want: string, prevWant: string): number {
  if (want === ZWNJ) return COST.zwnj;
  if (want === 'ء' || want === 'ٔ') return COST.hamza;
  if (want === prevWant) return COST.doubled;
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

/**
 * Lexicon words within `maxCost` of the observed (normalised) word, cheapest first (ties: more ordinary
 * tier first). The observed word itself is included when known (cost 0).
 */
export function searchCandidates(lexicon: Lexicon, observed: string, options: SearchOptions): Candidate[] {
  const { maxCost, limit = 20, suggestableOnly = true } = options;
  const n = observed.length;
  const best = new Map<string, Candidate>();
  // rows[d] is the DP row after d letters of the candidate; rows are reused per depth (depth-first walk)
  const rows: Float64Array[] = [];
  const rowAt = (d: number) => (rows[d] ??= new Float64Array(n + 1));
  const first = rowAt(0);
  first[0] = 0;
  for (let j = 1; j <= n; j++) first[j] = first[j - 1] + extraCost(observed[j - 1], observed[j - 2]);
  const chars: string[] = [];
  const hasTeethLetter = observed.includes('س') || observed.includes('ش');

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
    for (let e = lexicon.edgeStart(node), end = lexicon.edgeEnd(node); e < end; e++) {
      const ch = lexicon.edgeChar(e);
      const prevWant = depth > 0 ? chars[depth - 1] : '';
      const row = rowAt(depth + 1);
      row[0] = prev[0] + dropCost(ch, prevWant);
      let min = row[0];
      for (let j = 1; j <= n; j++) {
        const seen = observed[j - 1];
        let v = prev[j - 1] + substitutionCost(ch, seen, j === n);
        const drop = prev[j] + dropCost(ch, prevWant);
        if (drop < v) v = drop;
        // a spurious letter at the very end is rarer than a misread one: break that tie
        const extra = row[j - 1] + extraCost(seen, observed[j - 2]) + (j === n ? 0.05 : 0);
        if (extra < v) v = extra;
        // two adjacent letters swapped
        if (j >= 2 && depth >= 1 && seen === prevWant && observed[j - 2] === ch && ch !== seen) {
          const swap = rowAt(depth - 1)[j - 2] + COST.edit;
          if (swap < v) v = swap;
        }
        // «بین» read as «س»: three tooth letters of the word seen as one three-toothed letter
        if (depth >= 2 && (seen === 'س' || seen === 'ش') && TOOTH.includes(ch) && TOOTH.includes(chars[depth - 1]) && TOOTH.includes(chars[depth - 2])) {
          const teeth = rows[depth - 2][j - 1] + COST.teeth;
          if (teeth < v) v = teeth;
        }
        row[j] = v;
        if (v < min) min = v;
      }
      // keep a path that is part-way through three teeth standing for one س/ش
      if (min > maxCost && hasTeethLetter && TOOTH.includes(ch)) {
        const back = depth >= 1 && TOOTH.includes(chars[depth - 1]) ? [prev, rows[depth - 1]] : [prev];
        for (let j = 1; j <= n && min > maxCost; j++) {
          if (observed[j - 1] !== 'س' && observed[j - 1] !== 'ش') continue;
          for (const r of back) if (r[j - 1] + COST.teeth < min) min = r[j - 1] + COST.teeth;
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
