// name/inconsistent-spelling: one name written two ways in one article («گراسیموف» and «گراسیمف»).
// Entities already group the mentions (entities.ts attaches one-slip variants to the name they spell);
// here each entity's spellings are compared, the preferred one chosen and every other one flagged.
import type { Check, CheckContext } from '../analyze';
import { gazetteerSpelling } from '../entities';
import { nameKey, sameNameKeys } from '../name-match';
import { normalizeWord } from '../persian';
import type { Entity, Finding, Mention } from '../types';

/** One way of writing the name: the mentions written so (ignoring Arabic letter forms and diacritics). */
interface SpellingGroup {
  /** Words as normalised, in order; ZWNJ kept inside a word, so «علی‌اف» ≠ «علی اف». */
  words: string[];
  /** The text as written most often. */
  text: string;
  mentions: Mention[];
}

/** A spelling is preferred for being in the gazetteer, then in the lexicon, then for being used more. */
function preference(g: SpellingGroup, ctx: CheckContext): number[] {
  const listed = gazetteerSpelling(g.text) !== undefined && normalizeWord(gazetteerSpelling(g.text)!) === g.words.join(' ');
  return [listed ? 1 : 0, g.words.every((w) => ctx.knows(w)) ? 1 : 0, g.mentions.length];
}

function better(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}

function groupSpellings(entity: Entity): SpellingGroup[] {
  const groups = new Map<string, SpellingGroup>();
  for (const m of entity.mentions) {
    const words = m.text.split(/\s+/).map(normalizeWord);
    const id = words.join(' ');
    const g = groups.get(id);
    if (g) g.mentions.push(m);
    else groups.set(id, { words, text: m.text, mentions: [m] });
  }
  return [...groups.values()];
}

/** Runs of words inside `of` (the full name) that `g` could be a spelling of, as [first, last) indices. */
function* segments(of: SpellingGroup): Generator<[number, number]> {
  for (let i = 0; i < of.words.length; i++) for (let j = i + 1; j <= of.words.length; j++) yield [i, j];
}

/**
 * How `g` relates to another spelling `r`: 'same' when it is `r` or a run of its words (a short form,
 * «صدیقوف» of «نجم الدین صدیقوف»), else the run of `r`'s words it misspells, else undefined.
 */
function relate(g: SpellingGroup, r: SpellingGroup): 'same' | [number, number] | undefined {
  const key = nameKey(g.words.join(''));
  let variant: [number, number] | undefined;
  for (const [i, j] of segments(r)) {
    const part = r.words.slice(i, j);
    if (part.join(' ') === g.words.join(' ')) return 'same';
    const partKey = nameKey(part.join(''));
    if (!variant && sameNameKeys(key, partKey)) variant = [i, j];
  }
  return variant;
}

function findingsFor(entity: Entity, ctx: CheckContext): Finding[] {
  let groups = groupSpellings(entity);
  // a recurring unknown word with no cue may be a word run together with the next one rather than a
  // name: compare only its one-word spellings
  if (entity.kind === 'other') groups = groups.filter((g) => g.words.length === 1 && !g.text.includes('\u200c'));
  if (groups.length < 2) return [];
  const prefs = new Map(groups.map((g) => [g, preference(g, ctx)]));
  const out: Finding[] = [];
  for (const g of groups) {
    if (groups.some((r) => r !== g && relate(g, r) === 'same')) continue;
    // the best spelling this one misspells
    let best: { r: SpellingGroup; seg: [number, number] } | undefined;
    for (const r of groups) {
      if (r === g || !better(prefs.get(r)!, prefs.get(g)!)) continue;
      const rel = relate(g, r);
      if (Array.isArray(rel) && (!best || better(prefs.get(r)!, prefs.get(best.r)!))) best = { r, seg: rel };
    }
    if (!best) continue;
    const preferred = best.r.text.split(/\s+/).slice(best.seg[0], best.seg[1]).join(' ');
    const related = best.r.mentions.slice(0, 5).map((m) => ({
      span: m.span,
      message: { fa: `«${m.text}» در اینجا`, en: `“${m.text}” here` },
    }));
    for (const m of g.mentions) {
      out.push({
        check: 'name',
        code: 'name/inconsistent-spelling',
        severity: 'warning',
        span: m.span,
        message: {
          fa: `نام «${m.text}» در این متن به صورت «${preferred}» هم آمده است؛ یک املا را به کار ببرید.`,
          en: `The name “${m.text}” is also spelled “${preferred}” in this text; use one spelling.`,
        },
        suggestions: [preferred],
        related,
        entity: entity.key,
      });
    }
  }
  return out;
}

export const nameCheck: Check = {
  id: 'name',
  run: (ctx) => ctx.entities.flatMap((e) => findingsFor(e, ctx)),
};
