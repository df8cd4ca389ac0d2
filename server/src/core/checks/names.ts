// name/inconsistent-spelling: one name written two ways in one article («گراسیموف» and «گراسیمف»).
// Entities already group the mentions (entities.ts attaches one-slip variants to the name they spell);
// here each entity's spellings are compared, the preferred one chosen and every other one flagged.
import type { Check, CheckContext } from '../analyze';
import { gazetteerSpelling, isKnownName } from '../entities';
import { nameKey, neighbourhood, sameNameKeys, spellingDistance } from '../name-match';
import { normalizeWord } from '../persian';
import type { Entity, Finding, Mention, RelatedSpan } from '../types';

/** One way of writing the name: the mentions written so (ignoring Arabic letter forms and diacritics). */
interface SpellingGroup {
  /** Words as normalised, in order; ZWNJ kept inside a word, so «علی‌اف» ≠ «علی اف». */
  words: string[];
  /** The text as written most often. */
  text: string;
  mentions: Mention[];
}

/**
 * A spelling is preferred for being the names list's choice, then for being in the gazetteer, then in the
 * lexicon, then for being used more.
 */
function preference(g: SpellingGroup, ctx: CheckContext): number[] {
  const chosen = ctx.namesList?.lookup(g.text)?.preferred === true;
  const listed = gazetteerSpelling(g.text) !== undefined && normalizeWord(gazetteerSpelling(g.text)!) === g.words.join(' ');
  return [chosen ? 1 : 0, listed ? 1 : 0, g.words.every((w) => ctx.knows(w)) ? 1 : 0, g.mentions.length];
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

function inconsistent(m: Mention, preferred: string, related: RelatedSpan[], entity: Entity): Finding {
  return {
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
  };
}

/** Spellings the newsroom's names list marks as variants: flagged even when the article has no other. */
function listedVariants(entity: Entity, groups: SpellingGroup[], ctx: CheckContext): { findings: Finding[]; flagged: Set<SpellingGroup> } {
  const findings: Finding[] = [];
  const flagged = new Set<SpellingGroup>();
  for (const g of groups) {
    const hit = ctx.namesList?.lookup(g.text);
    if (!hit || hit.preferred) continue;
    flagged.add(g);
    for (const m of g.mentions) {
      findings.push({
        ...inconsistent(m, hit.entry.preferred, [], entity),
        message: {
          fa: `فهرست نام‌ها «${hit.entry.preferred}» را به جای «${m.text}» می‌خواهد.`,
          en: `The names list spells “${m.text}” as “${hit.entry.preferred}”.`,
        },
      });
    }
  }
  return { findings, flagged };
}

function findingsFor(entity: Entity, ctx: CheckContext): Finding[] {
  let groups = groupSpellings(entity);
  const fromList = listedVariants(entity, groups, ctx);
  groups = groups.filter((g) => !fromList.flagged.has(g));
  return [...fromList.findings, ...spellingFindings(entity, groups, ctx)];
}

function spellingFindings(entity: Entity, groups: SpellingGroup[], ctx: CheckContext): Finding[] {
  // a recurring unknown word with no cue may be a word run together with the next one rather than a
  // name: compare only its one-word spellings
  const listed = groups.some((g) => ctx.namesList?.lookup(g.text));
  if (entity.kind === 'other' && !listed) groups = groups.filter((g) => g.words.length === 1 && !g.text.includes('\u200c'));
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
    // a spelling written far more often than the lexicon's is the article's deliberate choice (only the
    // names list or the gazetteer overrules it)
    const [chosen, listed] = prefs.get(best.r)!;
    if (!chosen && !listed && g.mentions.length >= 3 && g.mentions.length >= 3 * best.r.mentions.length) continue;
    // nor does the gazetteer overrule a spelling the article itself prefers («نیکولا» ×4, «نیکلا» ×1)
    // (an unknown majority spelling, «پاریش» ×2, still gives way to the gazetteer's «پاریس»)
    const realWord = g.words.every((w) => ctx.knows(w)) || isKnownName(g.text);
    if (!chosen && realWord && g.mentions.length >= 2 && g.mentions.length > best.r.mentions.length) continue;
    const preferred = best.r.text.split(/\s+/).slice(best.seg[0], best.seg[1]).join(' ');
    // «امریکا»/«آمریکا», «رییس»/«رئیس»: two accepted ways of writing one word are a style matter, not a
    // misspelt name, when the lexicon knows both
    if (nameKey(g.words.join('')) === nameKey(preferred) && g.words.length === preferred.split(/\s+/).length && g.words.every((w) => ctx.knows(w))) continue;
    const related = best.r.mentions.slice(0, 5).map((m) => ({
      span: m.span,
      message: { fa: `«${m.text}» در اینجا`, en: `“${m.text}” here` },
    }));
    for (const m of g.mentions) out.push(inconsistent(m, preferred, related, entity));
  }
  return out;
}

// ------------------------------------------------------------------------------------------ word level

/**
 * One or two adjacent words of the article: a spelling unit compared across the article. Mentions are
 * compared whole above; here single words and word pairs are, so that a slip is found even when the two
 * mentions around it were cut differently («کمیسیون تلفیق تشکیل» / «کمیسیون طلفیق»), or when no cue made
 * either of them an entity.
 */
interface Unit {
  first: number;
  last: number;
  text: string;
  key: string;
  /** Inside a person, place or organisation mention. */
  named: boolean;
}

/** What the article says about one spelling (all its units share a normalised text). */
interface SpellingInfo {
  text: string;
  key: string;
  units: Unit[];
  /** Some unit lies inside a person, place or organisation mention. */
  inEntity: boolean;
  /** Some unit lies inside a person or place mention. */
  inPersonOrPlace: boolean;
  words: WordInfo[];
  /** Every word is known to the lexicon. */
  known: boolean;
  /** Every word is known and ordinary (not a rare form): such words are the garbled check's business. */
  common: boolean;
  gazetteer: boolean;
  /** In the gazetteer or a given name. */
  given: boolean;
}

interface WordInfo {
  text: string;
  key: string;
  known: boolean;
  common: boolean;
}

const NAMED_KINDS = new Set(['person', 'place', 'organization']);

function collectSpellings(ctx: CheckContext): Map<string, SpellingInfo> {
  const { tokens } = ctx;
  const byText = new Map<string, SpellingInfo>();
  const wordInfo = new Map<string, WordInfo>();
  const infoOf = (w: string) => {
    let i = wordInfo.get(w);
    if (!i) {
      const known = ctx.knows(w);
      wordInfo.set(w, (i = { text: w, key: nameKey(w), known, common: known && ctx.lexicon.commonness(normalizeWord(w)) > 0 }));
    }
    return i;
  };
  const add = (first: number, last: number) => {
    const words = tokens.slice(first, last).map((t) => t.text);
    const text = words.join(' ');
    const id = words.map(normalizeWord).join(' ');
    let info = byText.get(id);
    if (!info) {
      const infos = words.map(infoOf);
      info = {
        text,
        key: nameKey(text),
        units: [],
        inEntity: false,
        inPersonOrPlace: false,
        words: infos,
        known: infos.every((i) => i.known),
        common: infos.every((i) => i.common),
        gazetteer: gazetteerSpelling(text) !== undefined,
        given: isKnownName(text),
      };
      byText.set(id, info);
    }
    let named = true;
    let personOrPlace = true;
    for (let i = first; i < last; i++) {
      const kind = ctx.entityOfToken.get(i)?.kind ?? '';
      named &&= NAMED_KINDS.has(kind);
      personOrPlace &&= kind === 'person' || kind === 'place';
    }
    info.inPersonOrPlace ||= personOrPlace;
    info.units.push({ first, last, text, key: info.key, named });
    info.inEntity ||= named;
  };
  const usable = tokens.map((t) => t.kind === 'word' && usableWord(t.text, ctx));
  for (let i = 0; i < tokens.length; i++) {
    if (!usable[i]) continue;
    add(i, i + 1);
    const n = tokens[i + 1];
    if (n && usable[i + 1] && !n.glued && !n.newlineBefore) add(i, i + 2);
  }
  return byText;
}

/** Pieces that never stand in a name: suffixes written apart and function words. */
const PIECES = new Set(['ها', 'های', 'هایی', 'ای', 'ی', 'یی', 'ان', 'ات', 'است', 'اند', 'تر', 'ترین', 'ام', 'اش', 'شان', 'مان', 'تان']);

function usableWord(w: string, ctx: CheckContext): boolean {
  const n = normalizeWord(w);
  return nameKey(n).length >= 2 && !PIECES.has(n) && ctx.lexicon.commonness(n) < FUNCTION_WORD;
}
const FUNCTION_WORD = 3;

/** «علی‌مطهری» for «علی مطهری»: the same letters with fewer word breaks, glued or half-spaced. */
function spacingSlip(v: SpellingInfo, r: SpellingInfo): boolean {
  if (v.key !== r.key || !r.inEntity) return false;
  const vWords = v.text.split(' ').length;
  const rWords = r.text.split(' ').length;
  if (vWords > rWords) return false;
  // the same number of words: only a half-space dropped or added inside one of them («حسنپور»)
  if (vWords === rWords) return !v.known && r.known;
  return v.text.includes('\u200c') || !v.known;
}

/**
 * True when the spelling names something: listed in the gazetteer (or a given name), part of a person,
 * place or organisation mention, or a word the lexicon does not know that the article uses more than once.
 */
function nameLike(r: SpellingInfo): boolean {
  return r.given || r.inEntity || recurringUnknown(r);
}

/** A word the lexicon does not know that the article uses more than once: most likely a name. */
function recurringUnknown(r: SpellingInfo): boolean {
  return !r.known && r.units.length >= 2;
}

/** A name beyond doubt: short variants («مرل» for «مرکل») are compared only with these. */
function strongName(r: SpellingInfo): boolean {
  return r.given || r.inPersonOrPlace || recurringUnknown(r);
}

/** True when `r` names something and is the better spelling of the two. */
function prefer(r: SpellingInfo, v: SpellingInfo): boolean {
  if (!nameLike(r)) return false;
  // a spelling the article keeps using is its choice, whatever the lexicon says («چاووشی» ×9, «چاوشی» ×1);
  // the gazetteer overrules it only when it is no word or name at all («پاریش» ×2, «پاریس» ×1)
  const repeated = v.units.length >= 2 && v.units.length >= r.units.length;
  if (repeated && (v.known || v.given || !r.given)) return false;
  if (r.given !== v.given) return r.given;
  if (r.known !== v.known) return r.known;
  return r.units.length > v.units.length;
}

/**
 * One word written with a letter slip («ناسرین» for «نسرین», «شهرداری نهران» for «شهرداری تهران»): the
 * word is unknown to the lexicon, or known only as a rare form when the other spelling is a name beyond
 * doubt. In a pair the other word must be the same.
 */
function letterSlip(v: SpellingInfo, r: SpellingInfo): boolean {
  if (v.key === r.key || v.words.length !== r.words.length) return false;
  const differ = v.words.map((w, i) => (w.key === r.words[i].key ? -1 : i)).filter((i) => i >= 0);
  if (differ.length !== 1) return false;
  const vw = v.words[differ[0]];
  const rw = r.words[differ[0]];
  if (vw.common || (vw.known && (!(r.gazetteer || r.inPersonOrPlace) || vw.text.includes('\u200c')))) return false;
  if (edgeChange(vw.key, rw.key)) return false;
  if (sameNameKeys(vw.key, rw.key)) return true;
  // three letters: only an unknown word against a name beyond doubt
  return !vw.known && strongName(r) && Math.min(vw.key.length, rw.key.length) >= 3 && spellingDistance(vw.key, rw.key, 1) <= 1;
}

/** One word cut short or lengthened at an edge («آموز»/«آموزش», «وشهادت»): another word, not a slip. */
function edgeChange(a: string, b: string): boolean {
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  return l.length === s.length + 1 && (l.startsWith(s) || l.endsWith(s));
}

/**
 * Words (or word pairs) one slip from a spelling that names something in this article: «طلفیق» when
 * «کمیسیون تلفیق» is an organisation, «مبارزهبا» when «مبارزه با» is part of one, «ملکساهی» next to a
 * recurring «ملکشاهی».
 */
function wordLevelFindings(ctx: CheckContext, taken: Finding[]): Finding[] {
  const spellings = collectSpellings(ctx);
  const index = new Map<string, SpellingInfo[]>();
  for (const info of spellings.values()) {
    if (!nameLike(info)) continue;
    for (const n of neighbourhood(info.key)) {
      const list = index.get(n);
      if (list) list.push(info);
      else index.set(n, [info]);
    }
  }
  const out: Finding[] = [];
  const overlapsTaken = (u: Unit) => {
    const start = ctx.tokens[u.first].start;
    const end = ctx.tokens[u.last - 1].end;
    return [...taken, ...out].some((f) => f.span.start < end && start < f.span.end);
  };
  for (const v of spellings.values()) {
    // the names list's spellings are judged by the list alone
    if (ctx.namesList?.lookup(v.text)) continue;
    let best: SpellingInfo | undefined;
    for (const n of neighbourhood(v.key)) {
      for (const r of index.get(n) ?? []) {
        if (r === v || r === best || !prefer(r, v)) continue;
        const slip = spacingSlip(v, r) || letterSlip(v, r);
        if (slip && (!best || rank(r) > rank(best))) best = r;
      }
    }
    if (!best) continue;
    for (const u of v.units) {
      // a slip of an ordinary word is the garbled check's business unless it sits inside a name
      if (best.common && !best.gazetteer && !best.inPersonOrPlace && !u.named) continue;
      if (overlapsTaken(u)) continue;
      const span = { start: ctx.tokens[u.first].start, end: ctx.tokens[u.last - 1].end };
      const related = best.units.slice(0, 5).map((r) => {
        const rs = { start: ctx.tokens[r.first].start, end: ctx.tokens[r.last - 1].end };
        return { span: rs, message: { fa: `«${r.text}» در اینجا`, en: `“${r.text}” here` } };
      });
      out.push({
        check: 'name',
        code: 'name/inconsistent-spelling',
        severity: 'warning',
        span,
        message: {
          fa: `«${u.text}» در این متن به صورت «${best.text}» هم آمده است؛ یک املا را به کار ببرید.`,
          en: `“${u.text}” is also spelled “${best.text}” in this text; use one spelling.`,
        },
        suggestions: [best.text],
        related,
        entity: ctx.entityOfToken.get(best.units[0].first)?.key,
      });
    }
  }
  return out;
}

/** How strongly a spelling is the right one: the gazetteer, an entity, the lexicon, then use. */
function rank(r: SpellingInfo): number {
  return (r.gazetteer ? 1000 : 0) + (r.inEntity ? 500 : 0) + (r.known ? 200 : 0) + Math.min(r.units.length, 199);
}

export const nameCheck: Check = {
  id: 'name',
  run: (ctx) => {
    const byEntity = ctx.entities.flatMap((e) => findingsFor(e, ctx));
    return [...byEntity, ...wordLevelFindings(ctx, byEntity)];
  },
};
