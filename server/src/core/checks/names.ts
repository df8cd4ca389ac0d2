// name/inconsistent-spelling: one name written two ways in one article («گراسیموف» and «گراسیمف»).
// Entities already group the mentions (entities.ts attaches one-slip variants to the name they spell);
// here each entity's spellings are compared, the preferred one chosen and every other one flagged.
import type { Check, CheckContext } from '../analyze';
import { gazetteerSpelling, isKnownName } from '../entities';
import { Commonness } from '../lexicon';
import { nameKey, neighbourhood, sameNameKeys, spellingDistance, withSuffix } from '../name-match';
import { SpanIndex } from '../spans';
import { isArabicLetter, normalizeWord } from '../persian';
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
 * lexicon, then for being used more. Between spellings used equally often, the one whose words the lexicon
 * stores as written and finds more common wins («احمد» over «آحمد», «شیراز» over «شئراز»), then the one
 * with more word breaks: a space or half-space dropped is a commoner slip than one inserted («میدان آزادی» over
 * «میدان‌آزادی», «علی‌پور» over «علیپور»), then the one with fewer doubled letters (a key struck twice).
 */
function preference(g: SpellingGroup, ctx: CheckContext): number[] {
  const chosen = ctx.namesList?.lookup(g.text)?.preferred === true;
  const listed = gazetteerSpelling(g.text) !== undefined && normalizeWord(gazetteerSpelling(g.text)!) === g.words.join(' ');
  const allKnown = g.words.every((w) => ctx.knows(w));
  // a listed name beats a spelling that is no word or name at all, as at the word level («اردوغان» ×1,
  // «اردوقان» ×2)
  const names = g.words.filter((w) => isKnownName(w)).length;
  return [chosen ? 1 : 0, listed ? 1 : 0, allKnown ? 1 : 0, names, g.mentions.length, lexiconScore(g.words, ctx), wordBreaks(g.text), -doubledLetters(g.text)];
}

/** How well the lexicon vouches for these words as written: stored words count, common ones more. */
function lexiconScore(words: readonly string[], ctx: CheckContext): number {
  let score = 0;
  for (const w of words) if (ctx.lexicon.has(w)) score += 1 + ctx.lexicon.commonness(w);
  return score;
}

/** Spaces count twice, half-spaces once: «X Y» > «X‌Y» > «XY». */
function wordBreaks(text: string): number {
  let n = 0;
  for (const ch of text) n += /\s/.test(ch) ? 2 : ch === '\u200c' ? 1 : 0;
  return n;
}

/** Letters written twice in a row («کاپللانوف»): rare in Persian spelling, common as a slip. */
function doubledLetters(text: string): number {
  let n = 0;
  for (let i = 1; i < text.length; i++) if (text[i] === text[i - 1] && isArabicLetter(text[i])) n++;
  return n;
}

/** A word written one of the accepted ways (stored as written, and common): «رئیس» and «رییس», «امریکا». */
function acceptedSpelling(w: string, ctx: CheckContext): boolean {
  return ctx.lexicon.has(w) && ctx.lexicon.commonness(w) > 0;
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
    // a final «و» added is the conjunction glued on («وزارت معدنو تجارت»), not a slip in the name
    if (variant || !sameNameKeys(key, partKey) || withSuffix(key, partKey, 'و')) continue;
    if (!gluedConjunction(g.words, part)) variant = [i, j];
  }
  return variant;
}

/**
 * True when `v` is `r` with a standalone «و» glued to the next word («علوم وفناوری» for «علوم و فناوری»):
 * a common typing slip that the garbled check reports as merged words, not a second spelling of a name.
 */
function gluedConjunction(v: readonly string[], r: readonly string[]): boolean {
  if (v.length !== r.length - 1) return false;
  const joined = v.join(' ');
  for (let k = 0; k + 1 < r.length; k++) {
    if (r[k] === 'و' && [...r.slice(0, k), 'و' + r[k + 1], ...r.slice(k + 2)].join(' ') === joined) return true;
  }
  return false;
}

/** A word of the spelling (after the first) is a suffix written apart («شهر ی»): a split word, not a name. */
function hasLoosePiece(g: SpellingGroup): boolean {
  return g.words.slice(1).some((w) => PIECES.has(w));
}

type Match = { r: SpellingGroup; seg: [number, number] };

/**
 * Of spellings of the name that differ only in letter forms («رضایی», «رضائی»), both better than `g`
 * («رزائی»), the one closest to `g` as written: the fix then changes only the slipped letter.
 */
function closestTwin(g: SpellingGroup, best: Match, groups: SpellingGroup[], prefs: Map<SpellingGroup, number[]>): Match {
  const part = (m: Match) => m.r.words.slice(m.seg[0], m.seg[1]).join(' ');
  const key = nameKey(part(best));
  const text = g.words.join(' ');
  let out = best;
  for (const r of groups) {
    if (r === g || r === best.r || !better(prefs.get(r)!, prefs.get(g)!)) continue;
    const rel = relate(g, r);
    if (!Array.isArray(rel)) continue;
    const m = { r, seg: rel };
    if (nameKey(part(m)) === key && lettersApart(text, part(m)) < lettersApart(text, part(out))) out = m;
  }
  return out;
}

/** Positions where two spellings of one length differ (any length difference counts as far apart). */
function lettersApart(a: string, b: string): number {
  if (a.length !== b.length) return Infinity;
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
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
    if (hasLoosePiece(g) || groups.some((r) => r !== g && relate(g, r) === 'same')) continue;
    // the best spelling this one misspells
    let best: Match | undefined;
    for (const r of groups) {
      if (r === g || !better(prefs.get(r)!, prefs.get(g)!)) continue;
      const rel = relate(g, r);
      if (Array.isArray(rel) && (!best || better(prefs.get(r)!, prefs.get(best.r)!))) best = { r, seg: rel };
    }
    if (!best) continue;
    best = closestTwin(g, best, groups, prefs);
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
    // misspelt name, when the lexicon accepts both as written («شئراز» is only known through the hamza fold)
    if (nameKey(g.words.join('')) === nameKey(preferred) && g.words.length === preferred.split(/\s+/).length && g.words.every((w) => acceptedSpelling(w, ctx))) continue;
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
  /** Some unit has a word inside a person, place or organisation mention («استان فارس»). */
  partlyNamed: boolean;
  /**
   * Only a reference for spacing slips: three words, or a word pair with a function word («علم و صنعت»,
   * «مبارزه با»), against which «علمو صنعت» or «مبارزهبا» is compared; never flagged itself.
   */
  reference: boolean;
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
  norm: string;
  key: string;
  known: boolean;
  common: boolean;
  /** The lexicon's commonness level (0 for unknown and rare words). */
  commonness: number;
  /** In the gazetteer or a given name. */
  name: boolean;
  /** Stored by the lexicon as written and common: an accepted way of writing the word (`acceptedSpelling`). */
  accepted: boolean;
}

const NAMED_KINDS = new Set(['person', 'place', 'organization']);

function collectSpellings(ctx: CheckContext): Map<string, SpellingInfo> {
  const { tokens } = ctx;
  const byText = new Map<string, SpellingInfo>();
  const wordInfo = new Map<string, WordInfo>();
  const infoOf = (w: string) => {
    let i = wordInfo.get(w);
    if (!i) {
      const norm = normalizeWord(w);
      const known = ctx.knows(w);
      const commonness = known ? ctx.lexicon.commonness(norm) : 0;
      wordInfo.set(w, (i = { text: w, norm, key: nameKey(w), known, common: commonness > 0, commonness, name: isKnownName(w), accepted: acceptedSpelling(norm, ctx) }));
    }
    return i;
  };
  const add = (first: number, last: number, reference = false) => {
    // (every word and pair of words passes here: the text and id are built without intermediate arrays)
    let text = tokens[first].text;
    let id = tokens[first].norm;
    for (let k = first + 1; k < last; k++) {
      text += ' ' + tokens[k].text;
      id += ' ' + tokens[k].norm;
    }
    let info = byText.get(id);
    if (!info) {
      const infos = tokens.slice(first, last).map((t) => infoOf(t.text));
      info = {
        text,
        key: infos.map((i) => i.key).join(''),
        units: [],
        inEntity: false,
        inPersonOrPlace: false,
        partlyNamed: false,
        reference,
        words: infos,
        known: infos.every((i) => i.known),
        common: infos.every((i) => i.common),
        // a reference is only compared for spacing, where these do not count: spare the lookups
        gazetteer: !reference && gazetteerSpelling(text) !== undefined,
        given: !reference && isKnownName(text),
      };
      byText.set(id, info);
    }
    let named = true;
    let personOrPlace = true;
    for (let i = first; i < last; i++) {
      const kind = ctx.entityOfToken.get(i)?.kind ?? '';
      named &&= NAMED_KINDS.has(kind);
      personOrPlace &&= kind === 'person' || kind === 'place';
      info.partlyNamed ||= NAMED_KINDS.has(kind);
    }
    info.inPersonOrPlace ||= personOrPlace;
    info.units.push({ first, last, text, key: info.key, named });
    info.inEntity ||= named;
  };
  const usableMemo = new Map<string, boolean>();
  const usable = tokens.map((t) => {
    if (t.kind !== 'word') return false;
    let u = usableMemo.get(t.norm);
    if (u === undefined) usableMemo.set(t.norm, (u = usableWord(t.norm, ctx)));
    return u;
  });
  // the words at i and i+1 are written apart on one line
  const apart = (i: number) => tokens[i].kind === 'word' && tokens[i + 1]?.kind === 'word' && !tokens[i + 1].glued && !tokens[i + 1].newlineBefore;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word') continue;
    if (usable[i]) add(i, i + 1);
    if (apart(i)) {
      if (usable[i] && usable[i + 1]) add(i, i + 2);
      else if (usable[i] || usable[i + 1]) add(i, i + 2, true);
      if (apart(i + 1) && (usable[i] || usable[i + 2])) add(i, i + 3, true);
    }
  }
  return byText;
}

/** Pieces that never stand in a name: suffixes written apart and function words. */
const PIECES = new Set(['ها', 'های', 'هایی', 'ای', 'ی', 'یی', 'ان', 'ات', 'است', 'اند', 'تر', 'ترین', 'ام', 'اش', 'شان', 'مان', 'تان']);

function usableWord(w: string, ctx: CheckContext): boolean {
  const n = normalizeWord(w);
  return nameKey(n).length >= 2 && !PIECES.has(n) && ctx.lexicon.commonness(n) < Commonness.function;
}

/**
 * «علی‌مطهری» for «علی مطهری», «استان‌فارس» for «استان فارس», «علمو صنعت» for «علم و صنعت»: the
 * same letters with fewer word breaks, glued or half-spaced, where the spaced spelling names something.
 */
function spacingSlip(v: SpellingInfo, r: SpellingInfo): boolean {
  // a reference with a function word only inside a mention: «وفناوری» and «درشهر» are the garbled check's
  if (v.key !== r.key || !(r.reference ? r.inEntity : nameLike(r) || r.partlyNamed)) return false;
  if (v.words.length > r.words.length) return false;
  if (gluedConjunction(v.words.map((w) => w.norm), r.words.map((w) => w.norm))) return false;
  // the same number of words: only a half-space dropped or added inside one of them («حسنپور»)
  if (v.words.length === r.words.length) return !r.reference && !v.known && r.known;
  return v.text.includes('\u200c') || !v.known;
}

/**
 * True when the spelling names something: listed in the gazetteer (or a given name), part of a person,
 * place or organisation mention, or a word the lexicon does not know that the article uses more than once.
 */
function nameLike(r: SpellingInfo): boolean {
  return r.inEntity || recurringUnknown(r) || r.given;
}

/**
 * A word the lexicon does not know that the article uses more than once, or a recurring pair of rare words
 * («ده‌نو سفلی»): most likely a name.
 */
function recurringUnknown(r: SpellingInfo): boolean {
  if (r.units.length < 2) return false;
  return !r.known || (r.words.length > 1 && r.words.every((w) => w.commonness === 0));
}

/** A name beyond doubt: short variants («مرل» for «مرکل») are compared only with these. */
function strongName(r: SpellingInfo): boolean {
  return r.given || r.inPersonOrPlace || recurringUnknown(r);
}

/**
 * How `v` misspells `r`: its word breaks, a letter form, a letter, or a letter of the word beside a name.
 */
type Slip = 'spacing' | 'form' | 'letter' | 'beside';

function slipOf(v: SpellingInfo, r: SpellingInfo): Slip | undefined {
  if (spacingSlip(v, r)) return 'spacing';
  if (r.reference) return undefined;
  if (nameLike(r) && formSlip(v, r)) return 'form';
  if (nameLike(r) && letterSlip(v, r)) return 'letter';
  if (r.partlyNamed && besideName(v, r)) return 'beside';
  return undefined;
}

/**
 * True when `r` names something (or, for a slip in its spacing or beside a name, has a name in it) and is
 * the better spelling of the two. When `v` is `r` with fewer word breaks, `r` wins a tie: a dropped space is
 * a commoner slip than an inserted one.
 */
function prefer(r: SpellingInfo, v: SpellingInfo, slip: Slip): boolean {
  if (!nameLike(r) && !(slip !== 'letter' && r.partlyNamed)) return false;
  // a spelling the article keeps using is its choice, whatever the lexicon says («چاووشی» ×9, «چاوشی» ×1);
  // the gazetteer overrules it only when it is no word or name at all («پاریش» ×2, «پاریس» ×1)
  const repeated = v.units.length >= 2 && v.units.length >= r.units.length;
  if (repeated && (v.known || v.given || !r.given)) return false;
  // beside a name, or in a letter form, the lexicon accepts the word of `r` and not the word of `v`
  if (slip === 'beside' || slip === 'form') return true;
  if (r.given !== v.given) return r.given;
  if (r.known !== v.known) return r.known;
  if (r.units.length !== v.units.length) return r.units.length > v.units.length;
  // a tie: the spelling with more word breaks, else the one the lexicon finds commoner («پلاس» over «پلس»)
  return slip === 'spacing' || lexiconWeight(r) > lexiconWeight(v);
}

function lexiconWeight(s: SpellingInfo): number {
  return s.words.reduce((sum, w) => sum + (w.known ? 1 + w.commonness : 0), 0);
}

/**
 * The name with another letter form (ا/آ, ی/ئ, ه/ة) in a word that the lexicon does not accept as written:
 * «آحمد» for «احمد», «شئراز» for «شیراز».
 */
function formSlip(v: SpellingInfo, r: SpellingInfo): boolean {
  if (v.key !== r.key || v.words.length !== r.words.length) return false;
  let differs = false;
  for (let i = 0; i < v.words.length; i++) {
    if (v.words[i].norm === r.words[i].norm) continue;
    if (v.words[i].accepted || !r.words[i].accepted) return false;
    differs = true;
  }
  return differs;
}

/**
 * A word pair with a name in it and a slip in the other word, which the lexicon does not know: «دریاچچه
 * ارومیه» for «دریاچه ارومیه», «بندر عبس» for «بندر عباس», where only the place was recognised.
 */
function besideName(v: SpellingInfo, r: SpellingInfo): boolean {
  if (v.words.length !== r.words.length || v.words.length < 2) return false;
  const differ = v.words.map((w, i) => (w.key === r.words[i].key ? -1 : i)).filter((i) => i >= 0);
  if (differ.length !== 1) return false;
  const vw = v.words[differ[0]];
  const rw = r.words[differ[0]];
  return !vw.known && rw.known && !edgeChange(vw.key, rw.key) && sameNameKeys(vw.key, rw.key);
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
  if (vw.known && !rareFormOfName(vw, rw, r)) return false;
  // a listed name is not a slip of a spelling that is not one («اردوغان» beside «اردوقان»)
  if (vw.name && !rw.name) return false;
  if (edgeChange(vw.key, rw.key)) return false;
  if (sameNameKeys(vw.key, rw.key)) return true;
  // three letters: only an unknown word against a name beyond doubt, or a rare one beside the same word of
  // an organisation's name («آفتاب پلس» for «آفتاب پلاس»)
  const trusted = (!vw.known && strongName(r)) || insideOrganisation(vw, r);
  return trusted && Math.min(vw.key.length, rw.key.length) >= 3 && spellingDistance(vw.key, rw.key, 1) <= 1;
}

/** A rare word in a word pair of an organisation's name, the other word written the same. */
function insideOrganisation(vw: WordInfo, r: SpellingInfo): boolean {
  return r.inEntity && r.words.length > 1 && vw.commonness === 0 && !vw.text.includes('\u200c');
}

/**
 * A known word that is more likely a slip in a name of the article: a rare form («سمتان») next to a commoner
 * spelling that is in the gazetteer or a person or place mention («سمنان»).
 */
function rareFormOfName(vw: WordInfo, rw: WordInfo, r: SpellingInfo): boolean {
  if (insideOrganisation(vw, r)) return true;
  if (!(r.gazetteer || r.inPersonOrPlace) || vw.text.includes('\u200c')) return false;
  return vw.commonness === 0 || (vw.commonness <= RARE && vw.commonness < rw.commonness);
}
const RARE = 1;

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
    if (!nameLike(info) && !info.partlyNamed) continue;
    for (const n of neighbourhood(info.key)) {
      const list = index.get(n);
      if (list) list.push(info);
      else index.set(n, [info]);
    }
  }
  const out: Finding[] = [];
  // spellings that the entity level prefers are not flagged here in turn
  // (as every run of whole words of a preferred spelling)
  const preferred = new Set<string>();
  for (const f of taken) {
    const words = f.suggestions[0].split(/\s+/).filter(Boolean).map(normalizeWord);
    for (let i = 0; i < words.length; i++) for (let j = i + 1; j <= words.length; j++) preferred.add(words.slice(i, j).join(' '));
  }
  const isPreferred = (v: SpellingInfo) => preferred.has(v.words.map((w) => w.norm).join(' '));
  // the units flagged here are whole tokens: a flagged token is marked
  const takenSpans = new SpanIndex(taken.map((f) => f.span));
  const flagged = new Uint8Array(ctx.tokens.length);
  const overlapsTaken = (u: Unit) => {
    if (takenSpans.overlaps({ start: ctx.tokens[u.first].start, end: ctx.tokens[u.last - 1].end })) return true;
    for (let k = u.first; k < u.last; k++) if (flagged[k]) return true;
    return false;
  };
  for (const v of spellings.values()) {
    // the names list's spellings are judged by the list alone
    if (v.reference || ctx.namesList?.lookup(v.text) || isPreferred(v)) continue;
    let best: SpellingInfo | undefined;
    let bestSlip: Slip | undefined;
    const near = new Set<SpellingInfo>();
    for (const n of neighbourhood(v.key)) for (const r of index.get(n) ?? []) near.add(r);
    // a spelling one slip from many name-like ones is no evidence for any (random text, a table of codes)
    if (near.size > MAX_SLIP_CANDIDATES) continue;
    for (const r of near) {
      if (r === v) continue;
      const slip = slipOf(v, r);
      if (slip && prefer(r, v, slip) && (!best || rank(r) > rank(best))) [best, bestSlip] = [r, slip];
    }
    if (!best) continue;
    for (const u of v.units) {
      // a letter slip of an ordinary word is the garbled check's business unless it sits inside a name, the
      // word is also a given name and the slip is no word at all («حامید» next to «حمید»), or the slip is in
      // a pair of words of a name, the other one written the same («آفتاب پلس»)
      const name = best.gazetteer || best.inPersonOrPlace || u.named || (best.given && !v.known) || (best.inEntity && v.words.length > 1);
      if (bestSlip === 'letter' && best.common && !name) continue;
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
      flagged.fill(1, u.first, u.last);
    }
  }
  return out;
}

/** The most name-like spellings one spelling may be a slip of and still be compared with them. */
const MAX_SLIP_CANDIDATES = 24;

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
