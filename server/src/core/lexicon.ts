// The Persian word store: a minimal acyclic finite-state automaton (a DAWG) in typed arrays.
// Words are stored in normalizeWord() form. Every final state carries a "tier" (how ordinary the word form
// is) so that candidate search can prefer base forms over rare affix combinations. The automaton is built by
// the pure `compile()` below, both at build time (scripts/build-lexicon.mjs) and in tests (fromWords).
import { normalizeWord } from './persian';

/** How ordinary a known word form is; smaller is more ordinary. 0 marks a non-final state. */
export const Tier = {
  /** A dictionary headword. */
  base: 1,
  /** A headword with a common inflection (plural, ezafe, indefinite, comparative, بی‌). */
  inflected: 2,
  /** A rarer affix combination (pronoun clitics, copula, two stacked suffixes). */
  rare: 3,
  /** A valid word that must never be offered as a suggestion (hunspell NOSUGGEST). */
  noSuggest: 4,
} as const;
export type TierValue = (typeof Tier)[keyof typeof Tier];

const MAGIC = 0x584c4244; // "DBLX" little-endian
const VERSION = 1;
const HEADER_WORDS = 8;

/** The automaton's arrays. Node n's edges are edge indices [firstEdge[n], firstEdge[n + 1]), sorted by label. */
interface Automaton {
  /** UTF-16 code unit of each label index. */
  alphabet: Uint16Array;
  firstEdge: Uint32Array;
  edgeTarget: Uint32Array;
  edgeLabel: Uint8Array;
  /** Tier of each node (0 = not final). */
  final: Uint8Array;
  root: number;
  wordCount: number;
}

/**
 * Builds the minimal automaton for the given (word, tier) entries (Daciuk et al.'s incremental algorithm on
 * sorted input). Duplicate words keep their most ordinary tier. Words are taken as given (not normalised).
 */
export function compile(entries: Iterable<readonly [string, number]>): Automaton {
  const tierOf = new Map<string, number>();
  for (const [word, tier] of entries) {
    if (!word) continue;
    const old = tierOf.get(word);
    if (old === undefined || tier < old) tierOf.set(word, tier);
  }
  const words = [...tierOf.keys()].sort();

  // label indices, in code unit order so that edges sorted by label follow word order
  const codes = new Set<number>();
  for (const w of words) for (let i = 0; i < w.length; i++) codes.add(w.charCodeAt(i));
  const alphabet = Uint16Array.from([...codes].sort((a, b) => a - b));
  if (alphabet.length > 255) throw new Error(`lexicon alphabet too large (${alphabet.length} symbols)`);
  const labelOf = new Map<number, number>();
  alphabet.forEach((c, i) => labelOf.set(c, i));

  // frozen (registered) nodes
  const frozenFinal: number[] = [];
  const frozenEdges: number[][] = []; // flat [label, target, label, target, …]
  const register = new Map<string, number>();
  interface Open {
    final: number;
    edges: number[];
  }
  const freeze = (node: Open): number => {
    const key = `${node.final}:${node.edges.join(',')}`;
    let id = register.get(key);
    if (id === undefined) {
      id = frozenFinal.length;
      frozenFinal.push(node.final);
      frozenEdges.push(node.edges);
      register.set(key, id);
    }
    return id;
  };
  // path[i] is the open node reached after i letters of the previous word; open children are pending (-1)
  const path: Open[] = [{ final: 0, edges: [] }];
  const closeDownTo = (depth: number) => {
    while (path.length - 1 > depth) {
      const child = path.pop()!;
      const parent = path[path.length - 1];
      parent.edges[parent.edges.length - 1] = freeze(child);
    }
  };
  let prev = '';
  for (const w of words) {
    let common = 0;
    while (common < w.length && common < prev.length && w[common] === prev[common]) common++;
    closeDownTo(common);
    for (let i = common; i < w.length; i++) {
      const node: Open = { final: 0, edges: [] };
      path[path.length - 1].edges.push(labelOf.get(w.charCodeAt(i))!, -1);
      path.push(node);
    }
    path[path.length - 1].final = tierOf.get(w)!;
    prev = w;
  }
  closeDownTo(0);
  const root = freeze(path[0]);

  const nodeCount = frozenFinal.length;
  const firstEdge = new Uint32Array(nodeCount + 1);
  let edgeCount = 0;
  for (let n = 0; n < nodeCount; n++) {
    firstEdge[n] = edgeCount;
    edgeCount += frozenEdges[n].length / 2;
  }
  firstEdge[nodeCount] = edgeCount;
  const edgeTarget = new Uint32Array(edgeCount);
  const edgeLabel = new Uint8Array(edgeCount);
  for (let n = 0, e = 0; n < nodeCount; n++) {
    const edges = frozenEdges[n];
    for (let k = 0; k < edges.length; k += 2, e++) {
      edgeLabel[e] = edges[k];
      edgeTarget[e] = edges[k + 1];
    }
  }
  return { alphabet, firstEdge, edgeTarget, edgeLabel, final: Uint8Array.from(frozenFinal), root, wordCount: words.length };
}

export class Lexicon {
  private readonly labelOf = new Map<string, number>();
  private readonly chars: string[];

  private constructor(private readonly a: Automaton) {
    this.chars = Array.from(a.alphabet, (c) => String.fromCharCode(c));
    this.chars.forEach((ch, i) => this.labelOf.set(ch, i));
  }

  /** Builds a lexicon from plain words (tests, user dictionaries); all of tier `base`. */
  static fromWords(words: Iterable<string>): Lexicon {
    const entries: [string, number][] = [];
    for (const w of words) entries.push([normalizeWord(w), Tier.base]);
    return new Lexicon(compile(entries));
  }

  /** Builds a lexicon from (word, tier) entries; words are normalised here. */
  static fromEntries(entries: Iterable<readonly [string, number]>): Lexicon {
    const normalised: [string, number][] = [];
    for (const [w, tier] of entries) normalised.push([normalizeWord(w), tier]);
    return new Lexicon(compile(normalised));
  }

  /** Loads the compiled form produced by serialize(). */
  static load(bytes: Uint8Array): Lexicon {
    // copy so the 32-bit arrays are aligned whatever the caller's buffer offset
    const buf = bytes.slice().buffer;
    const head = new Uint32Array(buf, 0, HEADER_WORDS);
    if (head[0] !== MAGIC || head[1] !== VERSION) throw new Error('not a Dabir lexicon (or an incompatible version)');
    const [, , wordCount, nodeCount, edgeCount, alphabetLength, root] = head;
    let at = HEADER_WORDS * 4;
    const take32 = (n: number) => {
      const arr = new Uint32Array(buf, at, n);
      at += n * 4;
      return arr;
    };
    const firstEdge = take32(nodeCount + 1);
    const edgeTarget = take32(edgeCount);
    const alphabet = new Uint16Array(buf, at, alphabetLength);
    at += alphabetLength * 2;
    const final = new Uint8Array(buf, at, nodeCount);
    at += nodeCount;
    const edgeLabel = new Uint8Array(buf, at, edgeCount);
    return new Lexicon({ alphabet, firstEdge, edgeTarget, edgeLabel, final, root, wordCount });
  }

  serialize(): Uint8Array {
    const a = this.a;
    const nodeCount = a.final.length;
    const edgeCount = a.edgeTarget.length;
    const size = HEADER_WORDS * 4 + (nodeCount + 1 + edgeCount) * 4 + a.alphabet.length * 2 + nodeCount + edgeCount;
    const out = new Uint8Array(size);
    const head = new Uint32Array(out.buffer, 0, HEADER_WORDS);
    head.set([MAGIC, VERSION, a.wordCount, nodeCount, edgeCount, a.alphabet.length, a.root]);
    let at = HEADER_WORDS * 4;
    for (const arr of [a.firstEdge, a.edgeTarget, a.alphabet, a.final, a.edgeLabel]) {
      out.set(new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength), at);
      at += arr.byteLength;
    }
    return out;
  }

  /** True when the (normalised) word is a known word form. */
  has(word: string): boolean {
    return this.tierOf(word) !== 0;
  }

  /** The tier of a (normalised) word, 0 when unknown. */
  tierOf(word: string): number {
    const node = this.walk(this.a.root, word);
    return node < 0 ? 0 : this.a.final[node];
  }

  get size(): number {
    return this.a.wordCount;
  }

  // ---- automaton traversal, for candidate search ----

  get root(): number {
    return this.a.root;
  }

  /** The node reached from `node` by the letter `ch`, or -1. */
  child(node: number, ch: string): number {
    const label = this.labelOf.get(ch);
    if (label === undefined) return -1;
    const { firstEdge, edgeLabel, edgeTarget } = this.a;
    let lo = firstEdge[node];
    let hi = firstEdge[node + 1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const l = edgeLabel[mid];
      if (l === label) return edgeTarget[mid];
      if (l < label) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  /** The node reached by reading `s` from `node`, or -1. */
  walk(node: number, s: string): number {
    for (let i = 0; i < s.length && node >= 0; i++) node = this.child(node, s[i]);
    return node;
  }

  /** Tier of the node (0 = not the end of a word). */
  finalTier(node: number): number {
    return this.a.final[node];
  }

  isFinal(node: number): boolean {
    return this.a.final[node] !== 0;
  }

  /** Edge indices of `node` are [edgeStart(node), edgeEnd(node)). */
  edgeStart(node: number): number {
    return this.a.firstEdge[node];
  }

  edgeEnd(node: number): number {
    return this.a.firstEdge[node + 1];
  }

  edgeChar(edge: number): string {
    return this.chars[this.a.edgeLabel[edge]];
  }

  edgeTarget(edge: number): number {
    return this.a.edgeTarget[edge];
  }

  /** Every word of the lexicon, in code unit order (tests and tools; not for hot paths). */
  *words(): Generator<string> {
    const stack: [number, string][] = [[this.a.root, '']];
    while (stack.length) {
      const [node, prefix] = stack.pop()!;
      if (this.isFinal(node)) yield prefix;
      for (let e = this.edgeEnd(node) - 1; e >= this.edgeStart(node); e--) {
        stack.push([this.edgeTarget(e), prefix + this.edgeChar(e)]);
      }
    }
  }
}
