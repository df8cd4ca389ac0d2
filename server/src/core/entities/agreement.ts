// The cross-article agreement pass: a form recognised once is a mention wherever it occurs (a person's
// surname alone too), forms one slip apart are one entity, and an unknown word sequence one slip from a
// recognised form is a misspelt mention of it, which the name check reports. Everyday words recognised by a
// weak cue are mentions only where recognised, so that agreement does not spread a false name.
import { nameKey, neighbourhood, sameNameKeys } from '../name-match';
import type { NamesListEntry } from '../names-list';
import { normalizeWord } from '../persian';
import type { EntityKind } from '../types';
import { GAZETTEER_INDEX, GAZETTEER_SPELLINGS, GIVEN, compact, isPlaceKey } from './gazetteer-index';
import { isProduct } from './organisations';
import { STRONG_SURNAME, honorificEnd, isSurnameTail, looksLikeSurname } from './persons';
import { MAX_NAME_TOKENS, countedOrPlural, isPersonEntry, keyOf, longestMatch, nameWord } from './tokens';
import type { NameSpan, Tok } from './tokens';
import { STOP, VERBS } from './word-classes';

/** A name form known in this article; `full` is the key of the full name it stands for. */
export interface Form {
  kind: EntityKind;
  full: string;
  canonical?: string;
  strength: number;
  /** True when every word of the form is a lexicon word (then it is never merged by a slip). */
  known: boolean;
  /** The names-list entry of the form, if listed. */
  listed?: NamesListEntry;
  /** A one-word form named by a weak cue only: a mention where the cue is, not wherever the word occurs. */
  local?: boolean;
  /** How a one-word form was written where recognised: a lexicon word elsewhere must match one exactly. */
  spellings?: Set<string>;
  /** A surname that is also an everyday adjective («اسلامی», «ایرانی»): a mention only where no noun precedes it. */
  adjectival?: boolean;
  /** A short form that is an everyday word: never a full name that a misspelling attaches to. */
  plain?: boolean;
}

export interface RawMention {
  first: number;
  last: number;
  full: string;
}

/** Finds every occurrence of every recognised form (and surnames), then attaches misspelt variants. */
export function spreadForms(toks: Tok[], kept: NameSpan[], knows: (word: string) => boolean): { forms: Map<string, Form>; mentions: RawMention[] } {
  const forms = new Map<string, Form>();
  // the honorific «(ع)» is not part of the name's key (mentions take it back, see below)
  const nameEnd = (s: NameSpan) => (toks[s.last - 1].token.text === ')' && s.last - 3 > s.first ? s.last - 3 : s.last);
  const allKnown = (first: number, last: number) => toks.slice(first, last).every((t) => t.known);
  const locals: RawMention[] = [];
  for (const s of kept) {
    const key = keyOf(toks, s.first, nameEnd(s));
    const old = forms.get(key);
    const oneWord = s.last - s.first === 1 && toks[s.first].word;
    // an everyday word that a weak cue made a name («وزیر نفت») is the word elsewhere in the article
    // so is an everyday word after a title («آقای گل», the top scorer)
    const everyday = toks[s.first].known && s.strength < 3 && (s.kind === 'organization' || (s.kind === 'person' && !looksLikeSurname(toks[s.first]) && !GIVEN.has(toks[s.first].key)));
    const local = oneWord && everyday;
    // a name that opens or closes on a function word («خبرگزاری مهر», «ورزش سه») is never spread (a month,
    // a number elsewhere), so it is a mention only where it was recognised
    const stopEdge = STOP.has(toks[s.first].key) || STOP.has(toks[nameEnd(s) - 1].key);
    // so is a name holding a comma or quotes («وزارت تعاون، کار و رفاه اجتماعی», «نشریه «رمز عبور»»):
    // spreading reads words only
    const comma = toks.slice(s.first, s.last).some((t) => /^[،,"'«»]$/.test(t.token.text));
    if (local || stopEdge || comma) locals.push({ first: s.first, last: s.last, full: key });
    if (!old || old.strength < s.strength) {
      forms.set(key, { kind: s.kind, full: key, canonical: s.canonical, strength: s.strength, known: allKnown(s.first, s.last), local, spellings: old?.spellings });
    }
    if (oneWord) {
      const f = forms.get(key)!;
      (f.spellings ??= new Set()).add(compact(toks[s.first].token.text));
    }
  }
  // a listed entity: all its spellings are forms of its preferred spelling, wherever they occur
  for (const s of kept) {
    if (!s.listed) continue;
    const full = nameKey(s.listed.preferred);
    for (const spelling of [s.listed.preferred, ...s.listed.variants]) {
      forms.set(nameKey(spelling), { kind: s.kind, full, canonical: s.listed.preferred, strength: s.strength, known: false, listed: s.listed });
    }
  }
  // a person's surname alone refers to the person («صدیقوف» for «نجم الدین صدیقوف»)
  for (const s of kept) {
    if (s.kind !== 'person' || s.last - s.first < 2) continue;
    let from = s.last - 1;
    if (toks[from].token.text === ')') from -= 3; // «(ره)»
    if (from <= s.first) continue;
    if (isSurnameTail(toks, from) && from - 1 > s.first) from--;
    if (from === s.first || GIVEN.has(toks[from].key)) continue;
    // an everyday word as a surname («سعید سعادت») is the person only where no noun precedes it («مقدم گفت»,
    // not «خیر مقدم»), and no misspelling attaches to it
    const everyday = s.last - from === 1 && !looksLikeSurname(toks[from]);
    const surname = keyOf(toks, from, s.last);
    const old = forms.get(surname);
    if (surname.length < 3 || STOP.has(surname) || old?.listed || (old && (old.kind !== 'person' || old.full !== surname))) continue;
    const adjectival = everyday || (s.last - from === 1 && isAdjective(toks[from], knows));
    forms.set(surname, { kind: 'person', full: keyOf(toks, s.first, nameEnd(s)), strength: old?.strength ?? 0, known: allKnown(from, s.last), adjectival, plain: everyday });
  }
  // web addresses are not words: each is a mention of itself
  const domains: RawMention[] = [];
  for (const s of kept) {
    if (toks[s.first].word) continue;
    const key = toks.slice(s.first, s.last).map((t) => t.token.text).join('');
    if (!forms.has(key)) forms.set(key, { kind: s.kind, full: key, strength: s.strength, known: false });
    domains.push({ first: s.first, last: s.last, full: key });
  }
  addRecurringUnknowns(toks, forms, knows);
  mergeSpellings(forms);

  const mentions: RawMention[] = [];
  const covered = new Uint8Array(toks.length);
  for (const d of [...domains, ...locals]) covered.fill(1, d.first, d.last);
  mentions.push(...domains, ...locals);
  const spreads = (k: string) => {
    const f = forms.get(k);
    return !!f && !f.local;
  };
  // misspelt mentions first, so that «دونال ترامپ» is one mention rather than «ترامپ» after a stray word
  attachVariants(toks, forms, mentions, covered);
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i].word || covered[i]) continue;
    let free = 0;
    while (i + free < toks.length && !covered[i + free] && free < MAX_NAME_TOKENS) free++;
    const n = longestMatch(toks, i, spreads, free);
    if (!n) continue;
    const form = forms.get(keyOf(toks, i, i + n))!;
    // «ریال» is not a mention of «رئال»: a lexicon word must be written as the name was
    const text = compact(toks[i].token.text);
    if (n === 1 && toks[i].known && form.spellings && !form.spellings.has(text) && !GAZETTEER_SPELLINGS.has(text)) continue;
    // «شوراهای اسلامی» is the adjective; «اسلامی گفت», «و اسلامی» the person
    if (n === 1 && form.adjectival && afterNoun(toks, i)) continue;
    // «دو بازی», «یک روحانی», «بازی های»: a counted or plural lexicon word is the common noun
    if (n === 1 && toks[i].known && form.kind === 'person' && countedOrPlural(toks, i)) continue;
    if (n === 1 && form.kind === 'organization' && isProduct(toks, i)) continue;
    // a person's honorific «(ع)» goes with every mention
    const last = form.kind === 'person' ? honorificEnd(toks, i + n) : i + n;
    mentions.push({ first: i, last, full: form.full });
    covered.fill(1, i, last);
    i = last - 1;
  }
  return { forms, mentions: mentions.sort((a, b) => a.first - b.first) };
}

/** A relational adjective of an everyday noun («اسلامی» from «اسلام», «مالیاتی» from «مالیات»), not a name's. */
function isAdjective(t: Tok, knows: (word: string) => boolean): boolean {
  if (!t.known || !t.key.endsWith('ی') || STRONG_SURNAME.test(t.key) || isPersonEntry(t)) return false;
  const stem = normalizeWord(t.token.text).slice(0, -1);
  // a nisba of a place («ایرانی», «اصفهانی») too: a surname where no noun precedes it
  return stem.length >= 3 && knows(stem) && !GIVEN.has(nameKey(stem)) && (!GAZETTEER_INDEX.has(nameKey(stem)) || isPlaceKey(nameKey(stem)));
}

/** True when token i follows a word that may be a noun it qualifies (not a function word, title, role or verb). */
function afterNoun(toks: Tok[], i: number): boolean {
  const p = toks[i - 1];
  return !!p && p.word && !toks[i].token.newlineBefore && nameWord(p) && !GIVEN.has(p.key);
}

/**
 * A word the lexicon does not know that recurs in the article is most likely a name (a garbled word
 * rarely repeats identically): kind unknown, but its mentions let a misspelling of it be found.
 */
function addRecurringUnknowns(toks: Tok[], forms: Map<string, Form>, knows: (word: string) => boolean): void {
  const counts = new Map<string, number>();
  toks.forEach((t, i) => {
    if (!t.word || t.known || t.key.length < 4) return;
    // the second half of a compound written with a space («بین المللی») is no name
    const prev = toks[i - 1];
    if (prev?.word && !t.token.glued && knows(`${prev.token.text}\u200c${t.token.text}`)) return;
    counts.set(t.key, (counts.get(t.key) ?? 0) + 1);
  });
  for (const [key, n] of counts) {
    if (n >= 2 && !forms.has(key) && !STOP.has(key) && !VERBS.has(key)) forms.set(key, { kind: 'other', full: key, strength: 0, known: false });
  }
}

/** The forms by each key one slip from them; a plain form (an everyday word) takes no misspelling. */
function slipIndex(forms: Map<string, Form>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [key, form] of forms) {
    if (form.plain) continue;
    for (const n of neighbourhood(key)) {
      const list = index.get(n);
      if (list) list.push(key);
      else index.set(n, [key]);
    }
  }
  return index;
}

/**
 * Forms recognised separately that are one slip apart («گراسیموف», «گراسیمف») name one entity; the
 * surer, then longer form is kept as the full name. Two lexicon words are never merged (حسن ≠ حسین).
 */
function mergeSpellings(forms: Map<string, Form>): void {
  const index = slipIndex(forms);
  // the full names merged so far, as a union-find whose roots are the surviving names: re-pointing by a walk over
  // every form would be quadratic in the number of merges
  const parent = new Map<string, string>();
  const root = (name: string): string => {
    let r = name;
    while (parent.has(r)) r = parent.get(r)!;
    for (let x = name; x !== r; ) {
      const next = parent.get(x)!;
      parent.set(x, r);
      x = next;
    }
    return r;
  };
  for (const [key, form] of forms) {
    for (const n of neighbourhood(key)) {
      for (const other of index.get(n) ?? []) {
        const o = forms.get(other)!;
        if (other === key || (form.known && o.known)) continue;
        // two entries of the names list are two names, however alike («حسن», «حسین»)
        if (form.listed && o.listed && form.listed !== o.listed) continue;
        // re-point the weaker full name (and everything that points at it) to the stronger one; the
        // weaker is taken for the misspelling, whatever kind its cue suggested
        const [weak, strong, weakKey, strongKey] =
          form.strength < o.strength || (form.strength === o.strength && key.length < other.length) ? [form, o, key, other] : [o, form, other, key];
        if (!sameNameKeys(weakKey, strongKey)) continue;
        const from = root(weak.full);
        const to = root(strong.full);
        if (from === to) continue;
        // the weaker group joins the stronger one and takes its name
        parent.set(from, to);
      }
    }
  }
  for (const f of forms.values()) f.full = root(f.full);
}

/**
 * An uncovered sequence of one to three words that contains a word the lexicon does not know (or that
 * differs only in spacing) and is one slip from a recognised form becomes a mention of it.
 */
/** The most recognised forms a sequence may be one slip from and still be read as a variant of one of them. */
const MAX_VARIANT_CANDIDATES = 24;

function attachVariants(toks: Tok[], forms: Map<string, Form>, mentions: RawMention[], covered: Uint8Array): void {
  const index = slipIndex(forms);
  // (a key one slip from a form is at most one letter longer than the longest)
  let longest = 0;
  for (const key of forms.keys()) longest = Math.max(longest, key.length);
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i].word || covered[i] || STOP.has(toks[i].key)) continue;
    let key = '';
    let unknown = false;
    let found: { last: number; form: string } | undefined;
    for (let j = i; j < toks.length && j - i < 4 && toks[j].word && !covered[j]; j++) {
      if (j > i && toks[j].token.newlineBefore) break;
      key += toks[j].key;
      if (key.length > longest + 1) break;
      unknown ||= !toks[j].known;
      if (STOP.has(toks[j].key) && j > i) break;
      if (!unknown || key.length < 3) continue;
      if (forms.has(key)) continue;
      // a key one slip from many recognised names is no evidence for any of them (and would cost a comparison each)
      const near: string[] = [];
      for (const n of neighbourhood(key)) {
        const list = index.get(n) ?? [];
        if (near.length + list.length > MAX_VARIANT_CANDIDATES) {
          near.length = 0;
          break;
        }
        near.push(...list);
      }
      for (const c of new Set(near)) if (sameNameKeys(key, c)) found = { last: j + 1, form: c };
    }
    // a detached letter («ی سمنان», «بانک ی») is a spacing slip of the next word, not of a name
    if (found && (toks[i].key.length < 2 || toks[found.last - 1].key.length < 2)) found = undefined;
    if (found) {
      mentions.push({ first: i, last: found.last, full: forms.get(found.form)!.full });
      covered.fill(1, i, found.last);
      i = found.last - 1;
    }
  }
}
