// The context model: how often Persian running text uses a word, and a pair of words side by side. Compiled at
// build time from two ranked lists (scripts/build-context.mjs; the lists are Tesseract's Persian training data,
// ranks not counts) into two tables of hashed keys with a quantised log rank each, and loaded from bytes the same
// way in Node and in a browser worker. The tables hold 32-bit hashes of the folded keys (see keys.ts), never the
// words: a word or pair the lists lack is taken for a listed one only by a hash collision (with ~70,000 words and
// ~210,000 pairs, about one unseen query in 60,000 and in 20,000), which costs one wrong frequency estimate.
import { contextKey, keyHash, markedKey, pairHash, trailingMark } from './keys';

const MAGIC = 0x4d434244; // "DBCM" little-endian
const VERSION = 2;
const HEADER_WORDS = 8;
/** Log ranks are stored in steps of 1/16 nat, in one byte. */
const STEPS_PER_NAT = 16;

/**
 * From rank to probability. The lists give ranks; frequency falls as a power of the rank (Zipf): ln P = a − s·ln r.
 * Words: exponent 1, and the list's words cover 92 % of running words (the list's README), so
 * a = ln(0.92 / H(77,608)). Word pairs fall off more slowly: a pair can be no commoner than its rarer word, which
 * bounds the tail, and the pairs cover 48 % of adjacent pairs; exponent 0.63 with a = ln(0.48 / Σ r^−0.63) meets
 * both (the commonest pair, «که در», at about 0.2 % of all pairs).
 */
export const ZIPF = {
  word: { a: Math.log(0.92 / 11.83), s: 1 },
  pair: { a: -6.29, s: 0.63 },
};

/** One table: sorted hashes and, per hash, the log rank in STEPS_PER_NAT steps. */
interface Table {
  hashes: Uint32Array;
  logRank: Uint8Array;
  /** The largest stored log rank: the rarest listed entry (unseen entries are rarer still). */
  maxLogRank: number;
}

/** An entry to compile: its key (already folded) and its weight (Σ 1/rank over the list forms that fold to it). */
export type WeightedKey = readonly [key: string, weight: number];

function compileTable(entries: Iterable<readonly [number, number]>): Table {
  const weightOf = new Map<number, number>();
  for (const [hash, weight] of entries) weightOf.set(hash, (weightOf.get(hash) ?? 0) + weight);
  const hashes = Uint32Array.from(weightOf.keys()).sort();
  const logRank = new Uint8Array(hashes.length);
  let maxLogRank = 0;
  hashes.forEach((h, i) => {
    const q = Math.min(255, Math.max(0, Math.round(-Math.log(weightOf.get(h)!) * STEPS_PER_NAT)));
    logRank[i] = q;
    if (q > maxLogRank) maxLogRank = q;
  });
  return { hashes, logRank, maxLogRank };
}

function find(table: Table, hash: number): number {
  const { hashes } = table;
  let lo = 0;
  let hi = hashes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = hashes[mid];
    if (v === hash) return mid;
    if (v < hash) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/** Per million: the share of running words a «،» follows, and a «.» (see ContextModel.markRate). */
interface MarkRates {
  comma: number;
  stop: number;
}

export class ContextModel {
  private constructor(
    private readonly words: Table,
    private readonly pairs: Table,
    private readonly rates: MarkRates,
  ) {}

  /**
   * Compiles weighted keys (see WeightedKey) into a model: tests, and the build. Words written with a mark glued
   * on count under their marked key (see markedKey) as well as their own; `rates` are the shares of words
   * followed by «،» and «.» (from fromRankedLists).
   */
  static compile(words: Iterable<WeightedKey>, pairs: Iterable<readonly [a: string, b: string, weight: number]>, rates: MarkRates = { comma: 0, stop: 0 }): ContextModel {
    const w = compileTable((function* () {
      for (const [key, weight] of words) if (key) yield [keyHash(key), weight] as const;
    })());
    const p = compileTable((function* () {
      for (const [a, b, weight] of pairs) if (a && b) yield [pairHash(a, b), weight] as const;
    })());
    return new ContextModel(w, p, rates);
  }

  /**
   * A model from plain ranked lists (most frequent first), folding each entry with contextKey and adding the
   * weights (1/rank) of entries that fold together: tests and the build use the same path. An entry with a mark
   * glued after the word («است.») also counts under the word's marked key, which tells how often the word is
   * followed by that mark.
   */
  static fromRankedLists(words: Iterable<string>, pairs: Iterable<string>): ContextModel {
    const wordWeights: [string, number][] = [];
    let rank = 0;
    let total = 0;
    const marked: Record<string, number> = {};
    for (const w of words) {
      const weight = 1 / ++rank;
      const key = contextKey(w);
      wordWeights.push([key, weight]);
      total += weight;
      const mark = key ? trailingMark(w) : undefined;
      if (mark) {
        wordWeights.push([markedKey(key, mark), weight]);
        marked[mark] = (marked[mark] ?? 0) + weight;
      }
    }
    const rates = { comma: Math.round((1e6 * (marked['،'] ?? 0)) / (total || 1)), stop: Math.round((1e6 * (marked['.'] ?? 0)) / (total || 1)) };
    const pairWeights: [string, string, number][] = [];
    rank = 0;
    for (const line of pairs) {
      rank++;
      const cut = line.indexOf(' ');
      if (cut <= 0) continue;
      pairWeights.push([contextKey(line.slice(0, cut)), contextKey(line.slice(cut + 1)), 1 / rank]);
    }
    return ContextModel.compile(wordWeights, pairWeights, rates);
  }

  static load(bytes: Uint8Array): ContextModel {
    // copy so the 32-bit arrays are aligned whatever the caller's buffer offset
    const buf = bytes.slice().buffer;
    if (buf.byteLength < HEADER_WORDS * 4) throw new Error('not a Dabir context model (too short)');
    const head = new Uint32Array(buf, 0, HEADER_WORDS);
    if (head[0] !== MAGIC || head[1] !== VERSION) throw new Error('not a Dabir context model (or an incompatible version)');
    const [, , wordCount, pairCount, wordMax, pairMax, comma, stop] = head;
    const expected = HEADER_WORDS * 4 + 5 * (wordCount + pairCount);
    if (buf.byteLength !== expected) throw new Error(`a damaged context model (${buf.byteLength} bytes, expected ${expected})`);
    let at = HEADER_WORDS * 4;
    const wordHashes = new Uint32Array(buf, at, wordCount);
    at += 4 * wordCount;
    const pairHashes = new Uint32Array(buf, at, pairCount);
    at += 4 * pairCount;
    const wordRanks = new Uint8Array(buf, at, wordCount);
    at += wordCount;
    const pairRanks = new Uint8Array(buf, at, pairCount);
    return new ContextModel(
      { hashes: wordHashes, logRank: wordRanks, maxLogRank: wordMax },
      { hashes: pairHashes, logRank: pairRanks, maxLogRank: pairMax },
      { comma, stop },
    );
  }

  serialize(): Uint8Array {
    const { words, pairs } = this;
    const out = new Uint8Array(HEADER_WORDS * 4 + 5 * (words.hashes.length + pairs.hashes.length));
    const { comma, stop } = this.rates;
    new Uint32Array(out.buffer, 0, HEADER_WORDS).set([MAGIC, VERSION, words.hashes.length, pairs.hashes.length, words.maxLogRank, pairs.maxLogRank, comma, stop]);
    let at = HEADER_WORDS * 4;
    for (const arr of [words.hashes, pairs.hashes, words.logRank, pairs.logRank]) {
      out.set(new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength), at);
      at += arr.byteLength;
    }
    return out;
  }

  get wordCount(): number {
    return this.words.hashes.length;
  }

  get pairCount(): number {
    return this.pairs.hashes.length;
  }

  /** ln P of a word (any spelling: folded here) in running text; undefined when the word list lacks it. */
  wordLogProb(word: string): number | undefined {
    return this.keyLogProb(contextKey(word));
  }

  /** wordLogProb for a key already folded with contextKey. */
  keyLogProb(key: string): number | undefined {
    const i = find(this.words, keyHash(key));
    return i < 0 ? undefined : ZIPF.word.a - (ZIPF.word.s * this.words.logRank[i]) / STEPS_PER_NAT;
  }

  /** ln P of the two (folded) keys side by side, among all adjacent pairs; undefined when the pair list lacks it. */
  pairLogProb(a: string, b: string): number | undefined {
    const i = find(this.pairs, pairHash(a, b));
    return i < 0 ? undefined : ZIPF.pair.a - (ZIPF.pair.s * this.pairs.logRank[i]) / STEPS_PER_NAT;
  }

  /**
   * ln of how much likelier mark `a` is than mark `b` right after the word («،» or «.» after «کرد»), from how often
   * running text writes the word with each glued on; a form the lists lack counts as rarer than any listed one.
   * Undefined when the lists know the word with neither mark.
   */
  markLogOdds(word: string, a: string, b: string): number | undefined {
    const key = contextKey(word);
    const rank = (mark: string) => {
      const i = find(this.words, keyHash(markedKey(key, mark)));
      return i < 0 ? undefined : this.words.logRank[i];
    };
    const [ra, rb] = [rank(a), rank(b)];
    if (ra === undefined && rb === undefined) return undefined;
    const unlisted = this.words.maxLogRank + STEPS_PER_NAT;
    return ((rb ?? unlisted) - (ra ?? unlisted)) / STEPS_PER_NAT;
  }

  /** The share of running words that «،» follows (`comma`) or «.» (`stop`), from the word list. */
  markRate(mark: 'comma' | 'stop'): number {
    return this.rates[mark] / 1e6;
  }

  /** ln P of the rarest listed word: an unlisted word is rarer than this. */
  get wordFloor(): number {
    return ZIPF.word.a - (ZIPF.word.s * this.words.maxLogRank) / STEPS_PER_NAT;
  }

  /** ln P of the rarest listed pair: an unlisted pair is rarer than this. */
  get pairFloor(): number {
    return ZIPF.pair.a - (ZIPF.pair.s * this.pairs.maxLogRank) / STEPS_PER_NAT;
  }
}
