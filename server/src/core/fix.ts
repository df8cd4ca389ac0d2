// Fix-all: the safe fixes of an analysis, applied until nothing safe is left. One safe fix can expose another
// («ن شست ه» → «نشست ه» → «نشسته», «تنش هاای» → «تنش های» → «تنش‌های»), so the text is analysed again after each
// pass, for a few passes at most. The result is given as edits of the ORIGINAL text: the characters no pass
// touched keep their place, and each edit covers only what the passes changed.
import type { Finding, Span } from './types';

/** A replacement of a span of a text. */
export interface Edit {
  span: Span;
  newText: string;
}

/** The most passes of fix-all: chains of damage are short, and each pass costs an analysis. */
export const MAX_FIX_PASSES = 4;

/** The first suggestions of the safe findings, in text order; where two overlap, the earlier one wins. */
export function safeEdits(findings: readonly Finding[]): Edit[] {
  const safe = findings.filter((f) => f.safe && f.suggestions.length > 0).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const edits: Edit[] = [];
  let lastEnd = -1;
  for (const f of safe) {
    if (f.span.start < lastEnd) continue;
    edits.push({ span: f.span, newText: f.suggestions[0] });
    lastEnd = Math.max(f.span.end, f.span.start + 1); // two insertions at one point would be ambiguous
  }
  return edits;
}

/**
 * A text being fixed in passes, with the original position of each of its characters (-1 for the characters the
 * passes wrote), so that the changes can be given back as edits of the original.
 */
export class FixedText {
  private cells: Int32Array;
  text: string;
  passes = 0;

  constructor(readonly original: string) {
    this.text = original;
    this.cells = Int32Array.from({ length: original.length }, (_, i) => i);
  }

  /** Applies one pass of edits (sorted, disjoint spans of the current text); false when they change nothing. */
  apply(edits: readonly Edit[]): boolean {
    const changes = edits.filter((e) => this.text.slice(e.span.start, e.span.end) !== e.newText);
    if (changes.length === 0) return false;
    let text = '';
    const cells: number[] = [];
    let at = 0;
    for (const e of changes) {
      text += this.text.slice(at, e.span.start) + e.newText;
      for (let k = at; k < e.span.start; k++) cells.push(this.cells[k]);
      for (let k = 0; k < e.newText.length; k++) cells.push(-1);
      at = e.span.end;
    }
    text += this.text.slice(at);
    for (let k = at; k < this.text.length; k++) cells.push(this.cells[k]);
    this.text = text;
    this.cells = Int32Array.from(cells);
    this.passes++;
    return true;
  }

  /** What the passes changed, as disjoint edits of the original text in order. */
  edits(): Edit[] {
    const { cells, original, text } = this;
    const out: Edit[] = [];
    let i = 0;
    let orig = 0;
    for (;;) {
      while (i < cells.length && cells[i] === orig) {
        i++;
        orig++;
      }
      if (i >= cells.length && orig >= original.length) break;
      const from = i;
      while (i < cells.length && cells[i] < 0) i++;
      const next = i < cells.length ? cells[i] : original.length;
      const newText = text.slice(from, i);
      if (newText !== original.slice(orig, next)) out.push({ span: { start: orig, end: next }, newText });
      orig = next;
    }
    return out;
  }
}

/** Fix-all of a text with a synchronous analysis: passes until no safe fix changes anything. */
export function fixAll(text: string, findingsOf: (text: string) => readonly Finding[], first?: readonly Finding[]): FixedText {
  const fixed = new FixedText(text);
  let findings = first ?? findingsOf(text);
  while (fixed.passes < MAX_FIX_PASSES && fixed.apply(safeEdits(findings)) && fixed.passes < MAX_FIX_PASSES) findings = findingsOf(fixed.text);
  return fixed;
}
