// name/inconsistent-across-files: one name spelled one way in most of a desk's articles and another way in some
// («ماکرون» in three files, «مکرون» in one). The input is the finished analyses of several texts. The spellings of
// their entities' mentions (and of runs of a mention's words: «ایرنا» in «گروه فرهنگی ایرنا») are indexed by
// neighbourhood keys and compared with the names check's own rules (name-match.ts: one slip apart; never two
// lexicon words, as entities/agreement.ts, nor two given names or two entries of the names list). Spellings so
// linked are one name; each mention written the minority way is flagged with the spelling most files use — or,
// when the newsroom's names list has the name, with its preferred one. Mentions the names check already flagged in
// their own text, and texts that write the name both ways, are left to that check.
// Pure: texts and findings in, findings out; the host says which text each one is.
import { isKnownName } from './entities';
import { GIVEN } from './entities/gazetteer-index';
import { nameKey, neighbourhood, sameNameKeys, withSuffix } from './name-match';
import { NamesIndex, spellingId, type NamesListEntry } from './names-list';
import { normalizeWord, toPersianDigits } from './persian';
import { SpanIndex } from './spans';
import type { Entity, EntityKind, Finding, Mention, RelatedSpan } from './types';

/** One analysed text of the desk. */
export interface DeskText {
  /** The host's identifier of the text (e.g. its path): related spans pointing into it carry it as `file`. */
  file: string;
  text: string;
  findings: readonly Finding[];
  entities: readonly Entity[];
}

/** What the desk check may consult besides the analyses. */
export interface DeskOptions {
  /** The newsroom's names list: when it has a name, its preferred spelling is the fix, whatever most files use. */
  namesList?: readonly NamesListEntry[];
  /**
   * The analyzer's lexicon (or anything answering the same questions of a normalised word): whether it is a word of
   * the language (`knows`), stored as written (`has`), and how common (`commonness`, 0 for rare). Two everyday words
   * are two words, never one name written two ways. Without it only the gazetteer and given names tell names apart.
   */
  lexicon?: { knows(word: string): boolean; has(word: string): boolean; commonness(word: string): number };
}

export const ACROSS_FILES_CODE = 'name/inconsistent-across-files';

/**
 * A mention of an entity in one text, not already flagged there by the names check, or a run of its words (the
 * surname «ایرنا» of «گروه فرهنگی ایرنا»): the unit a spelling is compared in.
 */
interface Use {
  file: number;
  /** The entity of the mention; none for a word the text's garbled-word check doubts and no entity holds. */
  entity?: Entity;
  /** The mention, or the run of its words. */
  mention: Mention;
  /** The whole mention's span (a mention is flagged once, at its longest unit that is). */
  of: Mention['span'];
  /** The unit is the whole mention. */
  whole: boolean;
  /** The whole mention is the names list's preferred spelling: no part of it is flagged. */
  settled: boolean;
}

/** One way of writing a name across the desk (mentions compared by `spellingId`: letter forms ignored). */
interface DeskSpelling {
  id: string;
  key: string;
  /** The normalised words. */
  words: string[];
  uses: Use[];
  /** Uses that are whole mentions. */
  wholeUses: number;
  /** Uses that another check of their text says are no word («اسسپنسر»: a garbled-word finding). */
  doubted: number;
  /** Uses that are such doubted words outside every mention: never the spelling a desk is asked to follow. */
  loose: number;
  /** The texts using it, in order. */
  files: number[];
  fileSet: Set<number>;
  /** How each use is written, to show the commonest. */
  written: Map<string, number>;
  kinds: Set<EntityKind>;
  /** Every word is a word of the language. */
  known: boolean;
  /** The gazetteer or the given names list it. */
  name: boolean;
  /** A given name («حسن», «حسین»). */
  given: boolean;
  /** A spelling of the names list (no uses of its own unless a text writes it so). */
  listed?: { entry: NamesListEntry; preferred: boolean };
}

/** The most spellings one spelling may be a slip of and still be compared with them (as names.ts). */
const MAX_CANDIDATES = 24;
/** Mentions of more words are compared whole and word by word only, not by every run of words. */
const MAX_RUN_WORDS = 8;
/** The lexicon's commonness of function words (lexicon.ts `Commonness.function`): a run never starts or ends on one. */
const FUNCTION_WORD = 3;
/** Related locations per finding. */
const MAX_RELATED = 5;

/**
 * The desk's findings, one array per text in the order given (each sorted by position). Texts are compared only
 * through their entities' spellings, indexed by neighbourhood keys: the cost grows with the number of mentions.
 */
export function checkDesk(texts: readonly DeskText[], options: DeskOptions = {}): Finding[][] {
  const out: Finding[][] = texts.map(() => []);
  if (texts.length < 2) return out;
  const lexicon = options.lexicon;
  const words = new Map<string, WordFacts>();
  const factsOf = (w: string): WordFacts => {
    let f = words.get(w);
    if (!f) {
      const known = lexicon?.knows(w) ?? false;
      words.set(w, (f = { known, stored: lexicon?.has(w) ?? false, common: known && lexicon!.commonness(w) > 0, name: isKnownName(w), given: GIVEN.has(nameKey(w)) }));
    }
    return f;
  };

  const spellings = new Map<string, DeskSpelling>();
  const spellingOf = (text: string): DeskSpelling => {
    const id = spellingId(text);
    let s = spellings.get(id);
    if (!s) {
      const ws = id.split(' ');
      s = { id, key: nameKey(id), words: ws, uses: [], wholeUses: 0, doubted: 0, loose: 0, files: [], fileSet: new Set(), written: new Map(), kinds: new Set(), known: ws.every((w) => factsOf(w).known), name: isKnownName(id), given: GIVEN.has(nameKey(id)) };
      spellings.set(id, s);
    }
    return s;
  };
  const addUse = (s: DeskSpelling, use: Use, doubted: boolean) => {
    s.uses.push(use);
    if (use.whole) s.wholeUses++;
    if (doubted) s.doubted++;
    if (!use.entity) s.loose++;
    if (!s.fileSet.has(use.file)) {
      s.files.push(use.file);
      s.fileSet.add(use.file);
    }
    s.written.set(use.mention.text, (s.written.get(use.mention.text) ?? 0) + 1);
    if (use.entity) s.kinds.add(use.entity.kind);
  };
  const list = options.namesList?.length ? new NamesIndex(options.namesList) : undefined;
  const functionWord = (w: string) => (lexicon ? lexicon.commonness(normalizeWord(w)) >= FUNCTION_WORD : false);
  texts.forEach((t, file) => {
    // the names check has judged these mentions within their own text already
    const judged = new SpanIndex(t.findings.filter((f) => f.check === 'name').map((f) => f.span));
    const doubts = t.findings.filter((f) => f.check === 'garbled');
    const garbled = new SpanIndex(doubts.map((f) => f.span));
    const mentioned = new SpanIndex(t.entities.flatMap((e) => e.mentions.map((m) => m.span)));
    for (const entity of t.entities) {
      for (const mention of entity.mentions) {
        // a recurring unknown word with no cue may be words run together: only its one-word spellings (as names.ts)
        if (entity.kind === 'other' && /[\s\u200c]/.test(mention.text.trim())) continue;
        if (judged.overlaps(mention.span)) continue;
        const settled = list?.lookup(mention.text)?.preferred === true;
        for (const unit of units(t.text, mention, functionWord)) {
          const whole = unit.span === mention.span;
          // (at least three letters: not «(س)»; a given name alone is not the name of a longer mention)
          if ((unit.text.match(/\p{L}/gu)?.length ?? 0) < 3 || (!whole && GIVEN.has(nameKey(unit.text)))) continue;
          addUse(spellingOf(unit.text), { file, entity, mention: unit, of: mention.span, whole, settled }, garbled.overlaps(unit.span));
        }
      }
    }
    // a word the garbled-word check doubts and no entity holds («تهرن» alone in a short dispatch) may still be a
    // slip of a name the other texts write: it is compared as a spelling, but never followed
    for (const f of doubts) {
      const written = t.text.slice(f.span.start, f.span.end);
      if (/[\s\u200c]/.test(written) || (written.match(/\p{L}/gu)?.length ?? 0) < 3 || mentioned.overlaps(f.span) || judged.overlaps(f.span)) continue;
      // (with the word beside it, too: «محمدرظا شجریان» is compared with «محمدرضا شجریان», and a given name is
      // never compared alone)
      for (const span of withNeighbours(t.text, f.span)) {
        const mention = { span, text: t.text.slice(span.start, span.end) };
        addUse(spellingOf(mention.text), { file, mention, of: span, whole: true, settled: false }, true);
      }
    }
  });
  if (list) {
    for (const entry of list.entries) {
      for (const text of [entry.preferred, ...entry.variants]) {
        const s = spellingOf(text);
        s.listed ??= list.lookup(text);
        if (entry.kind) s.kinds.add(entry.kind);
      }
    }
  }

  // spellings that may be one name, joined through the neighbourhood index
  const all = [...spellings.values()];
  const index = new Map<string, DeskSpelling[]>();
  for (const s of all) {
    for (const n of neighbourhood(s.key)) {
      const at = index.get(n);
      if (at) at.push(s);
      else index.set(n, [s]);
    }
  }
  const near = new Map<DeskSpelling, DeskSpelling[]>();
  const groups = new UnionFind<DeskSpelling>();
  for (const s of all) {
    // a spelling one slip from many others is no evidence for any of them (and is not compared with each)
    const candidates = new Set<DeskSpelling>();
    let crowded = false;
    for (const n of neighbourhood(s.key)) {
      for (const r of index.get(n) ?? []) {
        if (r !== s) candidates.add(r);
        if ((crowded = candidates.size > MAX_CANDIDATES)) break;
      }
      if (crowded) break;
    }
    if (crowded) continue;
    const ones = [...candidates].filter((r) => oneName(s, r, factsOf));
    near.set(s, ones);
    for (const r of ones) groups.join(s, r);
  }
  // the spellings of one entry of the names list are one name
  if (list) {
    for (const entry of list.entries) for (const v of entry.variants) groups.join(spellings.get(spellingId(entry.preferred))!, spellings.get(spellingId(v))!);
  }

  // a mention is flagged once, at the longest of its units that is (then at the first spelling to ask)
  const proposed = new Map<number, Map<string, Finding>>();
  const propose: Propose = (use, f) => {
    let byMention = proposed.get(use.file);
    if (!byMention) proposed.set(use.file, (byMention = new Map()));
    const at = `${use.of.start}:${use.of.end}`;
    const old = byMention.get(at);
    if (!old || f.span.end - f.span.start > old.span.end - old.span.start) byMention.set(at, f);
  };
  const members = new Map<DeskSpelling, DeskSpelling[]>();
  for (const s of all) {
    const root = groups.find(s);
    const m = members.get(root);
    if (m) m.push(s);
    else members.set(root, [s]);
  }
  for (const group of members.values()) {
    const used = group.filter((s) => s.uses.length);
    if (used.length < 2 || new Set(used.flatMap((s) => s.files)).size < 2) continue;
    const entries = new Set(group.flatMap((s) => (s.listed ? [s.listed.entry] : [])));
    if (entries.size) fromList(used, near, entries, spellings, texts, propose);
    else fromMajority(used, near, spellings, factsOf, texts, propose);
  }
  for (const [file, byMention] of proposed) out[file] = [...byMention.values()].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return out;
}

/**
 * The mention and the runs of its words (up to MAX_RUN_WORDS words; past that, single words), none starting or
 * ending on a function word («وزارت راه و شهرسازی»: not «راه و»). The text of each is read from the text itself.
 */
function units(text: string, mention: Mention, functionWord: (w: string) => boolean): Mention[] {
  const written = text.slice(mention.span.start, mention.span.end);
  const words = [...written.matchAll(/\S+/g)].map((m) => ({ start: mention.span.start + m.index!, end: mention.span.start + m.index! + m[0].length, fn: functionWord(m[0]) }));
  const out: Mention[] = [{ span: mention.span, text: written }];
  if (words.length < 2) return out;
  const longest = words.length > MAX_RUN_WORDS ? 1 : words.length - 1;
  for (let i = 0; i < words.length; i++) {
    if (words[i].fn) continue;
    for (let j = i + 1; j <= Math.min(words.length, i + longest); j++) {
      if (words[j - 1].fn || (i === 0 && j === words.length)) continue;
      const span = { start: words[i].start, end: words[j - 1].end };
      out.push({ span, text: text.slice(span.start, span.end) });
    }
  }
  return out;
}

/** The longest a word beside a doubted word may be (it is looked for within this many code units). */
const NEIGHBOUR_REACH = 24;

/** A span, and the spans of it with the word just before and with the word just after (one space apart). */
function withNeighbours(text: string, span: Mention['span']): Mention['span'][] {
  const out = [span];
  const before = /(?:^|[^\p{L}\p{M}\u200c])([\p{L}\p{M}\u200c]+) $/u.exec(text.slice(Math.max(0, span.start - NEIGHBOUR_REACH), span.start));
  if (before) out.push({ start: span.start - before[1].length - 1, end: span.end });
  const after = /^ ([\p{L}\p{M}\u200c]+)(?![\p{L}\p{M}\u200c])/u.exec(text.slice(span.end, span.end + NEIGHBOUR_REACH + 1));
  if (after) out.push({ start: span.start, end: span.end + after[0].length });
  return out;
}

type Propose = (use: Use, finding: Finding) => void;

interface WordFacts {
  /** A word of the language. */
  known: boolean;
  /** Stored in the lexicon as written (`Lexicon.has`): a compound the dictionary lists, «محیط‌زیست» no, «راه‌آهن» yes. */
  stored: boolean;
  /** Known and not rare. */
  common: boolean;
  /** In the gazetteer or a given name. */
  name: boolean;
  given: boolean;
}

/**
 * True when `a` and `b` may be one name written two ways, by the names check's rules: their keys one slip apart
 * (`sameNameKeys`; a «و» glued on at the end is the conjunction), and, in the word that differs, not two words of
 * the language (as entities/agreement.ts: «حسن», «حسین»; and «آمریکا», «امریکا» are accepted spellings), not two
 * given names, not two entries of the names list, and the same kind of entity where both were told apart. (The
 * gazetteer writes some names two ways, «ماکرون» and «مکرون»: two gazetteer spellings may be one name.)
 */
function oneName(a: DeskSpelling, b: DeskSpelling, factsOf: (w: string) => WordFacts): boolean {
  if (a.id === b.id || !sameNameKeys(a.key, b.key) || withSuffix(a.key, b.key, 'و') || gluedAnd(a.key, b.key)) return false;
  if (a.listed && b.listed && a.listed.entry !== b.listed.entry) return false;
  // the same letters with other word breaks («سازمان‌هواپیمایی کشوری», «سازمان هواپیمایی کشوری»), unless the
  // joined form is a compound the dictionary lists («راه‌آهن», «راه آهن»): two accepted ways of writing it
  if (spacingOnly(a, b)) return !listedCompound(a, b, factsOf);
  const [x, y, sameKey, short] = differingWords(a, b, factsOf);
  if (x.known && y.known) return false;
  if (x.given && y.given && !sameKey) return false;
  // across unrelated stories a three-letter name one letter from another is as likely another name («آپا», «آنا»)
  if (short && !sameKey) return false;
  // a misspelt mention often gets the wrong kind from its cue («کرادستان» read as a person): kinds told apart
  // count only between spellings that are both words or names
  return kindsAgree(a.kinds, b.kinds) || !(x.known || x.name) || !(y.known || y.name);
}

/** Only the word breaks differ (space, half-space or none): «علی‌پور», «علی پور», «علیپور». */
function spacingOnly(a: DeskSpelling, b: DeskSpelling): boolean {
  return a.words.join('').replace(/\u200c/g, '') === b.words.join('').replace(/\u200c/g, '');
}

/** Of two spellings that differ in word breaks, the words of the more joined one that the other lacks are all stored. */
function listedCompound(a: DeskSpelling, b: DeskSpelling, factsOf: (w: string) => WordFacts): boolean {
  const breaks = (s: DeskSpelling) => 2 * (s.words.length - 1) + s.words.reduce((n, w) => n + w.split('\u200c').length - 1, 0);
  const [joined, apart] = breaks(a) <= breaks(b) ? [a, b] : [b, a];
  const own = joined.words.filter((w) => !apart.words.includes(w));
  return own.length > 0 && own.every((w) => factsOf(w).stored);
}

/** One key is the other with «و» in front: the conjunction glued on («وشهادت»), not a slip in the name. */
function gluedAnd(a: string, b: string): boolean {
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  return l.length === s.length + 1 && l[0] === 'و' && l.endsWith(s);
}

/**
 * The facts about the one word in which two spellings differ, or about the whole spellings when several do (or
 * the words are cut differently); whether those differ only in letter forms and spacing; and whether one of them
 * is shorter than four letters.
 */
function differingWords(a: DeskSpelling, b: DeskSpelling, factsOf: (w: string) => WordFacts): [WordFacts, WordFacts, boolean, boolean] {
  if (a.words.length === b.words.length) {
    const differ = a.words.map((w, i) => (w === b.words[i] ? -1 : i)).filter((i) => i >= 0);
    if (differ.length === 1) {
      const [x, y] = [a.words[differ[0]], b.words[differ[0]]];
      const [kx, ky] = [nameKey(x), nameKey(y)];
      return [factsOf(x), factsOf(y), kx === ky, Math.min(kx.length, ky.length) < 4];
    }
  }
  const whole = (s: DeskSpelling): WordFacts => ({ known: s.known, stored: false, common: s.words.every((w) => factsOf(w).common), name: s.name, given: s.given });
  return [whole(a), whole(b), a.key === b.key, Math.min(a.key.length, b.key.length) < 4];
}

/** Kinds told apart (a person and a place) are two things; an unknown kind agrees with any. */
function kindsAgree(a: ReadonlySet<EntityKind>, b: ReadonlySet<EntityKind>): boolean {
  if (!a.size || !b.size || a.has('other') || b.has('other')) return true;
  for (const k of a) if (b.has(k)) return true;
  return false;
}

/**
 * True when writing `s` for `r` is worth flagging: `s` is not an everyday word, nor a listed name written for one
 * that is not listed (as names.ts: «اردوغان» is never a slip of «اردوقان»).
 */
function mayFlag(s: DeskSpelling, r: DeskSpelling, factsOf: (w: string) => WordFacts): boolean {
  if (spacingOnly(s, r)) return true;
  const [x, y] = differingWords(s, r, factsOf);
  return !x.common && !(x.name && !y.name);
}

/**
 * The spelling most texts use; then the one used most. Between spellings used equally, the evidence of the analyses:
 * the one their garbled-word check doubts less often («جیمز اسسپنسر» ×1 is flagged there, «جیمز اسپنسر» ×1 is not),
 * the one the gazetteer or the lexicon knows, and, of two spellings one word apart, the one whose word is used more
 * on its own; then the first by code units (deterministic).
 */
function majority(used: readonly DeskSpelling[], spellings: ReadonlyMap<string, DeskSpelling>): DeskSpelling {
  const wordUses = (s: DeskSpelling, other: DeskSpelling) => {
    if (s.words.length !== other.words.length || s.words.length < 2) return 0;
    const differ = s.words.filter((w, i) => w !== other.words[i]);
    return differ.length === 1 ? (spellings.get(differ[0])?.uses.length ?? 0) : 0;
  };
  return used.reduce((best, s) => {
    if (s.files.length !== best.files.length) return s.files.length > best.files.length ? s : best;
    if (s.uses.length !== best.uses.length) return s.uses.length > best.uses.length ? s : best;
    if (s.doubted !== best.doubted) return s.doubted < best.doubted ? s : best;
    const [ks, kb] = [s.name || s.known, best.name || best.known];
    if (ks !== kb) return ks ? s : best;
    const [ws, wb] = [wordUses(s, best), wordUses(best, s)];
    if (ws !== wb) return ws > wb ? s : best;
    return s.id < best.id ? s : best;
  });
}

function fromMajority(
  used: DeskSpelling[],
  near: Map<DeskSpelling, DeskSpelling[]>,
  spellings: ReadonlyMap<string, DeskSpelling>,
  factsOf: (w: string) => WordFacts,
  texts: readonly DeskText[],
  propose: Propose,
): void {
  const followed = used.filter((s) => s.uses.length > s.loose);
  if (!followed.length) return;
  const r = majority(followed, spellings);
  const fix = shown(r);
  const related = relatedIn([r], texts);
  for (const s of used) {
    if (s === r || !near.get(s)?.includes(r) || !mayFlag(s, r, factsOf)) continue;
    // word breaks are compared between whole names only: within a longer name, «محیط‌زیست» and «محیط زیست» are
    // a matter of style, not a second spelling of the name
    const spacing = spacingOnly(s, r);
    if (spacing && !r.wholeUses) continue;
    // a doubted word with the word beside it is compared word for word: «محمدرظا شجریان», «محمدرضا شجریان»; not
    // «کارو دانش» with «کاردانش»
    if (s.loose === s.uses.length && s.words.length > 1 && (s.words.length !== r.words.length || !s.words.some((w, i) => w === r.words[i]))) continue;
    for (const use of s.uses) {
      // a text that writes the name both ways has been judged by the names check on its own
      if (use.settled || r.fileSet.has(use.file) || (spacing && !use.whole)) continue;
      const message = {
        fa: `نام «${use.mention.text}» در ${count(s.files.length, 'fa')} به این صورت و در ${count(r.files.length, 'fa')} به صورت «${fix}» آمده است؛ یک املا را به کار ببرید.`,
        en: `The name “${use.mention.text}” is spelled so in ${count(s.files.length, 'en')} and “${fix}” in ${count(r.files.length, 'en')}; use one spelling.`,
      };
      propose(use, finding(use, fix, message, related(use.file)));
    }
  }
}

function fromList(
  used: DeskSpelling[],
  near: Map<DeskSpelling, DeskSpelling[]>,
  entries: ReadonlySet<NamesListEntry>,
  spellings: Map<string, DeskSpelling>,
  texts: readonly DeskText[],
  propose: Propose,
): void {
  // where the other texts write the name: the preferred spelling first
  const relatedOf = new Map<NamesListEntry, (own: number) => RelatedSpan[]>();
  for (const entry of entries) {
    const preferred = spellings.get(spellingId(entry.preferred))!;
    relatedOf.set(entry, relatedIn([preferred, ...used.filter((r) => r !== preferred && r.listed?.entry === entry)], texts));
  }
  for (const s of used) {
    if (s.listed?.preferred) continue;
    // the entry this spelling is listed under, else the one entry of the spellings it is one slip from
    let entry = s.listed?.entry;
    if (!entry) {
      const of = new Set((near.get(s) ?? []).flatMap((r) => (r.listed ? [r.listed.entry] : [])));
      if (of.size !== 1) continue;
      [entry] = of;
    }
    if (!entries.has(entry) || spellingId(entry.preferred) === s.id) continue;
    const preferred = spellings.get(spellingId(entry.preferred))!;
    const related = relatedOf.get(entry)!;
    const p = entry.preferred;
    for (const use of s.uses) {
      if (use.settled) continue;
      const w = use.mention.text;
      const message = preferred.files.length
        ? {
            fa: `فهرست نام‌ها «${p}» را به جای «${w}» می‌خواهد؛ «${w}» در ${count(s.files.length, 'fa')} و «${p}» در ${count(preferred.files.length, 'fa')} آمده است.`,
            en: `The names list spells “${w}” as “${p}”; “${w}” is in ${count(s.files.length, 'en')}, “${p}” in ${count(preferred.files.length, 'en')}.`,
          }
        : {
            fa: `فهرست نام‌ها «${p}» را به جای «${w}» می‌خواهد؛ «${w}» در ${count(s.files.length, 'fa')} آمده است.`,
            en: `The names list spells “${w}” as “${p}”; “${w}” is in ${count(s.files.length, 'en')}.`,
          };
      propose(use, finding(use, p, message, related(use.file)));
    }
  }
}

function finding(use: Use, fix: string, message: Finding['message'], related: RelatedSpan[]): Finding {
  return { check: 'name', code: ACROSS_FILES_CODE, severity: 'warning', span: use.mention.span, message, suggestions: [fix], related, entity: use.entity?.key };
}

/**
 * For a text, mentions of these spellings in the other texts: the first in each text (texts of the first spelling
 * first), then the second in each, at most MAX_RELATED. Worked out once per text, in a bounded number of steps.
 */
function relatedIn(spellings: readonly DeskSpelling[], texts: readonly DeskText[]): (own: number) => RelatedSpan[] {
  const byFile = new Map<number, Use[]>();
  for (const s of spellings) {
    for (const u of s.uses) {
      const at = byFile.get(u.file);
      if (!at) byFile.set(u.file, [u]);
      else if (at.length < MAX_RELATED) at.push(u);
    }
  }
  // (the texts that can appear: MAX_RELATED of them, and one more in case one is the asking text)
  const files = [...byFile.keys()].slice(0, MAX_RELATED + 1);
  const done = new Map<number, RelatedSpan[]>();
  return (own) => {
    let related = done.get(own);
    if (related) return related;
    const picked: Use[] = [];
    const others = files.filter((f) => f !== own);
    for (let round = 0; round < MAX_RELATED && picked.length < MAX_RELATED; round++) {
      for (const f of others) {
        const u = byFile.get(f)![round];
        if (u && picked.length < MAX_RELATED) picked.push(u);
      }
    }
    related = picked.map((u) => {
      const file = texts[u.file].file;
      return { span: u.mention.span, file, message: { fa: `«${u.mention.text}» در ${file}`, en: `“${u.mention.text}” in ${file}` } };
    });
    done.set(own, related);
    return related;
  };
}

/** How a spelling is written most often (the first written so on a tie). */
function shown(s: DeskSpelling): string {
  let best = '';
  let n = 0;
  for (const [text, c] of s.written) if (c > n) [best, n] = [text, c];
  return best || s.id;
}

function count(files: number, lang: 'fa' | 'en'): string {
  return lang === 'fa' ? `${toPersianDigits(String(files))} پرونده` : files === 1 ? '1 file' : `${files} files`;
}

class UnionFind<T> {
  private readonly parent = new Map<T, T>();

  find(x: T): T {
    let r = x;
    while (this.parent.has(r)) r = this.parent.get(r)!;
    for (let y = x; y !== r; ) {
      const next = this.parent.get(y)!;
      this.parent.set(y, r);
      y = next;
    }
    return r;
  }

  join(a: T, b: T): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}
