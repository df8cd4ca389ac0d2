// Work counters: the elementary steps an analysis takes, counted in the primitives every stage is built from
// (tokenising, word normalisation, lexicon walks, the candidate search, name comparisons, copy matching).
// The tests feed inputs of growing size and every awkward shape (one endless token, a run of marks, a sentence
// pasted thousands of times, a flood of distinct unknown words) and assert that the count grows linearly; a
// counter, unlike a timer, gives the same answer on every machine. Counting costs one addition per step.
//
// The per-document search budget lives here too: the candidate search is the one stage whose cost per word is
// large, so a document may spend at most a fixed allowance per character of its text on it; the words past it
// are still reported, with a message saying their suggestions were skipped.

/** Steps counted since the process started. Read it before and after an analysis; never reset it. */
export const work = { steps: 0 };

/** Counts `n` elementary steps. */
export function spend(n: number): void {
  work.steps += n;
}

/** Search steps a document may spend per character of its text, on top of SEARCH_BASE. */
export const SEARCH_STEPS_PER_CHAR = 80;
/** Search steps every document may spend, however short. */
export const SEARCH_BASE = 3_000_000;

/** How many search steps a document may spend: `base` plus `perChar` per character (defaults above). */
export interface SearchAllowance {
  base?: number;
  perChar?: number;
}

/** What an analysis may still spend on candidate searches. */
export class SearchBudget {
  private remaining: number;
  /** Searches refused because the budget was spent. */
  skipped = 0;

  constructor(textLength: number, allowance: SearchAllowance = {}) {
    this.remaining = (allowance.base ?? SEARCH_BASE) + (allowance.perChar ?? SEARCH_STEPS_PER_CHAR) * textLength;
  }

  /** True while searches may still run. */
  get open(): boolean {
    return this.remaining > 0;
  }

  charge(steps: number): void {
    this.remaining -= steps;
  }
}
