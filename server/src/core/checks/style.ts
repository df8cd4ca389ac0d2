// Style: Arabic letter forms in Persian text (ي ك ى ە, Arabic-Indic digits) and a missing half-space
// (ZWNJ) where the lexicon knows the joined form («نشست های» → «نشست‌های»). Information level only:
// the text is readable as it is. A rewrite is offered only when the lexicon knows its result.
import type { Check, CheckContext } from '../analyze';
import { NON_JOINING, ZWNJ } from '../persian';
import type { Token } from '../text';
import type { Finding, Localized, Span } from '../types';

/** Arabic letters with a distinct Persian form. ۀ (heh with hamza) is Persian and stays. */
const ARABIC_TO_PERSIAN: Record<string, string> = {
  '\u064a': 'ی', // ي
  '\u0649': 'ی', // ى
  '\u0643': 'ک', // ك
  '\u06d5': 'ه', // ە
};

const ARABIC_LETTERS = new RegExp(`[${Object.keys(ARABIC_TO_PERSIAN).join('')}]`, 'g');
const ARABIC_DIGITS = /[\u0660-\u0669]/g;

/** The text with Arabic letter forms and Arabic-Indic digits replaced by the Persian ones. */
export function toPersianForms(text: string): string {
  return text
    .replace(ARABIC_LETTERS, (ch) => ARABIC_TO_PERSIAN[ch])
    .replace(ARABIC_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0x0660 + 0x06f0));
}

/** Verb prefixes written apart from the verb: «می شود» → «می‌شود». */
const VERB_PREFIXES = new Set(['می', 'نمی']);

/**
 * Suffixes written apart from their word: «سال های» → «سال‌های», «بزرگ ترین» → «بزرگ‌ترین», «خانه ای» → «خانه‌ای».
 * The plural ها with its further endings (های، هایی، هایش، هایشان …) is recognised by its start.
 */
const SUFFIXES = new Set(['تر', 'ترین', 'تری', 'ترها', 'ام', 'ای', 'ایم', 'اید', 'اند']);
const isSuffix = (word: string) => word.startsWith('ها') || SUFFIXES.has(word);

function styleFinding(code: string, span: Span, suggestion: string, message: Localized): Finding {
  return { check: 'style', code, severity: 'information', span, message, suggestions: [suggestion], safe: true };
}

/** The ways to join two pieces, preferred first: nothing after a non-joining letter, else ZWNJ. */
function joinings(left: string, right: string): string[] {
  const last = left[left.length - 1];
  const joined = [left + ZWNJ + right];
  if (NON_JOINING.has(last)) joined.unshift(left + right);
  return joined;
}

/** The first joined form the lexicon knows, or undefined. */
function knownJoin(ctx: CheckContext, left: string, right: string): string | undefined {
  return joinings(left, right).find((j) => ctx.knows(j));
}

/** True when only spaces (or a stray ZWNJ) separate the two tokens, on one line. */
function separatedBySpace(ctx: CheckContext, a: Token, b: Token): boolean {
  if (b.glued || b.newlineBefore) return false;
  return /^[ \u00a0\u200c]+$/.test(ctx.text.slice(a.end, b.start));
}

/**
 * The joined form of two words, or undefined. Prefixes and suffixes are joined whenever the lexicon knows the
 * result («کشور ها» → «کشورها», «سال های» → «سال‌های»). Other compounds («بین المللی») only with a half-space and
 * only when one half is not a word by itself, so that two words that also make sense apart («به روز»,
 * «در آمد») are left alone, and two words never fuse into a different word («اما نهایی» ≠ «امانهایی»). Names are
 * left to the name check.
 */
function joinedForm(ctx: CheckContext, a: Token, b: Token): string | undefined {
  if (VERB_PREFIXES.has(a.norm) || isSuffix(b.norm)) return knownJoin(ctx, a.norm, b.norm);
  if (ctx.knows(a.norm) && ctx.knows(b.norm)) return undefined;
  // how a name is spelt («علی اف», «قره باغ») is the name check's business
  if (isNamePart(ctx, a) || isNamePart(ctx, b)) return undefined;
  const joined = a.norm + ZWNJ + b.norm;
  return ctx.knows(joined) ? joined : undefined;
}

function isNamePart(ctx: CheckContext, t: Token): boolean {
  const kind = ctx.entityOfToken.get(t.index)?.kind;
  return kind !== undefined && kind !== 'other';
}

function missingZwnjBetween(ctx: CheckContext, a: Token, b: Token): Finding | undefined {
  if (a.kind !== 'word' || b.kind !== 'word' || !a.norm || !b.norm || !separatedBySpace(ctx, a, b)) return undefined;
  const known = joinedForm(ctx, a, b);
  if (!known) return undefined;
  const glue = known.length === a.norm.length + b.norm.length ? '' : ZWNJ;
  const replacement = toPersianForms(a.text + glue + b.text);
  return styleFinding('style/missing-zwnj', { start: a.start, end: b.end }, replacement, {
    fa: `«${a.text} ${b.text}» با نیم‌فاصله نوشته می‌شود: «${replacement}».`,
    en: `“${a.text} ${b.text}” is written with a half-space (ZWNJ): “${replacement}”.`,
  });
}

/** «میشود», «نشستها»: an unknown word that is a known word once a ZWNJ separates its prefix or suffix. */
function missingZwnjInside(ctx: CheckContext, t: Token): Finding | undefined {
  if (t.kind !== 'word' || t.norm.includes(ZWNJ) || ctx.knows(t.norm)) return undefined;
  const cuts: number[] = [];
  for (const p of VERB_PREFIXES) if (t.norm.startsWith(p) && t.norm.length > p.length + 1) cuts.push(p.length);
  const plural = t.norm.lastIndexOf('ها');
  if (plural > 1) cuts.push(plural);
  for (const s of SUFFIXES) if (t.norm.endsWith(s) && t.norm.length > s.length + 1) cuts.push(t.norm.length - s.length);
  for (const cut of cuts) {
    const left = t.norm.slice(0, cut);
    // a non-joining letter already separates the pieces visually; only a ZWNJ can be missing after a joining one
    if (NON_JOINING.has(left[left.length - 1])) continue;
    const joined = left + ZWNJ + t.norm.slice(cut);
    if (!ctx.knows(joined)) continue;
    const replacement = toPersianForms(insertAtNormalOffset(t.text, cut, ZWNJ));
    return styleFinding('style/missing-zwnj', { start: t.start, end: t.end }, replacement, {
      fa: `«${t.text}» با نیم‌فاصله نوشته می‌شود: «${replacement}».`,
      en: `“${t.text}” is written with a half-space (ZWNJ): “${replacement}”.`,
    });
  }
  return undefined;
}

/** Inserts `insert` into the raw word after `letters` letters of its normalised form (marks and tatweel skipped). */
function insertAtNormalOffset(raw: string, letters: number, insert: string): string {
  let seen = 0;
  for (let i = 0; i < raw.length; i++) {
    if (seen === letters) return raw.slice(0, i) + insert + raw.slice(i);
    // the characters normalizeWord keeps one for one are letters; marks, tatweel and ZWJ are dropped
    if (!/[\u064b-\u065f\u0670\u06d6-\u06ed\u0610-\u061a\u0640\u200d]/.test(raw[i])) seen++;
  }
  return raw + insert;
}

function arabicForms(t: Token): Finding | undefined {
  if (t.kind !== 'word' && t.kind !== 'number') return undefined;
  const fixed = toPersianForms(t.text);
  if (fixed === t.text) return undefined;
  const digits = t.kind === 'number';
  return styleFinding('style/arabic-letter', { start: t.start, end: t.end }, fixed, {
    fa: digits ? `«${t.text}» رقم‌های عربی دارد؛ شکل فارسی: «${fixed}».` : `«${t.text}» حرف عربی دارد؛ شکل فارسی: «${fixed}».`,
    en: digits ? `“${t.text}” uses Arabic-Indic digits; Persian form: “${fixed}”.` : `“${t.text}” uses Arabic letter forms; Persian form: “${fixed}”.`,
  });
}

export const styleCheck: Check = {
  id: 'style',
  run(ctx) {
    const out: Finding[] = [];
    const { tokens } = ctx;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const next = tokens[i + 1];
      const between = next && missingZwnjBetween(ctx, t, next);
      if (between) {
        // its suggestion already carries the Persian letter forms of both words
        out.push(between);
        i++;
        continue;
      }
      const found = missingZwnjInside(ctx, t) ?? arabicForms(t);
      if (found) out.push(found);
    }
    return out;
  },
};
