// How well a word fits running text and its neighbours, from the context model (model.ts): the questions the
// ranking and the real-word check ask, answered in nats (natural-log units), each answer remembered.
import { Tier } from '../lexicon';
import { contextKey } from './keys';
import type { ContextModel } from './model';

/**
 * How much rarer than the rarest listed word an unlisted one is taken to be, by lexicon tier: a headword the
 * lists lack is a rare word, a form only the affix expansion vouches for (پاکند = پاک + ند) rarer still.
 */
const UNLISTED: Record<number, number> = {
  [Tier.base]: 0.5,
  [Tier.inflected]: 1,
  [Tier.rare]: 2.5,
  [Tier.noSuggest]: 2.5,
};

/** An unlisted pair is taken to be this much rarer than the bound its absence sets (see pairSurprise). */
const UNSEEN_PAIR_MARGIN = 1;

export class Fit {
  private readonly wordCache = new Map<string, number | undefined>();
  private readonly keyCache = new Map<string, string>();

  constructor(readonly model: ContextModel) {}

  /** The folded key of a word (remembered: the ranking asks about the same candidates many times). */
  key(word: string): string {
    let k = this.keyCache.get(word);
    if (k === undefined) {
      if (this.keyCache.size > 50_000) this.keyCache.clear();
      this.keyCache.set(word, (k = contextKey(word)));
    }
    return k;
  }

  /** ln P of the word in running text, undefined when the word list lacks it. */
  listed(word: string): number | undefined {
    if (this.wordCache.has(word)) return this.wordCache.get(word);
    if (this.wordCache.size > 50_000) this.wordCache.clear();
    const p = this.model.keyLogProb(this.key(word));
    this.wordCache.set(word, p);
    return p;
  }

  /** ln P of the word, an unlisted word estimated below the rarest listed one by its lexicon tier. */
  logProb(word: string, tier: number = Tier.base): number {
    return this.listed(word) ?? this.model.wordFloor - (UNLISTED[tier] ?? UNLISTED[Tier.rare]);
  }

  /**
   * Pointwise mutual information of a and b side by side: ln P(a b) − ln P(a) − ln P(b), how much likelier the
   * pair is than the two words apart. An unlisted pair is evidence only against words common enough that their
   * pair would have been listed: its ln P is bounded by the rarest listed pair's, so its PMI is at most that
   * bound less the words' ln P, and never above zero.
   */
  pmi(a: string, b: string, tierA: number = Tier.base, tierB: number = Tier.base): number {
    const pa = this.logProb(a, tierA);
    const pb = this.logProb(b, tierB);
    const pair = this.model.pairLogProb(this.key(a), this.key(b));
    if (pair !== undefined) return pair - pa - pb;
    return Math.min(0, this.model.pairFloor - UNSEEN_PAIR_MARGIN - pa - pb);
  }

  /** True when the lists hold the pair a b. */
  seenPair(a: string, b: string): boolean {
    return this.model.pairLogProb(this.key(a), this.key(b)) !== undefined;
  }
}
