// Duplicated text: a word or short phrase typed twice in a row («دیدار دیدار»), and a sentence or long
// passage pasted again further on. Both are compared on normalised units, so ZWNJ/space variants
// («سال‌های» / «سال های»), Arabic letter forms, diacritics and digit scripts do not hide a repeat.
import type { Check, CheckContext } from '../analyze';
import { ZWNJ } from '../persian';
import { SpanIndex } from '../spans';
import { spend } from '../work';
import type { Token } from '../text';
import type { Finding, Localized, Span } from '../types';

/**
 * One comparable piece of text. A word written with ZWNJ gives one unit per part, so that
 * «سال‌های» and «سال های» compare equal. Punctuation marks are units too (kept for adjacency).
 */
interface Unit {
  key: string;
  token: number;
  /** First / last unit of its token: copies may only start / end on token boundaries. */
  first: boolean;
  last: boolean;
  punct: boolean;
}

/** Longest adjacent repeat looked for, in units («در این در این» is 2). Longer ones are found as passages. */
const MAX_ADJACENT = 8;
/** A passage repeated elsewhere is reported when it spans at least this many word units… */
const MIN_PASSAGE = 60;
/** …or when it covers whole sentences of at least this many words (see isSentenceSized). */
const MIN_SENTENCE = 4;
/**
 * News pages print the headline again over the body, and the lead often opens by restating it. A copy of the first
 * line, or of a sentence of it, found within the first TOP_LINES lines is that layout, not a paste error.
 */
const TOP_LINES = 3;
/** Shingle size for finding candidate passages; must not exceed MIN_SENTENCE. */
const SHINGLE = 4;
/** Earlier occurrences of a shingle kept as candidates (bounds the work on highly repetitive text). */
const MAX_CANDIDATES = 8;

/**
 * Words that Persian legitimately doubles: reduplicated adverbs and distributives (کم کم، تک تک، دسته دسته),
 * onomatopoeia (تق تق) and emphatic doubling (خیلی خیلی). Written joined (کم‌کم) they are one token and are
 * never compared; written with a space they are checked against this list.
 */
const REDUPLICATION = new Set(
  (
    'کم آرام آهسته یواش ریز درشت تک تکه دسته گروه جوق فوج قطره ذره لحظه دم گاه جا رنگ پاره لایه ' +
    'چند یکی دوتا بسته ورق برگ تیکه خرد خورد خرده پله موج شاخه رشته حلقه کپه کومه مشت رفته دانه قدم ' +
    'گوشه جور واژه کلمه نفس تند زود بلند داغ ' +
    'خیلی بسیار نه بله آره آری چه آفرین مرگ برد منم هزار ' +
    'لک تق تیک هق قه ها هه هاها جیک واق بع میو ویز وز خش خس فس هن نق غر پچ زق تاپ تلق شر چک ' +
    // nursery words, and letters spelt out in names and units (بی بی سی، سی ان ان، ۲۵۰۰ سی سی)
    'بی نی دد ماما بابا پاپا ان سی'
  ).split(/\s+/).filter(Boolean),
);

function unitKey(t: Token, part: string): string {
  if (t.kind === 'number') return toAsciiDigits(part);
  if (t.kind === 'latin') return part.toLowerCase();
  return part;
}

function toAsciiDigits(s: string): string {
  return s.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}

function buildUnits(tokens: Token[]): Unit[] {
  const units: Unit[] = [];
  for (const t of tokens) {
    const parts = t.kind === 'word' ? t.norm.split(ZWNJ).filter(Boolean) : [t.norm];
    if (parts.length === 0) continue;
    parts.forEach((p, k) =>
      units.push({ key: unitKey(t, p), token: t.index, first: k === 0, last: k === parts.length - 1, punct: t.kind === 'punct' }),
    );
  }
  return units;
}

/** The span covering tokens [a..b] inclusive, extended back over the whitespace before it. */
function copySpan(tokens: Token[], a: number, b: number): Span {
  const start = a > 0 ? tokens[a - 1].end : tokens[a].start;
  return { start, end: tokens[b].end };
}

/**
 * The span to delete for a copy standing on its own: with the whitespace before it, unless text follows it on
 * the same line (a copy opening a line), where the whitespace after it goes instead, so lines stay apart.
 */
function passageSpan(tokens: Token[], a: number, b: number): Span {
  const next = tokens[b + 1];
  if (a > 0 && tokens[a].newlineBefore && next && !next.newlineBefore) return { start: tokens[a].start, end: next.start };
  return copySpan(tokens, a, b);
}

function tokenSpan(tokens: Token[], a: number, b: number): Span {
  return { start: tokens[a].start, end: tokens[b].end };
}

function finding(code: string, span: Span, related: Span, message: Localized, relatedMessage: Localized): Finding {
  return {
    check: 'duplicate',
    code,
    severity: 'warning',
    span,
    message,
    suggestions: [''],
    related: [{ span: related, message: relatedMessage }],
    safe: false,
  };
}

function sameUnits(units: Unit[], a: number, b: number, length: number): boolean {
  spend(length);
  for (let k = 0; k < length; k++) if (units[a + k].key !== units[b + k].key) return false;
  return true;
}

/**
 * «دیدار دیدار», «در این در این»: a copy immediately following the first on the same line, separated from it
 * by whitespace only. Each copy holds a word, number or Latin word and starts and ends on token boundaries.
 */
function adjacentRepeats(ctx: CheckContext, units: Unit[]): Finding[] {
  const { tokens } = ctx;
  const lineStart = lineStarts(tokens);
  const out: Finding[] = [];
  let i = 0;
  while (i < units.length) {
    const found = units[i].first ? adjacentPeriod(tokens, units, i, lineStart) : 0;
    if (!found) {
      i++;
      continue;
    }
    const firstToken = units[i].token;
    const copyToken = units[i + found].token;
    const first = tokenSpan(tokens, firstToken, units[i + found - 1].token);
    const copy = copySpan(tokens, copyToken, units[i + 2 * found - 1].token);
    const text = ctx.text.slice(tokens[copyToken].start, copy.end);
    // a word when each copy is a single token («سال‌های سال های» is a phrase)
    const isWord = found === 1 || (copyToken === firstToken + 1 && units[i + 2 * found - 1].token === copyToken);
    out.push(
      finding(
        isWord ? 'duplicate/repeated-word' : 'duplicate/repeated-phrase',
        copy,
        first,
        isWord
          ? { fa: `واژهٔ «${text}» دو بار پشت سر هم آمده است.`, en: `The word “${text}” is repeated.` }
          : { fa: `عبارت «${text}» دو بار پشت سر هم آمده است.`, en: `The phrase “${text}” is repeated.` },
        { fa: 'نسخهٔ نخست', en: 'first copy' },
      ),
    );
    // a run «X X X» is reported copy by copy
    i += found;
  }
  return out;
}

/** Length in units of the shortest phrase starting at unit i that is repeated right after itself, or 0. */
function adjacentPeriod(tokens: Token[], units: Unit[], i: number, lineStart: Int32Array): number {
  let hasWord = false;
  // shortest period first: «که که که» is a doubled word, not a doubled two-word phrase
  for (let len = 1; len <= MAX_ADJACENT && i + 2 * len <= units.length; len++) {
    hasWord ||= !units[i + len - 1].punct;
    const end1 = units[i + len - 1];
    const start2 = units[i + len];
    const end2 = units[i + 2 * len - 1];
    if (!hasWord || !end1.last || !start2.first || !end2.last) continue;
    const second = tokens[start2.token];
    if (second.glued || breaksLine(tokens, start2.token, end2.token)) continue;
    if (!sameUnits(units, i, i + len, len)) continue;
    if (isLegitimateDoubling(units.slice(i, i + len)) || isLaidOut(tokens, units, i, len, lineStart)) continue;
    return len;
  }
  return 0;
}

/**
 * Doublings made by the page rather than the writer: a surname written apart after a first name, a list item's
 * title or a section label glued to a paragraph that opens with it, equal columns of a table row.
 */
function isLaidOut(tokens: Token[], units: Unit[], i: number, len: number, lineStart: Int32Array): boolean {
  const first = units[i].token;
  return (
    continuesAsName(tokens, units[i + 2 * len - 1].token) ||
    isListHeading(tokens, first, lineStart) ||
    opensDateline(tokens, first) ||
    isTableColumns(tokens, units, i, len)
  );
}

/** True when a line break falls anywhere inside tokens a..b (a copy must stay on the line of the first). */
function breaksLine(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (tokens[k].newlineBefore) return true;
  return false;
}

/** Endings of Persian surnames, often written apart: «علی علی پور» is «علی علی‌پور», «حسن حسن زاده». */
const SURNAME_ENDINGS = new Set(['پور', 'زاده', 'نژاد', 'وند', 'زادگان']);

function continuesAsName(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next !== undefined && next.kind === 'word' && !next.newlineBefore && SURNAME_ENDINGS.has(next.norm);
}

/**
 * «۷. چای سبز چای سبز سرشار از …»: a numbered or bulleted item whose title is glued to a paragraph that opens with
 * the same words. Only the list marker may stand before the first copy on its line.
 */
function isListHeading(tokens: Token[], first: number, lineStart: Int32Array): boolean {
  // (only a short marker can stand before the copy: a long line is no list item, and is never copied out)
  const start = lineStart[first];
  if (first - start > LIST_MARKER_TOKENS) return false;
  spend(first - start);
  const marker = tokens.slice(start, first);
  const numbers = marker.filter((t) => t.kind === 'number').length;
  return (
    marker.length > 0 &&
    marker.every((t) => t.kind === 'number' || t.kind === 'punct') &&
    (numbers === 1 || (numbers === 0 && marker.some((t) => LIST_BULLETS.has(t.text))))
  );
}

/**
 * «اقتصاد اقتصاد ایران - همشهری آنلاین: …»: a section label glued to a dateline that opens with the same word.
 * The first copy opens the line, and the line soon reads «… - agency:».
 */
function opensDateline(tokens: Token[], first: number): boolean {
  if (first > 0 && !tokens[first].newlineBefore) return false;
  for (let k = first + 1; k < tokens.length && k <= first + DATELINE_REACH && !tokens[k].newlineBefore; k++) {
    if (!DASHES.has(tokens[k].text)) continue;
    for (let m = k + 1; m < tokens.length && m <= k + 5 && !tokens[m].newlineBefore; m++) if (tokens[m].text === ':') return true;
  }
  return false;
}

/** How far into its line, in tokens, a dateline's dash may stand. */
const DATELINE_REACH = 8;
const DASHES = new Set(['-', '–', '—']);

const LIST_BULLETS = new Set(['*', '-', '•', '–', '▪']);
/** The most tokens a list item's marker holds («۱۲.», «- ۳)», «•»). */
const LIST_MARKER_TOKENS = 6;

/**
 * «تیبا ۲۴ میلیون تومان ۲۴ میلیون تومان»: a price or figure closing a line twice is a table row whose columns
 * (factory and market price, before and after) happen to agree.
 */
function isTableColumns(tokens: Token[], units: Unit[], i: number, len: number): boolean {
  if (len < 2 || tokens[units[i].token].kind !== 'number') return false;
  const next = tokens[units[i + 2 * len - 1].token + 1];
  return next === undefined || next.newlineBefore;
}

/** True for doublings that Persian uses on purpose, given the units of the first copy. */
function isLegitimateDoubling(copy: Unit[]): boolean {
  const content = copy.filter((u) => !u.punct);
  if (content.length === 1) {
    const word = content[0].key;
    // a lone digit is more often a list, a score or a version number than a slip («۰ ۰», «۶. ۶.»),
    // and so is a bare letter of an abbreviation; «(ص) (ص)» is a slip
    if (word.length === 1) return /\d/.test(word) || content.length === copy.length;
    // a number with its separator repeated is a time, date or score «۱۰: ۱۰: ۰۴», «۱۱. ۱۱.»
    if (/^\d+$/.test(word) && copy.length > 1) return true;
    return REDUPLICATION.has(word);
  }
  // «همه و همه و …», «بارها و بارها و …»: an emphatic pair followed by a further conjunct
  return content.length === 2 && content[1].key === 'و' && EMPHATIC_PAIR.has(content[0].key);
}

const EMPHATIC_PAIR = new Set(['همه', 'بارها', 'بار']);

/**
 * Passages pasted again further on. Word units (punctuation ignored) are hashed in shingles of SHINGLE;
 * at each position the earlier occurrences of its shingle are extended as far as the texts agree, and the
 * longest match wins. A reported run is skipped over, so a pasted block of many sentences is one finding.
 */
function repeatedPassages(ctx: CheckContext, units: Unit[]): Finding[] {
  const { tokens } = ctx;
  const words = units.filter((u) => !u.punct);
  const n = words.length;
  const sentences = indexSentences(ctx, words);
  const lineOf = lineNumbers(tokens);
  const headlineEnd = words.findIndex((u) => lineOf[u.token] > 0);
  const isLayoutRepeat = (run: Run) =>
    run.from + run.length <= headlineEnd && lineOf[words[run.at + run.length - 1].token] < TOP_LINES;

  const seen = new Map<string, number[]>();
  const shingle = (i: number) => {
    let key = words[i].key;
    for (let k = 1; k < SHINGLE; k++) key += ' ' + words[i + k].key;
    return key;
  };
  const remember = (i: number, key: string) => {
    const list = seen.get(key);
    if (!list) seen.set(key, [i]);
    else if (list.length < MAX_CANDIDATES) list.push(i);
  };

  const runs: Run[] = [];
  let i = 0;
  while (i + SHINGLE <= n) {
    const key = shingle(i);
    // the earlier occurrence giving the longest reportable copy: the same words may also stand inside a longer
    // sentence before the one actually copied
    let match: Run | null = null;
    let run: Run | null = null;
    for (const j of seen.get(key) ?? []) {
      let len = 0;
      // the copy may not overlap its original
      while (i + len < n && j + len < i && words[j + len].key === words[i + len].key) len++;
      spend(len + 1);
      const candidate = len >= SHINGLE ? trimToTokens(words, i, j, len) : null;
      const part = candidate && reportablePart(candidate, sentences, words, tokens);
      if (part && (!run || part.length > run.length)) {
        match = candidate;
        run = part;
      }
    }
    remember(i, key);
    if (match && run) {
      if (!isLayoutRepeat(run) && !isRestatement(match, run)) runs.push(run);
      // the positions inside the copy still serve as earlier occurrences for later copies
      for (let k = i + 1; k < run.at + run.length && k + SHINGLE <= n; k++) remember(k, shingle(k));
      i = run.at + run.length;
    } else {
      i++;
    }
  }

  const out: Finding[] = [];
  for (const run of runs) {
    const found = passageFinding(ctx, words, run);
    if (isQuotation(ctx.text, found.span, found.related![0].span)) continue;
    const previous = out[out.length - 1];
    // copies pasted one after another (of different originals) form one block to delete
    if (previous && !/\S/.test(ctx.text.slice(previous.span.end, found.span.start))) out[out.length - 1] = mergePassages(previous, found);
    else out.push(found);
  }
  return out;
}

/**
 * Whole sentences matched as the tail of a longer stretch that began before them: the same quotation given again
 * after a second attribution («… گفت: «X» … تأکید کرد: «X»»), or a summary («چکیده: X») restated as the body
 * opens. A pasted copy starts with the sentence it copies, not part-way into a longer repeat.
 */
function isRestatement(match: Run, reported: Run): boolean {
  return reported.length < MIN_PASSAGE && reported.at - match.at >= SHINGLE;
}

const CLOSING: Record<string, string> = { '»': '«', ']': '[', ')': '(', '”': '“' };

/**
 * A copy that the writer closes in quotation marks or brackets right where it ends, while the original is not, is
 * quoted on purpose: a verse or slogan cited again, a linked title «[…]».
 */
function isQuotation(text: string, copy: Span, original: Span): boolean {
  const closer = (end: number) => /^[\s.،:؛!؟]*([»\])”])/.exec(text.slice(end, end + 8))?.[1];
  const mark = closer(copy.end);
  if (!mark || closer(original.end) === mark) return false;
  // the matching opener stands before the copy, at most a line or so back
  const before = text.slice(Math.max(0, copy.start - 300), copy.start + 1);
  return before.lastIndexOf(CLOSING[mark]) > before.lastIndexOf(mark);
}

function mergePassages(a: Finding, b: Finding): Finding {
  return {
    ...a,
    span: { start: a.span.start, end: b.span.end },
    message: {
      fa: 'این بخش پیش‌تر در متن آمده است.',
      en: 'This passage already appears earlier in the text.',
    },
    related: [...(a.related ?? []), ...(b.related ?? [])],
  };
}

interface Run {
  /** Word-unit index of the copy. */
  at: number;
  /** Word-unit index of the original. */
  from: number;
  length: number;
}

/** Shrinks a match so that both copies start and end on whole tokens. */
function trimToTokens(words: Unit[], at: number, from: number, length: number): Run | null {
  let s = 0;
  let e = length;
  while (s < e && !(words[at + s].first && words[from + s].first)) s++;
  while (e > s && !(words[at + e - 1].last && words[from + e - 1].last)) e--;
  return e - s >= SHINGLE ? { at: at + s, from: from + s, length: e - s } : null;
}

/**
 * The part of a matched run worth reporting: the whole sentences (or lines) it covers, when they are whole
 * sentences in the original too and are sentence-sized; otherwise the whole run when it is very long. A shorter or
 * partial match is ordinary repetition in news (officials' titles, the lead restating the headline) and is not
 * reported.
 */
function reportablePart(run: Run, sentences: SentenceIndex, words: Unit[], tokens: Token[]): Run | null {
  const end = run.at + run.length;
  let from = run.at;
  while (from < end && !(startsSentence(sentences, words, from) && startsSentence(sentences, words, run.from + (from - run.at)))) from++;
  let to = end;
  while (to > from && !(endsSentence(sentences, words, to - 1) && endsSentence(sentences, words, run.from + (to - 1 - run.at)))) to--;
  if (isSentenceSized(tokens, words, from, to)) return { at: from, from: run.from + (from - run.at), length: to - from };
  return run.length >= MIN_PASSAGE ? run : null;
}

/**
 * Enough words, counting only whole words (the letters of «پ.ی.د» split at their dots are not sentences). A
 * sentence of just MIN_SENTENCE words must end with a full stop, «!» or «؟»: a short line without one is a title,
 * a name or an entry of a list or table, which news repeats on purpose.
 */
function isSentenceSized(tokens: Token[], words: Unit[], from: number, to: number): boolean {
  let count = 0;
  for (let k = from; k < to; k++) if (words[k].key.length > 1 || tokens[words[k].token].kind === 'number') count++;
  if (count !== MIN_SENTENCE) return count > MIN_SENTENCE;
  const next = tokens[words[to - 1].token + 1];
  return next !== undefined && next.glued && SENTENCE_END.has(next.text);
}

const SENTENCE_END = new Set(['.', '!', '؟', '?', '…']);

const startsSentence = (s: SentenceIndex, words: Unit[], k: number) => s.firstWord[s.of[words[k].token]] === k;
const endsSentence = (s: SentenceIndex, words: Unit[], k: number) => s.lastWord[s.of[words[k].token]] === k;

/** The index of the first token on each token's line. */
function lineStarts(tokens: Token[]): Int32Array {
  const out = new Int32Array(tokens.length);
  tokens.forEach((t, k) => (out[k] = k > 0 && !t.newlineBefore ? out[k - 1] : k));
  return out;
}

/** The line of each token, counting only lines that hold tokens. */
function lineNumbers(tokens: Token[]): Int32Array {
  const out = new Int32Array(tokens.length);
  let line = 0;
  tokens.forEach((t, k) => {
    if (t.newlineBefore && k > 0) line++;
    out[k] = line;
  });
  return out;
}

/** Which sentence each token is in, and the first and last word unit of each sentence. */
interface SentenceIndex {
  of: Int32Array;
  firstWord: Int32Array;
  lastWord: Int32Array;
}

function indexSentences(ctx: CheckContext, words: Unit[]): SentenceIndex {
  const of = new Int32Array(ctx.tokens.length);
  ctx.sentences.forEach((s, k) => of.fill(k, s.first, s.last));
  const firstWord = new Int32Array(ctx.sentences.length).fill(-1);
  const lastWord = new Int32Array(ctx.sentences.length).fill(-1);
  words.forEach((u, k) => {
    const s = of[u.token];
    if (firstWord[s] < 0) firstWord[s] = k;
    lastWord[s] = k;
  });
  return { of, firstWord, lastWord };
}

const OPENING = new Set(['«', '(', '[', '"', "'", '“']);

function sameGluedPunct(copy: Token, original: Token): boolean {
  return copy.kind === 'punct' && copy.glued && original.kind === copy.kind && original.glued && original.text === copy.text;
}

function passageFinding(ctx: CheckContext, words: Unit[], run: Run): Finding {
  const { tokens } = ctx;
  let a = words[run.at].token;
  let b = words[run.at + run.length - 1].token;
  let oa = words[run.from].token;
  let ob = words[run.from + run.length - 1].token;
  // take along the punctuation glued to the copy («.», «؟», «»») when the original has the same
  while (b + 1 < tokens.length && ob + 1 < a && sameGluedPunct(tokens[b + 1], tokens[ob + 1])) {
    b++;
    ob++;
  }
  // and an opening quote or bracket glued to its first word
  while (a - 1 > ob && oa > 0 && OPENING.has(tokens[a - 1].text) && tokens[a].glued && tokens[oa].glued && tokens[oa - 1].text === tokens[a - 1].text) {
    a--;
    oa--;
  }
  const wordCount = run.length;
  return finding(
    'duplicate/repeated-sentence',
    passageSpan(tokens, a, b),
    tokenSpan(tokens, oa, ob),
    {
      fa: `این بخش (${wordCount} واژه) پیش‌تر در متن آمده است.`,
      en: `This passage (${wordCount} words) already appears earlier in the text.`,
    },
    { fa: 'نخستین بار اینجا آمده است', en: 'first occurrence' },
  );
}

export const duplicateCheck: Check = {
  id: 'duplicate',
  run(ctx) {
    const units = buildUnits(ctx.tokens);
    const adjacent = adjacentRepeats(ctx, units);
    const repeats = new SpanIndex(adjacent.map((a) => a.span));
    const passages = repeatedPassages(ctx, units).filter((p) => !repeats.overlaps(p.span));
    return [...adjacent, ...passages].sort((x, y) => x.span.start - y.span.start);
  },
};
