// Overlap queries over a fixed set of spans in O(log n) each: sorted by start, with the furthest end of every
// prefix, a span overlaps some member exactly when the members starting before its end reach past its start.
import type { Span } from './types';

export class SpanIndex {
  private readonly starts: number[] = [];
  private readonly maxEnd: number[] = [];

  constructor(spans: Iterable<Span>) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    for (const s of sorted) {
      this.starts.push(s.start);
      this.maxEnd.push(Math.max(s.end, this.maxEnd.at(-1) ?? -Infinity));
    }
  }

  /** True when the span shares at least one character with a member. */
  overlaps(span: Span): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < span.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEnd[lo - 1] > span.start;
  }
}
