// Recognising people, places and organisations in Persian news without a statistical model.
//
// 1. Seed spans from evidence: the gazetteer, titles and roles before a person («ژنرال …»), words that
//    open an organisation («وزارت …») or a place («استان …»), given names, foreign surname endings
//    («…اف», «…ویچ»), attribution («به نقل از …»).
// 2. Agreement: every form recognised once (and a person's surname alone) is a mention wherever it occurs.
// 3. Spelling variants: an unknown word sequence one slip away from a recognised name (dots, a vowel
//    letter, ی/ئ, spacing …) is another mention of it, so the name check can report the inconsistency.
// 4. Mentions are grouped into entities with a canonical spelling.
import {
  FOREIGN_SURNAME_ENDINGS,
  GAZETTEER,
  GIVEN_NAMES,
  HONORIFICS,
  ORG_HEADS,
  PERSON_ROLES,
  PERSON_TITLES,
  PLACE_CUES,
  PLACE_HEADS,
  WEAK_TITLES,
} from './gazetteer';
import { nameKey, neighbourhood, sameNameKeys } from './name-match';
import type { Sentence, Token } from './text';
import type { Entity, EntityKind, Mention } from './types';

export interface EntityInput {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  knows(word: string): boolean;
}

/** The longest name (in tokens) looked up in the gazetteer or among recognised forms. */
const MAX_NAME_TOKENS = 7;

const keySet = (words: Iterable<string>) => new Set([...words].map(nameKey));

interface GazetteerEntry {
  kind: EntityKind;
  name: string;
}
const GAZETTEER_INDEX = new Map<string, GazetteerEntry>();
for (const [kind, names] of GAZETTEER) {
  for (const name of names) if (!GAZETTEER_INDEX.has(nameKey(name))) GAZETTEER_INDEX.set(nameKey(name), { kind, name });
}
/** True when the gazetteer lists this spelling (compared by nameKey, then exactly). */
export function gazetteerSpelling(text: string): string | undefined {
  return GAZETTEER_INDEX.get(nameKey(text))?.name;
}

const GIVEN = keySet(GIVEN_NAMES);
const TITLES = keySet(PERSON_TITLES);
const WEAK_TITLE = keySet(WEAK_TITLES);
const HONORIFIC = keySet(HONORIFICS);
const ROLES = keySet(PERSON_ROLES);
const ORG_HEAD = keySet(ORG_HEADS.filter((h) => !/^(هیئت|هیات|گروه|خانه|دفتر|سایت|نهاد|حوزه)$/.test(h)));
const PLACE_HEAD = keySet(PLACE_HEADS);
const PLACE_CUE = keySet(PLACE_CUES);
/** Only the endings that almost never end a Persian word (not زاده, پور …, which do). */
const FOREIGN_ENDINGS = FOREIGN_SURNAME_ENDINGS.filter((e) => /^(اف|یف|یوف|وف|ویچ|وویچ|سکی|اوغلو|نکو)$/.test(e));
/** A surname ending written as its own word: «علی اف». */
const DETACHED_ENDINGS = new Set(['اف', 'یف', 'اوف', 'یوف', 'وف', 'ویچ', 'اوغلو']);

/** Given names that are also everyday words; they start a name only before an unmistakable surname. */
const AMBIGUOUS_GIVEN = keySet(
  'امید|ایمان|نوید|پویا|کمال|جمال|عادل|نادر|بهمن|شیرین|نرگس|پروانه|فرشته|الهام|امین|امیر|سید|ندا|نگار|فرید|سینا|رستم|جان|پل|مارک|بندر|عمر|خالد|حافظ|سلیم|لیلی|هدی|عاطفه|رجب'.split('|'),
);

/** Function words, pronouns and frequent adverbs: never inside a name. */
const STOP = keySet(
  `در|به|از|با|برای|که|را|و|یا|این|آن|همین|همان|تا|بر|بین|میان|درباره|پس|پیش|روی|زیر|نیز|هم|همچنین|اما|ولی|اگر|چون|زیرا|وی|او|
  آنها|آن‌ها|ایشان|ما|من|شما|خود|هر|همه|چند|یک|دو|سه|چهار|پنج|ده|صد|هزار|میلیون|را|چه|چرا|کجا|کی|نه|بله|هیچ|دیگر|دیگری|بسیار|
  خیلی|بیش|بیشتر|کم|کمتر|باید|نباید|شاید|حتی|فقط|تنها|سپس|اکنون|امروز|دیروز|فردا|امسال|پارسال|سال|ماه|روز|هفته|ساعت|جاری|گذشته|
  آینده|ابتدا|انتها|طی|توسط|سوی|سوی|علیه|نسبت|مورد|جهت|ضمن|بدون|مانند|مثل|طبق|براساس|اساس|بنابراین|لذا|هنگام|زمان|وقتی|چنین|
  چنان|اینکه|آنکه|بلکه|ولیکن|ای|های|ها|هایی|هایش|هایشان|ترین|تر|اند|است|بود|شد|نیز|گفت|افزود|اظهار|داشت|کرد|کند|شود|گفته|نوشت|خبر|گزارش|داد|دارد|
  اعلام|تاکید|تأکید|ادامه|اشاره|بیان|عنوان|دیدار|سفر|نشست|جلسه|گفتگو|گفت‌وگو|مذاکره|همکاری|روابط|اول|دوم|سوم|سابق|اسبق|جدید|کنونی|فعلی|وقت|رغم|علیرغم|کننده|کنندگان|
  شنبه|یکشنبه|دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|پنج‌شنبه|جمعه|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|اسفند`.split(/[|\s]+/),
);

/** Verb forms: a light verb after a word makes that word part of a compound verb, not of a name. */
const LIGHT_VERBS = (() => {
  const stems = ['کرد', 'کن', 'شد', 'شو', 'داد', 'ده', 'نمود', 'نما', 'گرفت', 'گیر', 'زد', 'زن', 'یافت', 'یاب', 'ساخت', 'ساز'];
  const endings = ['', 'م', 'ی', 'یم', 'ید', 'ند', 'ه', 'د', 'ن', 'ه است', 'ه‌اند', 'ه‌است', 'ه‌ایم'];
  const out = new Set<string>();
  for (const s of stems) {
    for (const e of endings) {
      for (const p of ['', 'ن', 'می', 'نمی', 'ب']) out.add(nameKey(p + s + e));
    }
  }
  return out;
})();
const VERBS = new Set([...LIGHT_VERBS, ...keySet('است|هست|نیست|بود|بودند|باشد|باشند|می|نمی|خواهد|خواهند|گفت|افزود|دارد|دارند|داشت|داشتند'.split('|'))]);

interface Span2 {
  /** First token index and one past the last. */
  first: number;
  last: number;
  kind: EntityKind;
  /** How sure the evidence is: gazetteer 3, cue 2, morphology 1. */
  strength: number;
  /** Canonical name from the gazetteer, if it came from there. */
  canonical?: string;
}

/** Per-token facts computed once. */
interface Tok {
  token: Token;
  key: string;
  word: boolean;
  known: boolean;
}

export function recognizeEntities(input: EntityInput): Entity[] {
  const toks: Tok[] = input.tokens.map((t) => ({
    token: t,
    key: t.kind === 'word' ? nameKey(t.text) : '',
    // a lone tatweel or mark is no word
    word: t.kind === 'word' && nameKey(t.text).length > 0,
    known: t.kind === 'word' && input.knows(t.text),
  }));
  const seeds = seedSpans(toks, input.sentences);
  const kept = chooseSpans(seeds);
  const { forms, mentions } = spreadForms(toks, kept);
  return groupEntities(input.text, toks, forms, mentions);
}

// ------------------------------------------------------------------------------------------ seeding

/** Words that may continue a name: Persian words that are not function words or verbs. */
function continues(toks: Tok[], i: number): boolean {
  const t = toks[i];
  if (!t || !t.word || t.token.newlineBefore) return false;
  if (STOP.has(t.key) || VERBS.has(t.key) || TITLES.has(t.key) || WEAK_TITLE.has(t.key) || ROLES.has(t.key)) return false;
  // the first half of a compound verb («اعلام کرد»)
  const next = toks[i + 1];
  if (next && next.word && LIGHT_VERBS.has(next.key)) return false;
  return true;
}

/** Longest key match among `keys` of the tokens starting at i (as one compact key). */
function longestMatch(toks: Tok[], i: number, has: (key: string) => boolean, max = MAX_NAME_TOKENS): number {
  let key = '';
  let best = 0;
  for (let j = i; j < toks.length && j - i < max; j++) {
    const t = toks[j];
    if (!t.word || (j > i && t.token.newlineBefore)) break;
    key += t.key;
    // a name neither starts nor ends with a function word («و نیز» is not «ونیز»)
    if (has(key) && !STOP.has(toks[i].key) && (j === i || !STOP.has(t.key))) best = j + 1 - i;
  }
  return best;
}

/** Extends a name rightwards over continuing words, `and` joining two of them («آموزش و پرورش»). */
function extend(toks: Tok[], from: number, max: number): number {
  let j = from;
  while (j - from < max) {
    if (continues(toks, j)) j++;
    else if (j > from && toks[j]?.key === 'و' && joinsAfterAnd(toks[j + 1]) && continues(toks, j + 1) && j + 2 - from <= max) j += 2;
    else break;
  }
  return j;
}

/** «آموزش و پرورش»: only an ordinary word joins a name after «و»; a name there starts a new one. */
function joinsAfterAnd(t: Tok | undefined): boolean {
  return !!t && t.word && t.known && !GAZETTEER_INDEX.has(t.key) && !GIVEN.has(t.key) && !ORG_HEAD.has(t.key);
}

function looksForeignSurname(t: Tok): boolean {
  return t.word && !t.known && t.key.length >= 4 && FOREIGN_ENDINGS.some((e) => t.key.endsWith(e));
}

/** Surname morphology: nisba «…ی», «…زاده», «…پور», «…نژاد», «…یان» … */
const SURNAME_SHAPE = /(ی|زاده|پور|نژاد|یان|فر|وند|نیا|راد|لو)$/;
/** Second parts of compound surnames written apart: «شفیع زاده», «حقی فام». */
const SURNAME_TAILS = new Set(['زاده', 'پور', 'نژاد', 'فام', 'فر', 'نیا', 'راد', 'وند', 'پناه', ...DETACHED_ENDINGS]);

const isPersonEntry = (t: Tok) => GAZETTEER_INDEX.get(t.key)?.kind === 'person';
const isPlaceOrOrg = (t: Tok) => (GAZETTEER_INDEX.get(t.key)?.kind ?? 'person') !== 'person';

/** True when the word reads as a surname: unknown to the lexicon, a listed person, or surname-shaped. */
function looksLikeSurname(t: Tok): boolean {
  return !t.known || isPersonEntry(t) || SURNAME_SHAPE.test(t.key);
}

type Cue = 'strong-title' | 'weak-title' | 'none';

/**
 * Reads a person's name starting at i: given names, a surname, the rest of a compound surname and an
 * honorific in parentheses. Returns the end, or i when there is no convincing name.
 */
function personAt(toks: Tok[], i: number, cue: Cue): number {
  let j = i;
  let given = 0;
  for (;;) {
    const g = longestMatch(toks, j, (k) => GIVEN.has(k), 2);
    if (!g) break;
    given++;
    j += g;
  }
  if (given === 0 && cue === 'none') return i;
  const s = toks[j];
  let surname = false;
  if (continues(toks, j) && !isPlaceOrOrg(s) && (looksLikeSurname(s) || cue === 'strong-title')) {
    j = surnameTailEnd(toks, j + 1);
    surname = true;
  } else if (s?.word && DETACHED_ENDINGS.has(s.key) && given > 0) {
    j++; // «علی اف» after a given name
    surname = true;
  }
  if (!surname) {
    // a given name alone names a person only when it is not also an everyday word
    if (cue === 'none') return i;
  }
  return honorificEnd(toks, j);
}

/** After a surname: the rest of a compound one («صالحی امیری», «شفیع زاده», «علی اف»). */
function surnameTailEnd(toks: Tok[], j: number): number {
  const t = toks[j];
  if (t && continues(toks, j) && !isPlaceOrOrg(t) && (SURNAME_TAILS.has(t.key) || (!t.known && !looksForeignSurname(t)) || isNisba(t) || isPersonEntry(t))) return j + 1;
  return j;
}

/** «اصفهانی» from «اصفهان»: a nisba of a listed place, common as the second part of a surname. */
function isNisba(t: Tok): boolean {
  return t.key.endsWith('ی') && GAZETTEER_INDEX.get(t.key.slice(0, -1))?.kind === 'place';
}

/** Includes a following «(ره)», «(ع)» … */
function honorificEnd(toks: Tok[], j: number): number {
  if (toks[j]?.token.text === '(' && toks[j + 1] && HONORIFIC.has(toks[j + 1].key) && toks[j + 2]?.token.text === ')') return j + 3;
  return j;
}

function seedSpans(toks: Tok[], sentences: Sentence[]): Span2[] {
  void sentences;
  const out: Span2[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.word) continue;

    // gazetteer
    const g = longestMatch(toks, i, (k) => GAZETTEER_INDEX.has(k));
    if (g) {
      const entry = GAZETTEER_INDEX.get(toks.slice(i, i + g).map((x) => x.key).join(''))!;
      const last = entry.kind === 'person' ? honorificEnd(toks, surnameTailEnd(toks, i + g)) : i + g;
      out.push({ first: i, last, kind: entry.kind, strength: 3, canonical: last === i + g ? entry.name : undefined });
    }

    // organisation heads («وزارت دفاع …»), place heads («استان فارس»)
    const orgHead = longestMatch(toks, i, (k) => ORG_HEAD.has(k), 2);
    if (orgHead) {
      const end = extend(toks, i + orgHead, 6);
      if (end > i + orgHead) out.push({ first: i, last: end, kind: 'organization', strength: 2 });
    }
    const placeHead = longestMatch(toks, i, (k) => PLACE_HEAD.has(k), 2);
    if (placeHead) {
      const end = extend(toks, i + placeHead, 2);
      if (end > i + placeHead) out.push({ first: i, last: end, kind: 'place', strength: 2 });
    }

    // titles and roles before a person («ژنرال …», «نخست وزیر …»)
    const title = longestMatch(toks, i, (k) => TITLES.has(k), 4);
    const weak = title ? 0 : longestMatch(toks, i, (k) => WEAK_TITLE.has(k), 2);
    const role = title || weak ? 0 : longestMatch(toks, i, (k) => ROLES.has(k), 2);
    const cueLen = title || weak || role;
    if (cueLen) {
      const start = i + cueLen;
      const next = toks[start];
      // after a role or a weak title only a name-like word starts a name («وزیر دفاع» is not a person)
      const namelike = next && (GIVEN.has(next.key) || (next.word && (!next.known || isPersonEntry(next))));
      if (next && !isPlaceOrOrg(next) && !ORG_HEAD.has(next.key) && (title || namelike)) {
        const end = personAt(toks, start, title ? 'strong-title' : 'weak-title');
        if (end > start) out.push({ first: start, last: end, kind: 'person', strength: 2 });
      }
    }

    // given name + surname
    const p = personAt(toks, i, 'none');
    if (p > i) out.push({ first: i, last: p, kind: 'person', strength: 2 });

    // foreign surname endings; take the unknown first names before it («والرئ گراسیموف»)
    const detached = toks[i + 1]?.word && DETACHED_ENDINGS.has(toks[i + 1].key) && !toks[i + 1].token.glued;
    if (looksForeignSurname(t) || (detached && continues(toks, i))) {
      let first = i;
      while (first > 0 && first > i - 3 && continues(toks, first - 1) && (!toks[first - 1].known || GIVEN.has(toks[first - 1].key))) first--;
      out.push({ first, last: detached ? i + 2 : i + 1, kind: 'person', strength: 1 });
    }

    // attribution: «به گزارش X،», «به نقل از X» name a news outlet
    if ((t.key === 'گزارش' && toks[i - 1]?.key === 'به') || (t.key === 'از' && toks[i - 1]?.key === 'نقل' && toks[i - 2]?.key === 'به')) {
      const n = toks[i + 1];
      const closed = toks[i + 2]?.token.kind === 'punct' && /[،,:.]/.test(toks[i + 2].token.text);
      if (n && continues(toks, i + 1) && !ORG_HEAD.has(n.key) && (closed || !n.known)) out.push({ first: i + 1, last: i + 2, kind: 'organization', strength: closed ? 4 : 1 });
    }

    // place cues: «کشور X», «پایتخت X» with an unknown X
    if (PLACE_CUE.has(t.key)) {
      const n = toks[i + 1];
      if (n && continues(toks, i + 1) && !n.known && !GAZETTEER_INDEX.has(n.key)) out.push({ first: i + 1, last: i + 2, kind: 'place', strength: 1 });
    }
  }
  return out;
}

/** Keeps non-overlapping spans, longer and surer first. */
function chooseSpans(spans: Span2[]): Span2[] {
  const sorted = [...spans].sort((a, b) => b.last - b.first - (a.last - a.first) || b.strength - a.strength || a.first - b.first);
  const taken = new Set<number>();
  const kept: Span2[] = [];
  for (const s of sorted) {
    let free = true;
    for (let i = s.first; i < s.last && free; i++) if (taken.has(i)) free = false;
    if (!free) continue;
    for (let i = s.first; i < s.last; i++) taken.add(i);
    kept.push(s);
  }
  return kept.sort((a, b) => a.first - b.first);
}

// ------------------------------------------------------------------------------------------ agreement

/** A name form known in this article; `full` is the key of the full name it stands for. */
interface Form {
  kind: EntityKind;
  full: string;
  canonical?: string;
  strength: number;
  /** True when every word of the form is a lexicon word (then it is never merged by a slip). */
  known: boolean;
}

interface RawMention {
  first: number;
  last: number;
  full: string;
}

/** Finds every occurrence of every recognised form (and surnames), then attaches misspelt variants. */
function spreadForms(toks: Tok[], kept: Span2[]): { forms: Map<string, Form>; mentions: RawMention[] } {
  const forms = new Map<string, Form>();
  const keyOf = (first: number, last: number) => toks.slice(first, last).map((t) => t.key).join('');
  const allKnown = (first: number, last: number) => toks.slice(first, last).every((t) => t.known);
  for (const s of kept) {
    const key = keyOf(s.first, s.last);
    const old = forms.get(key);
    if (!old || old.strength < s.strength) {
      forms.set(key, { kind: s.kind, full: key, canonical: s.canonical, strength: s.strength, known: allKnown(s.first, s.last) });
    }
  }
  // a person's surname alone refers to the person («صدیقوف» for «نجم الدین صدیقوف»)
  for (const s of kept) {
    if (s.kind !== 'person' || s.last - s.first < 2) continue;
    let from = s.last - 1;
    if (DETACHED_ENDINGS.has(toks[from].key) && from - 1 > s.first) from--;
    if (from === s.first || GIVEN.has(toks[from].key)) continue;
    const surname = keyOf(from, s.last);
    const old = forms.get(surname);
    if (surname.length < 3 || STOP.has(surname) || (old && (old.kind !== 'person' || old.full !== surname))) continue;
    forms.set(surname, { kind: 'person', full: keyOf(s.first, s.last), strength: old?.strength ?? 0, known: allKnown(from, s.last) });
  }
  addRecurringUnknowns(toks, forms);
  mergeSpellings(forms);

  const mentions: RawMention[] = [];
  const covered = new Uint8Array(toks.length);
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i].word) continue;
    const n = longestMatch(toks, i, (k) => forms.has(k));
    if (!n) continue;
    mentions.push({ first: i, last: i + n, full: forms.get(keyOf(i, i + n))!.full });
    covered.fill(1, i, i + n);
    i += n - 1;
  }
  attachVariants(toks, forms, mentions, covered);
  return { forms, mentions: mentions.sort((a, b) => a.first - b.first) };
}

/**
 * A word the lexicon does not know that recurs in the article is most likely a name (a garbled word
 * rarely repeats identically): kind unknown, but its mentions let a misspelling of it be found.
 */
function addRecurringUnknowns(toks: Tok[], forms: Map<string, Form>): void {
  const counts = new Map<string, number>();
  for (const t of toks) if (t.word && !t.known && t.key.length >= 4) counts.set(t.key, (counts.get(t.key) ?? 0) + 1);
  for (const [key, n] of counts) {
    if (n >= 2 && !forms.has(key) && !STOP.has(key) && !VERBS.has(key)) forms.set(key, { kind: 'other', full: key, strength: 0, known: false });
  }
}

/**
 * Forms recognised separately that are one slip apart («گراسیموف», «گراسیمف») name one entity; the
 * surer, then longer form is kept as the full name. Two lexicon words are never merged (حسن ≠ حسین).
 */
function mergeSpellings(forms: Map<string, Form>): void {
  const index = new Map<string, string[]>();
  for (const key of forms.keys()) {
    for (const n of neighbourhood(key)) index.set(n, [...(index.get(n) ?? []), key]);
  }
  for (const [key, form] of forms) {
    for (const n of neighbourhood(key)) {
      for (const other of index.get(n) ?? []) {
        const o = forms.get(other)!;
        if (other === key || (form.known && o.known)) continue;
        // re-point the weaker full name (and everything that points at it) to the stronger one; the
        // weaker is taken for the misspelling, whatever kind its cue suggested
        const [weak, strong, weakKey, strongKey] =
          form.strength < o.strength || (form.strength === o.strength && key.length < other.length) ? [form, o, key, other] : [o, form, other, key];
        if (!sameNameKeys(weakKey, strongKey)) continue;
        if (weak.full === strong.full) continue;
        const from = weak.full;
        for (const f of forms.values()) if (f.full === from) f.full = strong.full;
      }
    }
  }
}

/**
 * An uncovered sequence of one to three words that contains a word the lexicon does not know (or that
 * differs only in spacing) and is one slip from a recognised form becomes a mention of it.
 */
function attachVariants(toks: Tok[], forms: Map<string, Form>, mentions: RawMention[], covered: Uint8Array): void {
  const index = new Map<string, string[]>();
  for (const key of forms.keys()) {
    for (const n of neighbourhood(key)) {
      const list = index.get(n);
      if (list) list.push(key);
      else index.set(n, [key]);
    }
  }
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i].word || covered[i] || STOP.has(toks[i].key)) continue;
    let key = '';
    let unknown = false;
    let found: { last: number; form: string } | undefined;
    for (let j = i; j < toks.length && j - i < 4 && toks[j].word && !covered[j]; j++) {
      if (j > i && toks[j].token.newlineBefore) break;
      key += toks[j].key;
      unknown ||= !toks[j].known;
      if (STOP.has(toks[j].key) && j > i) break;
      if (!unknown) continue;
      const candidates = new Set(neighbourhood(key).flatMap((n) => index.get(n) ?? []));
      for (const c of candidates) {
        if (sameNameKeys(key, c) && !forms.has(key)) found = { last: j + 1, form: c };
      }
    }
    if (found) {
      mentions.push({ first: i, last: found.last, full: forms.get(found.form)!.full });
      covered.fill(1, i, found.last);
      i = found.last - 1;
    }
  }
}

// ------------------------------------------------------------------------------------------ grouping

function groupEntities(text: string, toks: Tok[], forms: Map<string, Form>, raw: RawMention[]): Entity[] {
  const byFull = new Map<string, { mentions: Mention[]; fullSpellings: Map<string, number> }>();
  for (const m of raw) {
    const start = toks[m.first].token.start;
    const end = toks[m.last - 1].token.end;
    const mention: Mention = { span: { start, end }, text: text.slice(start, end) };
    let group = byFull.get(m.full);
    if (!group) byFull.set(m.full, (group = { mentions: [], fullSpellings: new Map() }));
    group.mentions.push(mention);
    if (nameKey(mention.text) === m.full) group.fullSpellings.set(mention.text, (group.fullSpellings.get(mention.text) ?? 0) + 1);
  }
  // the kind and canonical spelling of each full form come from its recognised seed
  const entities: Entity[] = [];
  for (const [full, group] of byFull) {
    const spellings = new Map<string, number>();
    for (const m of group.mentions) spellings.set(m.text, (spellings.get(m.text) ?? 0) + 1);
    const info = forms.get(full);
    // the spelling written most often; on a tie, the gazetteer's
    const fullSpellings = [...group.fullSpellings].sort((a, b) => b[1] - a[1] || Number(b[0] === info?.canonical) - Number(a[0] === info?.canonical));
    const name = fullSpellings[0]?.[0] ?? info?.canonical ?? group.mentions[0].text;
    entities.push({
      key: nameKey(name),
      name,
      kind: info?.kind ?? 'other',
      mentions: group.mentions,
      spellings: [...spellings].sort((a, b) => b[1] - a[1]).map(([text, count]) => ({ text, count })),
    });
  }
  return entities;
}
