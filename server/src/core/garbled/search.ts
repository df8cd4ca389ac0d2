// Candidate search for damaged Persian words: a weighted edit distance computed while walking the lexicon's
// automaton (one banded dynamic-programming row per automaton edge, pruned as soon as the row exceeds the cost
// bound), so the cost is proportional to the explored neighbourhood, never to the lexicon's size. The weights are
// an error model of how Persian text really gets damaged (OCR, PDF extraction, typing): letters that differ only
// in their dots, alef/hamza and yeh/hamza variants, lost or extra half-spaces, doubled letters, look-alike
// letters, letters of one sound, neighbouring keys, lost vowel letters and swapped letters are cheaper than
// arbitrary edits. Ranking the candidates is rank.ts's business.
import type { Lexicon } from '../lexicon';
import { Tier } from '../lexicon';
import { sameDotGroup, ZWNJ } from '../persian';
import { spend, work, type SearchBudget } from '../work';

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
 * Letter pairs whose printed shapes differ by more than dots but that OCR still mixes up: loops and bowls
 * (medial «ح»/«م»/«ه», «ع»/«م», «ف»/«خ», «ق»/«خ»), final tails («ه»/«د», «ی»/«ق», «ل»/«ن»), strokes
 * («ر»/«د»/«و», alef and lam), teeth («ص»/«س», «ض»/«ش») and a hamza seat read as dots or a tooth («ؤ»/«ز»,
 * «ئ»/«ل»). Each entry is two letters.
 */
const SHAPE_PAIRS =
  'حم جم چم خم هم حه جه چه خه عم غم فم قم عح عج عخ غح غج غخ فع قع فغ قغ فخ قخ ' +
  'رد رذ زد زذ ژد ژذ رو زو ژو دو ذو وه وة هة هد لن ال یق صس ضش صط ضط صظ ضظ ؤز ؤر ؤژ ئل ئت';

/**
 * Letters of one sound that writers mix up (Persian spells Arabic loanwords with several letters for one
 * sound): «ت»/«ط», «س»/«ص»/«ث», «ز»/«ذ»/«ض»/«ظ», «ه»/«ح», «ا»/«ع», «ق»/«غ», «ء»/«ع».
 */
const SOUND_PAIRS = 'تط سص سث صث زذ زض زظ ذض ذظ ضظ هح اع ءع قغ';

/** Neighbouring keys of the standard Persian keyboard (ISIRI 9147): a slip of the finger. */
const KEYBOARD_ROWS = ['ضصثقفغعهخحجچ', 'شسیبلاتنمکگ', 'ظطزرذدپو'];

/** Letters whose dot-less shape is a single "tooth": medially they differ only by dots. */
const TOOTH = 'بپتثنیئ';

/** Letters that do not join the next one: a small glyph standing apart, lost by typists and scanners alike. */
const STANDALONE_LETTERS = 'دذرزژ';

/** Letters with dots (or a hamza) and those whose dots sit below the letter (medial forms). */
const DOTTED = new Set('بپتثنیئجچخذزژشضظغفقگ');
const DOTS_BELOW = new Set('بپیجچ');

/** Letters that spell long vowels, which writers leave out or add («موضوع»/«مضوع») and OCR loses (thin strokes). */
const VOWEL_LETTERS = 'اوی';

export const COST = {
  variant: 0.2,
  dot: 0.35,
  /** Dots on the other side of the letter (ب for ن, ی for ت). */
  dotFlip: 0.5,
  /** ی/ن versus ب/ت/… at the end of a word: the final shapes differ, so a bit dearer. */
  dotFinal: 0.5,
  zwnj: 0.15,
  hamza: 0.3,
  doubled: 0.5,
  /** A vowel letter (ا، و، ی) lost or added. */
  vowel: 0.8,
  /** A letter that stands apart (د، ر، ز، …) lost. */
  standalone: 0.85,
  /** Three "teeth" (بین، تین، …) read as the three-toothed س or ش, or the reverse. */
  teeth: 0.6,
  /** Letters of look-alike shapes (see SHAPE_PAIRS). */
  shape: 0.65,
  /** Letters of one sound (see SOUND_PAIRS). */
  sound: 0.65,
  /** Neighbouring keys (see KEYBOARD_ROWS). */
  key: 0.85,
  /** A tooth lost or added next to another tooth (their strokes merge or split). */
  tooth: 0.6,
  /** A letter lost at either end of the word (word edges fade in scans). */
  dropEdge: 0.75,
  /** Two neighbouring letters swapped (a typing slip). */
  swap: 0.8,
  edit: 1,
} as const;

/** Kinds of letter confusion, keys of COST. */
type Confusion = 'shape' | 'sound' | 'key';
const CONFUSION = new Map<string, Confusion>();
const confuse = (a: string, b: string, kind: Confusion) => {
  // a pair in several lists keeps its cheapest kind
  const old = CONFUSION.get(a + b);
  if (old !== undefined && COST[old] <= COST[kind]) return;
  CONFUSION.set(a + b, kind);
  CONFUSION.set(b + a, kind);
};
for (const pair of SHAPE_PAIRS.split(' ')) confuse(pair[0], pair[1], 'shape');
for (const pair of SOUND_PAIRS.split(' ')) confuse(pair[0], pair[1], 'sound');
for (const row of KEYBOARD_ROWS) for (let i = 1; i < row.length; i++) confuse(row[i - 1], row[i], 'key');

/** Cost of reading the observed letter `seen` where the word has `want` (`atEnd`: the observed word's last letter). */
export function substitutionCost(want: string, seen: string, atEnd: boolean): number {
  if (want === seen) return 0;
  const vw = VARIANT_OF.get(want);
  if (vw !== undefined && vw === VARIANT_OF.get(seen)) return COST.variant;
  if (sameDotGroup(want, seen)) {
    if (atEnd && TOOTH.includes(want) && TOOTH.includes(seen) && (want === 'ی' || want === 'ن' || seen === 'ی' || seen === 'ن')) {
      return COST.dotFinal;
    }
    // dots read on the wrong side of the letter (ن for ب) are a rarer misreading than a dot lost or added
    return DOTS_BELOW.has(want) !== DOTS_BELOW.has(seen) && DOTTED.has(want) && DOTTED.has(seen) ? COST.dotFlip : COST.dot;
  }
  const kind = CONFUSION.get(want + seen);
  return kind === undefined ? COST.edit : COST[kind];
}

/**
 * Cost of a letter of the word missing from the observed text, on its own (the search makes a doubled letter
 * and a tooth beside another tooth cheaper, as it knows the neighbours).
 */
function dropCost(want: string): number {
  if (want === ZWNJ) return COST.zwnj;
  if (want === 'ء' || want === 'ٔ' || want === 'ؤ' || want === 'أ') return COST.hamza;
  if (VOWEL_LETTERS.includes(want)) return COST.vowel;
  if (STANDALONE_LETTERS.includes(want)) return COST.standalone;
  return COST.edit;
}

/**
 * Cost of an observed letter that the word does not have, between the observed letters prevSeen and nextSeen
 * (undefined at the word's edges). A «ی» or «ن» before a half-space or at the end is a tail, not a tooth.
 */
function extraCost(seen: string, prevSeen: string | undefined, nextSeen: string | undefined): number {
  if (seen === ZWNJ) return COST.zwnj;
  if (seen === 'ء') return COST.hamza;
  if (seen === prevSeen) return COST.doubled;
  if (nextSeen !== undefined && nextSeen !== ZWNJ && TOOTH.includes(seen) && ((prevSeen !== undefined && TOOTH.includes(prevSeen)) || TOOTH.includes(nextSeen))) {
    return COST.tooth;
  }
  // a vowel letter added inside the word (writers add them where they hear a vowel; OCR splits a stroke off)
  if (prevSeen !== undefined && nextSeen !== undefined && VOWEL_LETTERS.includes(seen)) return COST.vowel;
  return COST.edit;
}

export interface SearchOptions {
  /** Upper bound on the cost of a candidate. */
  maxCost: number;
  /** At most this many candidates, cheapest first. */
  limit?: number;
  /** Leave out words of tier noSuggest (default true). */
  suggestableOnly?: boolean;
  /**
   * Skip branches whose letters cannot spell what is left of the observed word within the bound (default true;
   * the results are the same either way, only the time differs).
   */
  pruneByLetters?: boolean;
}

/**
 * Substitution costs by observed letter: for each lexicon label, the cost of reading `seen` where the word has
 * that label's letter, and the cheapest such reading of another letter. Shared by every search over one lexicon.
 */
interface SeenColumn {
  cost: Float64Array;
  cheapestOther: number;
}
const seenColumns = new WeakMap<Lexicon, Map<string, SeenColumn>>();

function seenColumn(lexicon: Lexicon, seen: string, atEnd: boolean): SeenColumn {
  let columns = seenColumns.get(lexicon);
  if (!columns) seenColumns.set(lexicon, (columns = new Map()));
  const key = atEnd ? `${seen}$` : seen;
  let column = columns.get(key);
  if (!column) {
    const labels = lexicon.alphabetSize;
    const cost = new Float64Array(labels);
    let cheapestOther = Infinity;
    for (let l = 0; l < labels; l++) {
      const want = lexicon.labelChar(l);
      cost[l] = substitutionCost(want, seen, atEnd);
      if (want !== seen && cost[l] < cheapestOther) cheapestOther = cost[l];
    }
    // (an alphabet is small, but the observed text may hold any character: keep the table bounded)
    if (columns.size > 4096) columns.clear();
    columns.set(key, (column = { cost, cheapestOther }));
  }
  return column;
}

/** Per-search tables, by lexicon label: the cost of reading each observed letter for a lexicon letter, etc. */
class CostTables {
  readonly n: number;
  /** extra[j]: cost of the observed letter j-1 being spurious (a spurious last letter slightly dearer). */
  readonly extra: Float64Array;
  /** Per label: the letter is a tooth; the cost of losing it (before the neighbour adjustments). */
  readonly tooth: Uint8Array;
  readonly drop: Float64Array;
  /** columns[j]: the substitution costs of observed letter j-1 (see seenColumn). */
  readonly columns: SeenColumn[];
  private readonly subRows: (Float64Array | undefined)[];

  constructor(
    lexicon: Lexicon,
    observed: string,
  ) {
    const n = (this.n = observed.length);
    this.extra = new Float64Array(n + 1);
    this.columns = new Array(n + 1);
    for (let j = 1; j <= n; j++) {
      this.extra[j] = extraCost(observed[j - 1], observed[j - 2], observed[j]) + (j === n ? 0.05 : 0);
      this.columns[j] = seenColumn(lexicon, observed[j - 1], j === n);
    }
    const labels = lexicon.alphabetSize;
    this.tooth = new Uint8Array(labels);
    this.drop = new Float64Array(labels);
    this.subRows = new Array(labels);
    for (let l = 0; l < labels; l++) {
      const ch = lexicon.labelChar(l);
      this.tooth[l] = TOOTH.includes(ch) ? 1 : 0;
      this.drop[l] = dropCost(ch);
    }
  }

  /** sub[j]: cost of reading observed letter j-1 where the word has the letter of `label`. */
  sub(label: number): Float64Array {
    let row = this.subRows[label];
    if (!row) {
      row = new Float64Array(this.n + 1);
      for (let j = 1; j <= this.n; j++) row[j] = this.columns[j].cost[label];
      this.subRows[label] = row;
    }
    return row;
  }
}

/** Candidates rescored per word: enough that plausibility, not the alphabet, breaks ties of raw cost. */
export const SEARCH_LIMIT = 400;

/**
 * Search results kept across analyses: an editor analyses the same words again on every edit, and a folder of
 * articles shares most of its words. A result depends only on the lexicon, the word and the bound; the least
 * recently used are let go past `capacity` words. Each result keeps the steps its search took, so that a
 * remembered search costs the document's budget what it would cost searched afresh: the findings of a text never
 * depend on what was analysed before it.
 */
export class SearchCache {
  private readonly entries = new Map<string, Measured>();

  constructor(
    readonly lexicon: Lexicon,
    private readonly capacity = 10_000,
  ) {}

  /** searchWithin, remembered. */
  search(word: string, maxCost: number, budget?: SearchBudget): Candidate[] | undefined {
    return searchWithin(this.lexicon, word, maxCost, budget, this);
  }

  /** The search's result and cost, from memory or searched now. */
  lookup(word: string, maxCost: number): Measured {
    const key = `${maxCost} ${word}`;
    let found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
    } else {
      found = measuredSearch(this.lexicon, word, maxCost);
      if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(key, found);
    return found;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** A search's candidates and the steps it took. */
interface Measured {
  found: Candidate[];
  steps: number;
}

function measuredSearch(lexicon: Lexicon, word: string, maxCost: number): Measured {
  const before = work.steps;
  const found = searchCandidates(lexicon, word, { maxCost, limit: SEARCH_LIMIT });
  return { found, steps: work.steps - before };
}

/**
 * searchCandidates with the ranking's options (SEARCH_LIMIT), charged to the budget (remembered in `cache` when
 * given); undefined once the budget is spent.
 */
export function searchWithin(lexicon: Lexicon, word: string, maxCost: number, budget?: SearchBudget, cache?: SearchCache): Candidate[] | undefined {
  if (budget && !budget.open) {
    budget.skipped++;
    return undefined;
  }
  const { found, steps } = cache ? cache.lookup(word, maxCost) : measuredSearch(lexicon, word, maxCost);
  budget?.charge(steps);
  return found;
}

/** A cell value beyond any bound: the cells the banded search skips. */
const FAR = 1e9;

/**
 * Lexicon words within `maxCost` of the observed (normalised) word, cheapest first (ties: more ordinary
 * tier first). The observed word itself is included when known (cost 0).
 * Each row of the dynamic programme is computed only over its band, the cells that can still lead to a
 * candidate within the bound (Ukkonen's cut-off); the cells outside it hold FAR.
 */
export function searchCandidates(lexicon: Lexicon, observed: string, options: SearchOptions): Candidate[] {
  const { maxCost, limit = 20, suggestableOnly = true, pruneByLetters = true } = options;
  const n = observed.length;
  const tables = new CostTables(lexicon, observed);
  const { extra, tooth: isTooth, drop: baseDrop } = tables;
  const best = new Map<string, Candidate>();
  // rows[d] is the DP row after d letters of the candidate; rows are reused per depth (depth-first walk);
  // lo[d]..hi[d] is the band of row d: every cell outside it exceeds maxCost
  const rows: Float64Array[] = [];
  const lo: number[] = [];
  const hi: number[] = [];
  const rowAt = (d: number) => (rows[d] ??= new Float64Array(n + 1));
  const first = rowAt(0);
  first[0] = 0;
  for (let j = 1; j <= n; j++) first[j] = first[j - 1] + extra[j];
  lo[0] = 0;
  hi[0] = 0;
  while (hi[0] < n && first[hi[0] + 1] <= maxCost) hi[0]++;
  const chars: string[] = [];
  const labels: number[] = [];
  const teethAt: boolean[] = [];
  for (let j = 1; j <= n; j++) teethAt[j] = observed[j - 1] === 'س' || observed[j - 1] === 'ش';
  const hasTeethLetter = teethAt.some(Boolean);
  // toothNext[j]: the observed letter after the first j is a tooth (a tooth lost beside it is cheap)
  const toothNext: boolean[] = [];
  for (let j = 0; j < n; j++) toothNext[j] = TOOTH.includes(observed[j]);
  // swappable[a * L + b]: the observed text has the letters of labels a, b in a row (so «ba» may be a swap)
  const L = lexicon.alphabetSize;
  const swappable = new Uint8Array(L * L);
  for (let j = 1; j < n; j++) {
    const a = lexicon.labelOf(observed[j - 1]);
    const b = lexicon.labelOf(observed[j]);
    if (a >= 0 && b >= 0) swappable[a * L + b] = 1;
  }

  // A lower bound for the observed letters that no path below a node spells: each costs at least its cheapest
  // spurious-letter, substitution or teeth reading (letterFloor), so a node whose every live cell plus the floor
  // of the letters still to read exceeds the bound is not entered (see lexicon.subtreeLetters).
  const masks = pruneByLetters ? lexicon.subtreeLetters() : null;
  const obsLabel = new Int32Array(n + 1).fill(-1);
  const letterFloor = new Float64Array(n + 1);
  if (masks) {
    for (let j = 1; j <= n; j++) {
      obsLabel[j] = lexicon.labelOf(observed[j - 1]);
      let floor = Math.min(extra[j], tables.columns[j].cheapestOther);
      if (teethAt[j] && COST.teeth < floor) floor = COST.teeth;
      letterFloor[j] = floor;
    }
  }
  // rest[j]: the floor of the observed letters after j that no path below the node spells
  const rest = new Float64Array(n + 2);
  const reachable = (node: number, row: Float64Array, from: number, to: number, prev: Float64Array, prevFrom: number, prevTo: number): boolean => {
    const lo = masks![2 * node];
    const hi = masks![2 * node + 1];
    rest[n] = rest[n + 1] = 0;
    for (let j = n; j >= 1; j--) {
      const l = obsLabel[j];
      rest[j - 1] = rest[j] + (l < 0 || (l < 32 ? (lo >>> l) & 1 : (hi >>> (l - 32)) & 1) === 0 ? letterFloor[j] : 0);
    }
    for (let j = from; j <= to; j++) if (row[j] + rest[j] <= maxCost) return true;
    // a path may also reach below the node by a swap of the node's letter and the next (from the row before)
    for (let j = prevFrom; j <= prevTo && j + 2 <= n; j++) if (prev[j] + COST.swap + rest[j + 2] <= maxCost) return true;
    return false;
  };

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
    const prevLabel = depth > 0 ? labels[depth - 1] : -1;
    const prevWant = depth > 0 ? chars[depth - 1] : '';
    const prevTooth = depth >= 1 && isTooth[prevLabel] === 1;
    const prevTooth2 = prevTooth && depth >= 2 && isTooth[labels[depth - 2]] === 1;
    for (let e = lexicon.edgeStart(node), end = lexicon.edgeEnd(node); e < end; e++) {
      const label = lexicon.edgeLabel(e);
      const sub = tables.sub(label);
      const tooth = isTooth[label] === 1;
      let drop = baseDrop[label];
      if (label === prevLabel && COST.doubled < drop) drop = COST.doubled;
      else if (tooth && prevTooth && COST.tooth < drop) drop = COST.tooth;
      const dropBeforeTooth = tooth ? Math.min(drop, COST.tooth) : drop;
      // a letter lost before the first or after the last letter seen: word edges fade in scans
      const edgeDrop = Math.min(drop, COST.dropEdge);
      // only test swaps and teeth where they can apply (most edges: neither)
      const maySwap = depth >= 1 && label !== prevLabel && swappable[label * L + prevLabel] === 1;
      const mayTeeth = tooth && prevTooth2 && hasTeethLetter;
      // the band of this row: from the previous rows' bands (a swap reaches two rows back, teeth three)
      let from = lo[depth];
      let to = hi[depth] + 1;
      if (maySwap) {
        from = Math.min(from, lo[depth - 1] + 2);
        to = Math.max(to, hi[depth - 1] + 2);
      }
      if (mayTeeth) {
        from = Math.min(from, lo[depth - 2] + 1);
        to = Math.max(to, hi[depth - 2] + 1);
      }
      if (to > n) to = n;
      // (a row per edge, over its band)
      spend(to - from + 2);
      const row = rowAt(depth + 1);
      row[0] = from === 0 ? prev[0] + edgeDrop : FAR;
      let rowLo = row[0] <= maxCost ? 0 : -1;
      let rowHi = rowLo;
      let min = row[0];
      if (from > 1) row.fill(FAR, 1, from);
      let j = Math.max(1, from);
      for (; j <= n; j++) {
        let v = prev[j - 1] + sub[j];
        const d = prev[j] + (j === n ? edgeDrop : toothNext[j] ? dropBeforeTooth : drop);
        if (d < v) v = d;
        const x = row[j - 1] + extra[j];
        if (x < v) v = x;
        // two adjacent letters swapped
        if (maySwap && j >= 2 && observed[j - 1] === prevWant && observed[j - 2] === lexicon.labelChar(label)) {
          const swap = rows[depth - 1][j - 2] + COST.swap;
          if (swap < v) v = swap;
        }
        // «بین» read as «س»: three tooth letters of the word seen as one three-toothed letter
        if (mayTeeth && teethAt[j]) {
          const teeth = rows[depth - 2][j - 1] + COST.teeth;
          if (teeth < v) v = teeth;
        }
        row[j] = v;
        if (v < min) min = v;
        if (v <= maxCost) {
          if (rowLo < 0) rowLo = j;
          rowHi = j;
        } else if (j >= to) {
          // past the band: only a spurious letter could extend it, and this cell already exceeds the bound
          j++;
          break;
        }
      }
      if (j <= n) row.fill(FAR, j, n + 1);
      // keep a path that is part-way through three teeth standing for one س/ش
      if (min > maxCost && hasTeethLetter && tooth) {
        for (let k = 1; k <= n && min > maxCost; k++) {
          if (!teethAt[k]) continue;
          if (prev[k - 1] + COST.teeth < min) min = prev[k - 1] + COST.teeth;
          if (prevTooth && rows[depth - 1][k - 1] + COST.teeth < min) min = rows[depth - 1][k - 1] + COST.teeth;
        }
        // the teeth path runs outside the band: widen it to the whole row
        if (min <= maxCost) {
          rowLo = 0;
          rowHi = n;
        }
      }
      if (min > maxCost) continue;
      lo[depth + 1] = rowLo < 0 ? 0 : rowLo;
      hi[depth + 1] = rowLo < 0 ? n : rowHi;
      if (masks && rowLo >= 0 && !(hasTeethLetter && tooth) && !reachable(lexicon.edgeTarget(e), row, rowLo, rowHi, prev, lo[depth], hi[depth])) continue;
      chars.push(lexicon.labelChar(label));
      labels.push(label);
      visit(lexicon.edgeTarget(e), depth + 1);
      chars.pop();
      labels.pop();
    }
  };
  visit(lexicon.root, 0);
  return [...best.values()].sort((a, b) => a.cost - b.cost || a.tier - b.tier || a.word.localeCompare(b.word)).slice(0, limit);
}
