// The Persian word store: a minimal acyclic finite-state automaton (a DAWG) in typed arrays.
// Words are stored in normalizeWord() form. Every final state carries a "tier" (how ordinary the word form
// is) so that candidate search can prefer base forms over rare affix combinations, and a "commonness" level
// (how often the word is met in real text, from open word lists; see `Commonness`). The automaton is built by
// the pure `compile()` below, both at build time (scripts/build-lexicon.mjs) and in tests (fromWords).
//
// Three questions, three methods:
// - `has(w)` / `tierOf(w)`: is w itself stored (the forms candidate search can propose)?
// - `knows(w)`: is w a correct Persian spelling: stored, or a spelling variant of a stored form (رییس/رئیس,
//   تأسف/تاسف), a half-space compound of known parts (امام‌جمعه, به‌عنوان, کشور‌ها, سی‌وپنجمین), or a regular
//   derivation Lilak leaves out (فرومی‌ریزد, بیانجامد, ضدویروس)? Use it to decide whether a word is damaged.
// - `commonness(w)`: 0..3, how common the word is (for ranking suggestions; forms only the affix expansion
//   vouches for, like پاکند = پاک + ند, have 0 and must rank below common words). During candidate search read
//   it off a final node with `finalCommonness(node)`. Tier and commonness together make the ranking's prior
//   (see `RANK.prior` in garbled/rank.ts).
// - `conventionalForm(w)`: the standard spelling of a join that style guides write apart (براساس → بر اساس,
//   دراین‌باره → در این‌باره): agencies write so on purpose, so report it as a hint, not as damage.
import { normalizeWord, ZWNJ } from './persian';
import { spend } from './work';

/** How ordinary a known word form is; smaller is more ordinary. 0 marks a non-final state. */
export const Tier = {
  /** A dictionary headword. */
  base: 1,
  /** A headword with a common inflection (plural, ezafe, indefinite, comparative, بی‌). */
  inflected: 2,
  /** A rarer affix combination (pronoun clitics, copula, two stacked suffixes). */
  rare: 3,
  /** A valid word never offered as a suggestion (hunspell NOSUGGEST; the hamza-less copy of a hamza word). */
  noSuggest: 4,
} as const;
export type TierValue = (typeof Tier)[keyof typeof Tier];

/**
 * How common a word is in real text (higher is more common), from openly licensed word lists compiled in at
 * build time (see scripts/build-lexicon.mjs and THIRD_PARTY_NOTICES.md).
 */
export const Commonness = {
  /** No evidence: a rare word or a form only the affix expansion vouches for. */
  none: 0,
  /** A base form or ordinary inflection of a word met in the common-word list. */
  attested: 1,
  /** In the common-word list of Tesseract's Persian model (words frequent on the web). */
  common: 2,
  /** A function word (stop-word lists): prepositions, conjunctions, pronouns, auxiliaries. */
  function: 3,
} as const;

/** A final state's byte: the tier in the low bits, the commonness above them. */
const TIER_BITS = 3;
const TIER_MASK = (1 << TIER_BITS) - 1;

const MAGIC = 0x584c4244; // "DBLX" little-endian
const VERSION = 2;
const HEADER_WORDS = 8;

/** The automaton's arrays. Node n's edges are edge indices [firstEdge[n], firstEdge[n + 1]), sorted by label. */
interface Automaton {
  /** UTF-16 code unit of each label index. */
  alphabet: Uint16Array;
  firstEdge: Uint32Array;
  edgeTarget: Uint32Array;
  edgeLabel: Uint8Array;
  /** Tier | commonness << TIER_BITS of each node (0 = not final). */
  final: Uint8Array;
  root: number;
  wordCount: number;
}

/** A word to compile, its tier and (optionally) its commonness. */
export type Entry = readonly [word: string, tier: number, commonness?: number];

/**
 * Builds the minimal automaton for the given entries (Daciuk et al.'s incremental algorithm on sorted input).
 * Duplicate words keep their most ordinary tier and their highest commonness. Words are taken as given (not
 * normalised).
 */
export function compile(entries: Iterable<Entry>): Automaton {
  const tierOf = new Map<string, number>();
  const commonOf = new Map<string, number>();
  for (const [word, tier, common = 0] of entries) {
    if (!word) continue;
    const old = tierOf.get(word);
    if (old === undefined || tier < old) tierOf.set(word, tier);
    if (common > (commonOf.get(word) ?? 0)) commonOf.set(word, Math.min(common, 0xff >> TIER_BITS));
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
    path[path.length - 1].final = tierOf.get(w)! | ((commonOf.get(w) ?? 0) << TIER_BITS);
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
  private readonly labelOfChar = new Map<string, number>();
  private readonly chars: string[];

  private constructor(private readonly a: Automaton) {
    this.chars = Array.from(a.alphabet, (c) => String.fromCharCode(c));
    this.chars.forEach((ch, i) => this.labelOfChar.set(ch, i));
  }

  /** Builds a lexicon from plain words (tests, user dictionaries); all of tier `base`. */
  static fromWords(words: Iterable<string>): Lexicon {
    const entries: Entry[] = [];
    for (const w of words) entries.push([w, Tier.base]);
    return Lexicon.fromEntries(entries);
  }

  /**
   * Builds a lexicon from (word, tier, commonness) entries. Words are normalised here, and a word spelled with
   * a hamza seat is stored folded too (رئیس → رییس), so that `knows` needs to fold only the query. The folded
   * copy is `Tier.noSuggest` (unless listed in its own right): suggestions keep the dictionary's spelling.
   * `normalised: true` says the words are already in normalizeWord() form.
   */
  static fromEntries(entries: Iterable<Entry>, options: { normalised?: boolean } = {}): Lexicon {
    const normalised: Entry[] = [];
    for (const [w, tier, common] of entries) {
      // the build normalises as it goes (to match its word lists); doing it twice costs seconds
      const n = options.normalised ? w : normalizeWord(w);
      normalised.push([n, tier, common]);
      const folded = foldSpelling(n);
      if (folded !== n) normalised.push([folded, Tier.noSuggest, common]);
    }
    return new Lexicon(compile(normalised));
  }

  /** Loads the compiled form produced by serialize(). */
  static load(bytes: Uint8Array): Lexicon {
    // copy so the 32-bit arrays are aligned whatever the caller's buffer offset
    const buf = bytes.slice().buffer;
    const head = new Uint32Array(buf, 0, HEADER_WORDS);
    // version 1 stored the bare tier, which reads as commonness 0
    if (head[0] !== MAGIC || (head[1] !== VERSION && head[1] !== 1)) throw new Error('not a Dabir lexicon (or an incompatible version)');
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
    return node < 0 ? 0 : this.a.final[node] & TIER_MASK;
  }

  /**
   * How common a (normalised) word is: a `Commonness` level, 0 for unknown words, rare words and forms only
   * the affix expansion vouches for (پاکند = پاک + ند). Spelling variants count as their stored form.
   */
  commonness(word: string): number {
    let node = this.walk(this.a.root, word);
    if (node < 0 || this.a.final[node] === 0) {
      const folded = foldSpelling(word);
      if (folded !== word) node = this.walk(this.a.root, folded);
    }
    return node < 0 ? 0 : this.a.final[node] >> TIER_BITS;
  }

  /**
   * True when the (normalised) word is correct Persian: a stored form, a spelling variant of one (hamza
   * written or not: رئیس/رییس, تأسف/تاسف, مسئول/مسیول, سؤال/سوال), or a half-space compound of known parts
   * (see `knowsCompound`). This is the question "is this word damaged?"; `has` is "can it be suggested?".
   * Joins that style guides write apart (براساس) are not known: see `conventionalSplit`.
   */
  knows(word: string): boolean {
    return this.knowsSimple(word) || this.knowsCompound(word);
  }

  /** Stored, a spelling variant of a stored form, or a regular derivation of one (`knowsDerived`). */
  private knowsSimple(word: string): boolean {
    return this.knowsStored(word) || this.knowsDerived(word);
  }

  private knowsStored(word: string): boolean {
    if (this.has(word)) return true;
    const folded = foldSpelling(word);
    if (folded === word) return false;
    // a hamza spelling of a rare affix combination nobody uses (قائنم → قاینم = قاین + م) is more likely a
    // damaged word than a spelling variant
    const tier = this.tierOf(folded);
    return tier !== 0 && !(tier === Tier.rare && this.commonness(folded) === Commonness.none);
  }

  /**
   * Regular forms that Lilak's affix classes leave out, recognised by rule rather than listed:
   * - a preverb before a verb in «می‌»/«نمی‌»/«خواه» (فرومی‌ریزد, بازنمی‌گردد, فراخواهد, برخواهیم);
   * - «ب»/«ن» with the glide «ی» before a verb that starts with «ا» (بیانجامد, نیافتد, نیافتاده), when «می‌» +
   *   the rest is a verb (or, for a participle, the rest's past stem + «ند» is);
   * - «ضد» joined to a known word (ضدویروس, ضدشورش);
   * - «شان» joined after a known word ending in «ی» (ناراحتیشان);
   * - the copula «ست» after a known word ending in a vowel (شماست, کافیست, آنجاست).
   */
  private knowsDerived(word: string): boolean {
    for (const preverb of PREVERBS) {
      if (!word.startsWith(preverb)) continue;
      const verb = word.slice(preverb.length);
      if (/^(ن?می\u200c|ن?خواه)/.test(verb) && this.knowsStored(verb)) return true;
    }
    if (/^[بن]یا/.test(word) && word.length >= 5) {
      const rest = word.slice(2);
      if (this.knowsStored(`می${ZWNJ}${rest}`)) return true;
      // the negated participle (نیافتاده, نیاموخته)
      if (word[0] === 'ن' && rest.endsWith('ه') && this.knowsStored(`${rest.slice(0, -1)}ند`)) return true;
    }
    if (word.startsWith('ضد') && word.length >= 5 && this.knowsStored(word.slice(2))) return true;
    if (word.endsWith('یشان') && word.length >= 6 && this.knowsStored(word.slice(0, -3))) return true;
    if (/[اوی]ست$/.test(word) && word.length >= 5 && this.tierOf(word.slice(0, -2)) === Tier.base) return true;
    return false;
  }

  /**
   * Compounds that the affix expansion cannot list: parts joined by half-spaces, each a known word, a bound
   * suffix (کشور‌ها, خانه‌اش, نوشته‌اند) or a numeral joined by «و» (سی‌وپنجمین, چهل‌وهفت).
   */
  knowsCompound(word: string): boolean {
    if (!word.includes(ZWNJ)) return false;
    const parts = word.split(ZWNJ);
    if (!this.knowsSimple(parts[0])) return false;
    // a bare preposition never ends a compound (ظاهرا‌به is «ظاهرا به»), and an adverb in «ـاً» (کاملا، ظاهرا)
    // never begins one: the half-space stands where a space belongs
    if (this.misplacedHalfSpace(word)) return false;
    for (let i = 1; i < parts.length; i++) {
      const part = parts[i];
      const before = parts[i - 1];
      if (BOUND_SUFFIXES.has(part)) {
        if (this.isStackedPlural(before, part)) return false;
        // a plural suffix after a plural suffix (کشور‌ها‌ها، همکاری‌های‌های) is a pasted repeat, never a word
        if (i > 1 && part.startsWith('ها') && before.startsWith('ها') && BOUND_SUFFIXES.has(before)) return false;
        // «ی», and the clitics and copula that begin with «ا» (‌ام, ‌اش, ‌اند, ‌است), follow a half-space only
        // after a silent «ه» or a «ی» (خانه‌ی, خانه‌اش, نوشته‌اند, ایرانی‌است); elsewhere they are joined
        if ((part === 'ی' || part.startsWith('ا')) && !/[هی]$/.test(before)) return false;
        continue;
      }
      if (this.knowsSimple(part)) continue;
      if (part.startsWith('و') && NUMERALS.has(before) && isNumeral(part.slice(1))) continue;
      // a compound adjective's comparative or superlative: سرنوشت‌سازترین, غم‌انگیزتر
      const degree = i === parts.length - 1 ? part.match(/^(.{2,})(ترین|تر)$/) : null;
      if (degree && this.knowsSimple(degree[1])) continue;
      return false;
    }
    return true;
  }

  /**
   * A half-space that stands where a space belongs, as the two sides it separates: after an adverb in «ـاً»
   * (کاملا‌تمیز → «کاملا تمیز») or before a bare preposition (ظاهرا‌به → «ظاهرا به»), which never begin or end
   * a compound. Undefined when the word has no such half-space or a side is not a known word.
   */
  misplacedHalfSpace(word: string): [string, string] | undefined {
    const cut = word.indexOf(ZWNJ);
    if (cut < 0) return undefined;
    const last = word.lastIndexOf(ZWNJ);
    const first = word.slice(0, cut);
    const afterFirst = word.slice(cut + 1).split(ZWNJ)[0];
    let split: [string, string] | undefined;
    if (this.isTanwinAdverb(first) && !BOUND_SUFFIXES.has(afterFirst)) split = [first, word.slice(cut + 1)];
    else if (COMPOUND_FINAL_NEVER.has(word.slice(last + 1))) split = [word.slice(0, last), word.slice(last + 1)];
    return split && split.every((side) => this.knows(side)) ? split : undefined;
  }

  /** True when the word has a plural suffix after a plural (خانها‌های = خانه‌ها + های): damage, not a compound. */
  hasStackedPlural(word: string): boolean {
    const parts = word.split(ZWNJ);
    return parts.some((part, i) => i > 0 && this.isStackedPlural(parts[i - 1], part));
  }

  private isStackedPlural(before: string, suffix: string): boolean {
    return (
      suffix.startsWith('ها') &&
      BOUND_SUFFIXES.has(suffix) &&
      before.endsWith('ها') &&
      this.tierOf(before) === Tier.inflected &&
      this.knowsSimple(before.slice(0, -2))
    );
  }

  /** An Arabic adverb in «ـاً» written without the tanwin (کاملا، ظاهرا، تقریبا): a known noun or adjective + «ا». */
  private isTanwinAdverb(word: string): boolean {
    return word.length >= 4 && word.endsWith('ا') && this.tierOf(word.slice(0, -1)) === Tier.base && this.commonness(word) >= Commonness.common;
  }

  /**
   * The standard spelling of a word that joins what style guides write apart, when every piece is known:
   * «براساس» → «بر اساس», «دراین‌باره» → «در این‌باره», «پس‌ازآنکه» → «پس از آنکه», «به‌طورکلی» → «به‌طور کلی».
   * Agencies write so on purpose, so this is a style matter (a hint), not damage. Undefined otherwise.
   */
  conventionalForm(word: string): string | undefined {
    if (this.knows(word)) return undefined;
    const parts = word.split(ZWNJ);
    let changed = false;
    const out: string[] = [];
    for (const [i, part] of parts.entries()) {
      if (i > 0 && BOUND_SUFFIXES.has(part)) {
        out.push(part);
        continue;
      }
      if (this.knowsSimple(part)) {
        out.push(part);
        continue;
      }
      const split = this.conventionalSplit(part) ?? (parts.length > 1 ? this.nonJoiningSplit(part) : undefined);
      if (!split) return undefined;
      out.push(split.join(' '));
      changed = true;
    }
    if (!changed) return undefined;
    // parts keep their half-spaces, except before a preposition that a split set free (پس‌ازآنکه → پس از آنکه)
    return out.reduce((acc, p) => acc + (PREPOSITIONS.has(p.split(' ')[0]) && p.includes(' ') ? ' ' : ZWNJ) + p);
  }

  /** Two known words run together after a letter that does not join (طورکلی: «طور» + «کلی»). */
  private nonJoiningSplit(word: string): [string, string] | undefined {
    for (let i = 2; i <= word.length - 2; i++) {
      if (!NON_JOINING_END.test(word[i - 1])) continue;
      const a = word.slice(0, i);
      const b = word.slice(i);
      if (this.knowsSimple(a) && this.knowsSimple(b)) return [a, b];
    }
    return undefined;
  }

  /**
   * A word written joined to a preposition or prefix that style guides write apart, when the rest is a
   * known word: «براساس» → ['بر', 'اساس'], «غیرنظامیان» → ['غیر', 'نظامیان'], «موردتوجه» → ['مورد', 'توجه'].
   * Not damage (agencies write so), but not standard either: the garbled check can report it as a hint
   * rather than an error. Undefined when the word is not such a join.
   */
  conventionalSplit(word: string): [string, string] | undefined {
    for (const prefix of CONVENTIONAL_JOINS) {
      if (word.length < prefix.length + 2 || !word.startsWith(prefix)) continue;
      const rest = word.slice(prefix.length);
      if (this.knowsSimple(rest) || this.knowsCompound(rest)) return [prefix, rest];
    }
    return undefined;
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
    const label = this.labelOfChar.get(ch);
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
    spend(s.length);
    for (let i = 0; i < s.length && node >= 0; i++) node = this.child(node, s[i]);
    return node;
  }

  /** Tier of the node (0 = not the end of a word). */
  finalTier(node: number): number {
    return this.a.final[node] & TIER_MASK;
  }

  /** Commonness of the node's word (0 when not final or not rated); see `Commonness`. */
  finalCommonness(node: number): number {
    return this.a.final[node] >> TIER_BITS;
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

  /** The label (alphabet index) of an edge: a small integer, for per-letter tables in hot loops. */
  edgeLabel(edge: number): number {
    return this.a.edgeLabel[edge];
  }

  /** The label of a letter, or -1 when no word has it (see edgeLabel). */
  labelOf(ch: string): number {
    return this.labelOfChar.get(ch) ?? -1;
  }

  /** The letter of a label (see edgeLabel). */
  labelChar(label: number): string {
    return this.chars[label];
  }

  /** How many distinct letters the automaton uses (labels are 0 .. alphabetSize - 1). */
  get alphabetSize(): number {
    return this.chars.length;
  }

  private letterMasks?: Uint32Array | null;

  /**
   * The letters on the paths below each node, as a bit set of labels (two 32-bit words a node), for searches
   * that bound the cost of observed letters no path can match; null for an alphabet of more than 64 letters.
   * Computed on first use (a few milliseconds: the automaton is small).
   */
  subtreeLetters(): Uint32Array | null {
    if (this.letterMasks !== undefined) return this.letterMasks;
    if (this.chars.length > 64) return (this.letterMasks = null);
    const { firstEdge, edgeTarget, edgeLabel } = this.a;
    const nodes = firstEdge.length - 1;
    const masks = new Uint32Array(2 * nodes);
    const done = new Uint8Array(nodes);
    // iterative post-order walk: a node's mask is the union over its edges of the label and the target's mask
    const stack: number[] = [this.a.root];
    while (stack.length > 0) {
      const node = stack[stack.length - 1];
      if (done[node]) {
        stack.pop();
        continue;
      }
      let ready = true;
      for (let e = firstEdge[node]; e < firstEdge[node + 1]; e++) {
        if (!done[edgeTarget[e]]) {
          ready = false;
          stack.push(edgeTarget[e]);
        }
      }
      if (!ready) continue;
      let lo = 0;
      let hi = 0;
      for (let e = firstEdge[node]; e < firstEdge[node + 1]; e++) {
        const t = edgeTarget[e];
        const l = edgeLabel[e];
        lo |= masks[2 * t];
        hi |= masks[2 * t + 1];
        if (l < 32) lo |= 1 << l;
        else hi |= 1 << (l - 32);
      }
      masks[2 * node] = lo;
      masks[2 * node + 1] = hi;
      done[node] = 1;
      stack.pop();
    }
    return (this.letterMasks = masks);
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

/**
 * Folds the hamza spellings that Persian writes both ways to their plain-letter form: أ→ا, ؤ→و, and ئ→ی where
 * the hamza sits on a yeh seat between vowels (رئیس/رییس, مسئول/مسیول, زائر/زایر, تئاتر/تیاتر, نهائی/نهایی).
 * A «ئ» between consonants (معتقدئد) is misread damage, not a spelling, and is kept; so is a final «ء»
 * (often a misread «،»). `Lexicon.fromEntries` stores folded copies of hamza forms, so a lookup folds only
 * the query.
 */
export function foldSpelling(word: string): string {
  if (!/[أؤئ]/.test(word)) return word;
  return word
    .replace(/أ/g, 'ا')
    .replace(/ؤ/g, 'و')
    .replace(/(?<=.[اوی])ئ|(?<=.)ئ(?=[یاو])/g, 'ی');
}

/** Suffixes and clitics written after a half-space (they are not words on their own). */
const BOUND_SUFFIXES = new Set(
  (
    'ها های هایی هایم هایت هایش هایمان هایتان هایشان هاست تر ترین تری ترها ی ای ایم اید اند ام ات اش ' +
    'مان تان شان است'
  ).split(' '),
);

/** Prepositions that never end a half-space compound. */
const COMPOUND_FINAL_NEVER = new Set(['به', 'از', 'با', 'در']);

/** Prepositions and prefixes that some agencies write joined to the next word (براساس, غیرنظامی, موردتوجه). */
const CONVENTIONAL_JOINS = ['غیر', 'مورد', 'بر', 'در', 'با', 'از', 'به'];

const PREPOSITIONS = new Set(['از', 'به', 'در', 'با', 'بر']);

/** Preverbs written joined to the verb (فرومی‌ریزد, بازمی‌گردد, برخواهیم گشت). */
export const PREVERBS: readonly string[] = ['فرو', 'فرا', 'باز', 'بر', 'در', 'وا', 'ور'];

/** Letters that do not join the next one: two words run together after them look like two words. */
const NON_JOINING_END = /[ادذرزژو]/;

/** Numerals written in words, which join with «و» (سی‌وپنج, صدوبیست). */
const NUMERALS = new Set(
  (
    'یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده سیزده چهارده پانزده شانزده هفده هجده هیجده نوزده ' +
    'بیست سی چهل پنجاه شصت هفتاد هشتاد نود صد یکصد دویست سیصد چهارصد پانصد ششصد هفتصد هشتصد نهصد هزار میلیون میلیارد'
  ).split(' '),
);

/** A numeral, or its ordinal (پنجم, پنجمین, سوم, سومین). */
function isNumeral(word: string): boolean {
  if (NUMERALS.has(word)) return true;
  const base = word.replace(/(مین|م)$/, '');
  return base !== word && (NUMERALS.has(base) || base === 'سو' || NUMERALS.has(base.replace(/و$/, '')));
}
