// Tokenising Persian text while keeping exact UTF-16 offsets into the original.
import { isArabicLetter, isArabicMark, isDigit, isLatinLetter, normalizeWord, TATWEEL, ZWJ, ZWNJ } from './persian';
import type { Span } from './types';
import { spend } from './work';

/**
 * `run`: an unbroken stretch of letters too long to be one word (see MAX_WORD_LENGTH): spaces lost over a whole
 * line, or pasted garbage. No check reads it as a word; the garbled check reports it without searching it.
 */
export type TokenKind = 'word' | 'latin' | 'number' | 'punct' | 'run';

/**
 * The longest token read as a word, in UTF-16 code units. Persian's longest words with their affixes and
 * half-spaces (غیرقابل‌پیش‌بینی‌ترین‌هایشان) stay well below it; every per-word search costs at most a bounded
 * amount because of it, so the analysis stays linear in the text whatever its shape.
 */
export const MAX_WORD_LENGTH = 40;

export interface Token extends Span {
  kind: TokenKind;
  /** The text exactly as written. */
  text: string;
  /** For words and runs: normalizeWord(text). For other kinds: the text. */
  norm: string;
  /** Index of this token in the token array. */
  index: number;
  /** True when nothing (no whitespace) separates this token from the previous one. */
  glued: boolean;
  /** True when a line break lies between the previous token and this one. */
  newlineBefore: boolean;
}

function isWordChar(ch: string): boolean {
  return isArabicLetter(ch) || isArabicMark(ch) || ch === TATWEEL || ch === ZWJ;
}

const NUMBER_INNER = new Set(['.', ',', '/', '٫', '٬', ':']);

/** Splits text into words (Arabic script, with inner ZWNJ), Latin words, numbers and single punctuation marks. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let lastEnd = 0;
  const n = text.length;
  const push = (kind: TokenKind, start: number, end: number) => {
    spend(1 + start - lastEnd);
    const raw = text.slice(start, end);
    const gap = text.slice(lastEnd, start);
    tokens.push({
      kind,
      start,
      end,
      text: raw,
      norm: kind === 'word' || kind === 'run' ? normalizeWord(raw) : raw,
      index: tokens.length,
      glued: tokens.length > 0 && start === lastEnd,
      newlineBefore: /[\n\r\u2028\u2029]/.test(gap),
    });
    lastEnd = end;
  };
  while (i < n) {
    const ch = text[i];
    if (isWordChar(ch)) {
      let j = i + 1;
      while (j < n) {
        const c = text[j];
        if (isWordChar(c)) j++;
        else if (c === ZWNJ && j + 1 < n && isWordChar(text[j + 1])) j++;
        else break;
      }
      push(j - i > MAX_WORD_LENGTH ? 'run' : 'word', i, j);
      i = j;
    } else if (isDigit(ch)) {
      let j = i + 1;
      while (j < n && (isDigit(text[j]) || (NUMBER_INNER.has(text[j]) && j + 1 < n && isDigit(text[j + 1])))) j++;
      push('number', i, j);
      i = j;
    } else if (isLatinLetter(ch)) {
      let j = i + 1;
      while (j < n && (isLatinLetter(text[j]) || /[0-9'’-]/.test(text[j]) && j + 1 < n && isLatinLetter(text[j + 1]))) j++;
      push(j - i > MAX_WORD_LENGTH ? 'run' : 'latin', i, j);
      i = j;
    } else if (/\s/.test(ch) || ch === ZWNJ || ch === '\u200e' || ch === '\u200f' || ch === '\ufeff') {
      i++;
    } else {
      // one punctuation mark or symbol; keep surrogate pairs whole
      const cp = text.codePointAt(i)!;
      const len = cp > 0xffff ? 2 : 1;
      push('punct', i, i + len);
      i += len;
    }
  }
  return tokens;
}

/** Sentence boundaries: after . ! ? ؟ … and at blank lines / line breaks. Returns spans over token indices. */
export interface Sentence extends Span {
  /** Index of the first token. */
  first: number;
  /** Index one past the last token. */
  last: number;
}

const SENTENCE_END = new Set(['.', '!', '?', '؟', '…']);

export function splitSentences(tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  const close = (last: number) => {
    if (last > first) out.push({ first, last, start: tokens[first].start, end: tokens[last - 1].end });
    first = last;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (i > first && tokens[i].newlineBefore) close(i);
    if (tokens[i].kind === 'punct' && SENTENCE_END.has(tokens[i].text)) close(i + 1);
  }
  close(tokens.length);
  return out;
}

/** True when the text contains at least `min` Arabic-script letters (used to decide whether to check a file). */
export function hasPersian(text: string, min = 1): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isArabicLetter(text[i]) && ++count >= min) return true;
  return false;
}
