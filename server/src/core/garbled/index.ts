// Garbled words (codes `garbled/…`): Persian words that are not Persian words, with corrections ranked best
// first. Models the damage Persian text really suffers: dots lost or misread, alef/hamza variants, dropped
// or doubled letters, two words run together, a word cut in two, and stray «،» glued inside a phrase.
import type { Check, CheckContext } from '../analyze';
import { Commonness, Tier } from '../lexicon';
import { isKnownName } from '../entities';
import { colloquialStandard } from './colloquial';
import { arabicPassages, inShortQuote, isCodeField, isLetterLabel } from './surroundings';
import { markRepairs } from './marks';
import { findPunctuationDamage, softLineBreaks, type MarkEvidence } from './punctuation';
import { isVerbForm } from './verbs';
import { NOUN_SLOT_VERBS as LIGHT_VERBS } from '../light-verbs';
import { toPersianDigits, ZWNJ } from '../persian';
import { BOUND_MORPHEMES, NEAR_COST, rankCorrections, rankShiftedSpace, rankWord, withFinalMark, wordPrior, type Ranked } from './rank';
import { damageOdds, documentNoise, realWordRepair, type RealWordContext } from './real-word';
import type { Fit } from '../context/fit';
import type { SearchCache } from './search';
import { COST } from './search';


import type { Token } from '../text';
import type { Finding, Localized, Severity } from '../types';

/** Prefixes and first parts of compounds that informal spacing writes apart from the rest. */
const SEPARABLE_PREFIXES = new Set(
  'فرا فرو خود برون درون در بر به آن این هم بی نا پیش پس باز دگر کم پر خوش بد نیک ابر ریز چند تک دو سه نیم'.split(' '),
);

/**
 * Pronoun clitics and the indefinite/ezafe «ی», which some text (and treebank tokenisation) writes apart, also
 * with the glide «ی» after a vowel (دست‌ها یش، سینما یی).
 */
const CLITICS = new Set(['م', 'ت', 'ش', 'ی', 'مان', 'تان', 'شان', 'ام', 'ات', 'اش', 'یم', 'یت', 'یش', 'یمان', 'یتان', 'یشان', 'یی']);

/** Verb prefixes written with a half-space: what follows them must be a verb. */
const VERB_PREFIXES = new Set(['می', 'نمی']);

/** Derivational suffixes that Persian writes after a half-space (مربی‌گری، صلح‌طلب، دانش‌مند). */
const DERIVATIONAL_SUFFIXES = new Set('گر گری گرا گرایی گرایان وار واره مند مندی ستان گاه گاهی دان دانی زاده سار'.split(' '));

/**
 * Conjunctions and particles that are never part of a compound: one glued to a neighbour (وتاریخی، راتکرار،
 * برنداما) is two words run together.
 */
const GLUE_WORDS = new Set('و را که اما نیز یا اگر ولی زیرا'.split(' '));
/** Prepositions and pronouns, which begin compounds (درباره، خودرو) but never end one (نیوزبه، انتشارخود). */
const AFTER_GLUE_WORDS = new Set('به از در با بر تا خود او وی ما شما ایشان آنها'.split(' '));

/** A finite verb (not an infinitive or participle, which do form compounds: اسیدپاشی، تبخیرشده). */
const isFiniteVerb = (w: string) => isVerbForm(w) && !/[نه]$/.test(w);

/** A suffix or clitic that is never a word of its own. */
const isSuffix = (w: string) => BOUND_MORPHEMES.has(w) || CLITICS.has(w);

/** Endings that derive or inflect a word (adjective, plural, abstract noun, agent). */
const DERIVATION_ENDING = /(?:انی|انه|ان|ی|ها|های|ند|نده|گی|وار|وارند)$/;

/** Words after which news text names its source (an agency, a paper, a person). */
const SOURCE_CUES = new Set(['نقل از', 'خبرگزاری', 'روزنامه', 'هفته‌نامه', 'پایگاه', 'شبکه', 'سایت']);

/** Words that stand beside any word, so never read as half of a split word. */
const STANDALONE = new Set(['و', 'را']);

/** Prepositions that never stand right before a finite verb («تا» and «بر» may: تا بود، بر آمد). */
const PURE_PREPOSITIONS = new Set(['به', 'با', 'از']);

/** Preverbs that never stand alone as words: written joined to a verb they form a compound verb (فروبرد). */
const BOUND_PREVERBS = ['فرو', 'فرا'];

/** Prepositions that older and informal spelling writes joined to the next word. */
const JOINED_PREPOSITIONS = new Set(['بر', 'در', 'از', 'با', 'به', 'تا', 'هم']);

/** Bound for two damaged neighbours read as one word inside a damaged phrase (heavier damage). */
const PHRASE_JOIN_MAX_COST = 1.7;
/** Bound for repairing a known (rare) word into a common one: a dot or hamza, not an arbitrary edit. */
const REAL_WORD_MAX_COST = 0.4;
/** Cost of reading a final «ه» as a misread «،» glued to the word. */
const GLUED_COMMA_AS_HEH = 0.7;
/** Bound for repairing a compound of known parts into a listed compound. */
const COMPOUND_REPAIR_MAX_COST = 1;
/** Up to this cost any compound repair counts; above it only a lost or added letter. */
const CHEAP_COMPOUND_REPAIR = 0.75;
/** A probable name is hinted at only when a common word lies this close (a possible misreading). */
const NAME_HINT_MAX_COST = 1.05;
/** Words this long are one edit from another word only by damage: no name is one letter off a long word. */
const LONG_WORD = 8;
/** At or below this score a correction is confident enough for severity error. */
const CONFIDENT = 0.6;
/** Words this short whose nearest repair is an arbitrary edit are hinted at only. */
const SHORT_WORD = 4;
/** Above this score no suggestion is plausible. */
const PLAUSIBLE = 1.2;
/** A best suggestion this far ahead of the next one is unambiguous (safe to apply unreviewed). */
const SAFE_GAP = 0.25;
/** A listed word is reported as another word damaged when the repair's ln odds reach this (see real-word.ts). */
const REAL_WORD_ODDS = 3;
/** The same for a word the recogniser took for a name (see checkRealWord). */
const REAL_WORD_ODDS_FOR_NAME = 5;
/** Below these ln odds of damage against a word meant as written (see damageOdds) an unknown word's finding is a hint. */
const ODDS_FOR_WARNING = -2;

/** Inflections after which a headword keeps its spelling (رؤیا → رؤیاها، مؤسس → مؤسسان). */
const HAMZA_HEAD_SUFFIX = /(?:ترین|تر|ها|های|ان|ی)$/;

/** Left-to-right and right-to-left marks that PDF extraction and OCR leave around digits. */
const BIDI_MARKS = /[\u200e\u200f]/g;

/** Arabic letter forms that Persian writes otherwise (ي ى for ی, ك for ک). */
const ARABIC_FORMS = /[\u064a\u0649\u0643]/;

/** Suffixes that, standing alone, are a pronoun with its first letter lost, and their repairs. */
const LOST_ALEF = new Map([
  ['ان', ['آن', 'این']],
  ['ین', ['این']],
]);

/** Findings that repair a word, which a stray mark glued to the word joins (see joinGluedMarks). */
const WORD_REPAIRS = new Set(['garbled/unknown-word', 'garbled/merged-words']);

/** Commas that damage glues into a phrase (a misread «.» is handled mark by mark in punctuation.ts). */
const COMMAS = new Set(['،', ',']);

class GarbledRun {
  private readonly lexicon;
  private readonly tokens: Token[];
  private readonly documentWords = new Set<string>();
  private documentCounts?: Map<string, number>;
  private readonly candidateCache = new Map<string, Ranked[]>();
  private readonly findings: Finding[] = [];
  private readonly covered = new Set<number>();
  /** Word tokens of passages quoted in Arabic (see surroundings.ts). */
  private readonly arabic: Set<number>;

  /** True when the text writes Persian «ی»/«ک» (so Arabic forms in a word are out of place). */
  private readonly persianForms: boolean;

  /** The share of the document's words that are damaged (see documentNoise). */
  private readonly noise: number;
  /** How many words the document has. */
  private readonly wordCount: number;

  constructor(private readonly ctx: CheckContext) {
    this.persianForms = /[یک]/.test(ctx.text);
    this.lexicon = ctx.lexicon;
    this.tokens = ctx.tokens;
    let words = 0;
    let unknown = 0;
    for (const t of ctx.tokens) {
      if (t.kind !== 'word') continue;
      words++;
      if (ctx.knows(t.norm)) this.documentWords.add(t.norm);
      else unknown++;
    }
    this.noise = documentNoise(unknown, words);
    this.wordCount = words;
    this.arabic = arabicPassages(ctx.tokens, ctx.sentences, ctx.knows);
  }

  run(): Finding[] {
    this.findStrayPunctuation();
    this.findMarkDamage();
    this.findDigitForRa();
    this.findConjunctionOnNumber();
    for (const t of this.tokens) {
      if (t.kind === 'run') this.reportRun(t);
      if (t.kind !== 'word' || this.covered.has(t.index)) continue;
      if (this.checkMarks(t) || this.checkHamzaSeat(t) || this.checkLostAlef(t)) continue;
      if (this.ctx.knows(t.norm)) {
        const reported = this.findings.length;
        this.checkKnownWord(t);
        if (this.findings.length === reported) this.checkRealWord(t);
      } else this.checkUnknownWord(t);
    }
    return this.joinGluedMarks();
  }

  /**
   * A damaged word and a stray mark glued to it («ارانه.» , «بازذاشت:») are one piece of damage to the reader:
   * reported once, over both, so that one fix repairs the word and the mark together.
   */
  private joinGluedMarks(): Finding[] {
    const marks = new Map<number, Finding>();
    for (const f of this.findings) if (f.code === 'garbled/stray-punctuation') marks.set(f.span.start, f).set(-f.span.end - 1, f);
    const joined = new Set<Finding>();
    const repairedAt = new Set<number>();
    for (const f of this.findings) if (WORD_REPAIRS.has(f.code)) repairedAt.add(f.span.start).add(f.span.end);
    const SEVERITY: Severity[] = ['hint', 'information', 'warning', 'error'];
    const text = this.ctx.text;
    // (a mark between two damaged pieces may cut one word in two, «مس.کو»: deleting it alone is the repair)
    const apart = (mark: Finding | undefined) => mark && !(repairedAt.has(mark.span.start) && repairedAt.has(mark.span.end));
    for (const f of this.findings) {
      if (!WORD_REPAIRS.has(f.code) || f.suggestions.length === 0) continue;
      const after = marks.get(f.span.end);
      const before = marks.get(-f.span.start - 1);
      const mark = apart(after) && !joined.has(after!) ? after : apart(before) && !joined.has(before!) ? before : undefined;
      // (only a mark best deleted: a misread «،» is punctuation damage of its own, beside the word's)
      if (!mark || mark.suggestions[0]?.trim() !== '') continue;
      joined.add(mark);
      const first = mark === after;
      // a mark between the word and the next (جذید.و): deleting it would glue the repaired word to its neighbour
      const between = /\p{L}/u.test(text[mark.span.start - 1] ?? '') && /\p{L}/u.test(text[mark.span.end] ?? '');
      const readings = between ? [...mark.suggestions].sort((x, y) => Number(x === '') - Number(y === '')) : mark.suggestions;
      const combos: [string, number][] = [];
      f.suggestions.forEach((w, i) => readings.forEach((m, j) => combos.push([first ? w + m : m + w, i + j + i / 10])));
      combos.sort((x, y) => x[1] - y[1]);
      f.suggestions = [...new Set(combos.map(([text]) => text))].slice(0, 5);
      f.span = { start: Math.min(f.span.start, mark.span.start), end: Math.max(f.span.end, mark.span.end) };
      if (SEVERITY.indexOf(mark.severity) > SEVERITY.indexOf(f.severity)) f.severity = mark.severity;
      const seen = text.slice(f.span.start, f.span.end);
      f.message = {
        fa: `واژهٔ آسیب‌دیده با نشانه‌ای چسبیده به آن: «${seen}». شاید «${f.suggestions[0].trim()}»؟`,
        en: `A damaged word with a stray mark glued to it: “${seen}”. Did you mean “${f.suggestions[0].trim()}”?`,
      };
      delete f.safe;
    }
    return joined.size === 0 ? this.findings : this.findings.filter((f) => !joined.has(f));
  }

  // ---- single words ----

  /**
   * An unknown word met after the document spent its search budget (see work.ts): reported without suggestions,
   * saying so, unless it reads as a name.
   */
  private reportUnsearched(t: Token): void {
    if (this.isName(t)) return;
    this.emit('unknown-word', 'warning', t.start, t.end, [], false, {
      fa: `واژهٔ ناشناخته: «${t.text}». این سند بیش از اندازه واژهٔ ناشناخته دارد و برای این واژه پیشنهادی جست‌وجو نشد.`,
      en: `Unknown word: “${t.text}”. This document has too many unknown words: suggestions were skipped for this one.`,
    });
  }

  /** A run of letters too long to be a word (see MAX_WORD_LENGTH): reported, never searched. */
  private reportRun(t: Token): void {
    const shown = t.text.length > 24 ? `${t.text.slice(0, 12)}…${t.text.slice(-12)}` : t.text;
    this.emit('overlong-word', 'warning', t.start, t.end, [], false, {
      fa: `${toPersianDigits(String(t.text.length))} نویسه بی هیچ فاصله‌ای: «${shown}» یک واژه نیست؛ شاید فاصله‌ها افتاده‌اند. برای این رشته پیشنهادی جست‌وجو نشد.`,
      en: `${t.text.length} characters without a space: “${shown}” is not one word; spaces may have been lost. Suggestions were skipped for it.`,
    });
  }

  private checkUnknownWord(t: Token): void {
    if (this.isAbbreviationOrMarker(t) || this.isPreverbCompound(t.norm)) return;
    // a half-space where a space belongs (کاملا‌تمیز): two words run together, though the eye barely sees it
    const spaced = this.lexicon.misplacedHalfSpace(t.norm);
    if (spaced) {
      const fix = spaced.join(' ');
      this.emit('merged-words', 'warning', t.start, t.end, [fix], false, {
        fa: `نیم‌فاصله به جای فاصله: «${t.text}». شاید «${fix}»؟`,
        en: `A half-space where a space belongs: “${t.text}”. Did you mean “${fix}”?`,
      });
      return;
    }
    // a compound written with half-spaces whose parts are all words (دوست‌داشتنی‌ترین) is fine
    if (
      t.norm.includes(ZWNJ) &&
      !this.lexicon.hasStackedPlural(t.norm) &&
      t.norm.split(ZWNJ).every((p) => this.ctx.knows(p) || BOUND_MORPHEMES.has(p))
    ) {
      return;
    }
    const prev = this.wordNeighbour(t, -1);
    const next = this.wordNeighbour(t, 1);
    // half of a word written with a space where a half-space belongs (بین المللی): the style check's business
    if ((prev && this.knownJoin(prev.norm, t.norm, ZWNJ)) || (next && this.knownJoin(t.norm, next.norm, ZWNJ))) return;
    // a word cut in two by a space (بزر گداشت)
    for (const [a, b] of [[prev, t], [t, next]] as const) {
      if (a && b && !this.covered.has(a.index) && !this.covered.has(b.index) && this.knownJoin(a.norm, b.norm, '')) {
        // a prefix written apart (فرا رسیدن، خود کفا، برون زا) is mostly a spacing habit: a hint only
        const pieces = [a, b].filter((p) => !this.ctx.knows(p.norm));
        const habit = pieces.length === 1 && pieces[0] === b && SEPARABLE_PREFIXES.has(a.norm);
        // a clitic written apart from a known word (نظرات ش، حرف م) is a spacing convention of some text (and
        // treebank tokenisation) as often as damage: a hint only
        const clitic = pieces.length === 1 && pieces[0] === b && this.ctx.knows(a.norm) && CLITICS.has(b.norm);
        this.covered.add(a.index).add(b.index);
        const joined = a.norm + b.norm;
        this.emit('split-word', habit || clitic ? 'hint' : 'error', a.start, b.end, [joined], !habit && !clitic, {
          fa: `واژهٔ شکسته: «${a.text} ${b.text}». شاید «${joined}»؟`,
          en: `Word split in two: “${a.text} ${b.text}”. Did you mean “${joined}”?`,
        });
        return;
      }
    }
    // a suffix or clitic written apart (زیرنظام ها، معترض اند): a spacing habit, whatever the word before it
    if (prev && !this.covered.has(prev.index) && isSuffix(t.norm)) return this.suffixApart(prev, t);
    const skipped = this.ctx.budget.skipped;
    const ranked = this.rank(t);
    // (without its single-word readings the ranking would be a guess: a split is no better than the rest)
    if (this.ctx.budget.skipped > skipped) return this.reportUnsearched(t);
    // (the word before such a suffix is reported for itself only when clearly damaged)
    if (next && isSuffix(next.norm) && !this.ctx.knows(next.norm) && !(this.confidence(ranked).severity === 'error' && !ranked[0].text.includes(' '))) {
      return this.suffixApart(t, next);
    }
    // a quoted Arabic passage: its words are not Persian words; only a near repair is reported, as a hint
    if (this.arabic.has(t.index) && !(ranked.length > 0 && ranked[0].cost <= NEAR_COST)) return;
    // a half-space lost or added and nothing else: the style check reports half-spaces
    if (ranked.length > 0 && ranked[0].cost <= COST.zwnj && ranked[0].text.replaceAll(ZWNJ, '') === t.norm.replaceAll(ZWNJ, '')) return;

    const entity = this.isName(t);
    // no repair at all, and every part of the compound reads as a word or a derivation (کابوس‌وار،
    // خام‌اندیشانی): a coinage the lexicon lacks, not damage
    if (ranked.every((r) => r.tentative) && t.norm.includes(ZWNJ) && t.norm.split(ZWNJ).every((p) => this.readsAsWord(p))) return;
    if (entity && !this.nameLooksDamaged(ranked)) {
      // part of a listed name written in two words (نجم الدین، صلاح الدین): spelled as the name is spelled
      if (this.inListedName(t)) return;
      // a name with no close common word is most likely spelled right: say nothing
      // (or any listed word one dot away: چاراگراف for پاراگراف)
      const close = ranked.find(
        (r) =>
          !r.text.includes(' ') &&
          ((r.cost <= NAME_HINT_MAX_COST && this.lexicon.commonness(r.text) > 0) ||
            (this.lexicon.tierOf(r.text) === Tier.base && (r.cost <= COST.dot || this.longWordOneEditAway(t.norm, r)))),
      );
      const signs = close ? [] : this.nameDamageRepairs(t.norm);
      if (!close && signs.length === 0) return;
      const hinted = close ? ranked.slice(0, 3).map((r) => r.text) : signs;
      this.emit('probable-name', 'hint', t.start, t.end, hinted, false, {
        fa: `نام ناشناخته: «${t.text}». اگر نام است درست باشد، نادیده بگیرید.`,
        en: `Unknown name: “${t.text}”. Ignore it if the name is spelled right.`,
      });
      return;
    }
    const merged = ranked.length > 0 && ranked[0].text.includes(' ');
    const confidence = this.confidence(ranked);
    const { safe } = confidence;
    // an unknown word the article repeats, while it never uses the repair, is meant: a name or a term
    const repeated = this.documentCount(t.norm) > 1 && ranked.length > 0 && !this.documentWords.has(ranked[0].text);
    // a short word is one arbitrary edit from many words: that alone is no evidence of damage (a name, a loan)
    const weak = confidence.severity === 'warning' && t.norm.length <= SHORT_WORD && ranked[0].cost >= COST.dropEdge;
    // with no confident repair, a word as it is said (مونده، کردین، مربیش), met in reported speech and fiction,
    // is meant (and a common word with a clitic joined solid, پیشتان، خویشتنت, is a regular form the lexicon lacks)
    const unsure = confidence.severity === 'warning';
    // (only with no near repair, a dot or a look-alike letter, which reads as damage just as well)
    const far = unsure && ranked[0].cost > NEAR_COST;
    const spoken = unsure && (colloquialStandard(t.norm, (w) => this.lexicon.commonness(w) >= Commonness.common) !== undefined || (far && this.isCliticOfCommon(t.norm)));
    // next to a name, an unknown word with no near repair (a dot, a look-alike letter) is most likely another part
    // of the name (استبان سانتیاگو); a near one is a damaged word before a name (کتفرانس برلین)
    const besideName = far && this.besideName(t);
    // a title or name quoted on its own («گاد کیلر») keeps its spelling: a far repair is no evidence of damage
    const title = unsure && inShortQuote(this.tokens, t.index);
    const severity = repeated || weak || spoken || besideName || title || this.arabic.has(t.index) ? 'hint' : this.evidenceCap(t, ranked, confidence.severity);
    if (this.shiftedSpace(t, ranked, merged ? this.mergeSeverity(ranked[0].text, severity) : severity, prev, next)) return;
    const suggestions = ranked.slice(0, 5).map((r) => withFinalMark(t.text, r.text, next !== undefined));
    if (merged) {
      this.emit('merged-words', this.mergeSeverity(ranked[0].text, severity), t.start, t.end, suggestions, safe, {
        fa: `دو واژه به هم چسبیده‌اند: «${t.text}». شاید «${suggestions[0]}»؟`,
        en: `Two words run together: “${t.text}”. Did you mean “${suggestions[0]}”?`,
      });
    } else {
      this.emit('unknown-word', severity, t.start, t.end, suggestions, safe, unknownMessage(t.text, suggestions[0]));
    }
  }

  /**
   * A diacritic standing for a misread letter (see marks.ts): reported when the repair it suggests is a
   * word, or one near repair from a common word (ساحتٌ → ساختهٔ). True when reported.
   */
  private checkMarks(t: Token): boolean {
    const known = this.ctx.knows(t.norm);
    for (const repair of markRepairs(t.text)) {
      const tier = this.lexicon.tierOf(repair.lookup);
      // a hamza seat must give the word exactly (اوّل is no damaged «اؤل»); a lost letter may come with a
      // misread one (ساحتٌ → ساختهٔ)
      const ranked =
        tier !== 0 && tier !== Tier.noSuggest
          ? [repair.lookup]
          : repair.kind === 'hamza'
            ? []
            : this.rankWord(repair.lookup, NEAR_COST)
                .filter((r) => r.text !== t.norm && this.lexicon.commonness(r.text) >= Commonness.common)
                .map((r) => r.text);
      if (ranked.length === 0) continue;
      const suggestions = ranked.slice(0, 5).map(repair.write);
      // (the word without the mark may be a word, or the hamza-less spelling of the repair: موّسسه، موسسه)
      this.emit('unknown-word', known ? 'warning' : 'error', t.start, t.end, suggestions, false, {
        fa: `نشانه‌ای به جای حرف: «${t.text}». شاید «${suggestions[0]}»؟`,
        en: `A diacritic where a letter belongs: “${t.text}”. Did you mean “${suggestions[0]}”?`,
      });
      return true;
    }
    return false;
  }

  /**
   * A word written without the hamza seat «ؤ» that its standard spelling has (موسسه، رویا، مولف for مؤسسه،
   * رؤیا، مؤلف): common in careless typing, and the first thing OCR loses. A hint: many writers spell so.
   */
  private checkHamzaSeat(t: Token): boolean {
    const word = t.norm;
    // (also inside a name: «موسسه» in an organisation's name is still the common word)
    if (!word.includes('و') || this.arabic.has(t.index)) return false;
    // (a rare word may be a word of its own that a rare hamza spelling merely resembles)
    if (this.lexicon.commonness(word) < Commonness.common) return false;
    for (let i = 1; i < word.length; i++) {
      if (word[i] !== 'و') continue;
      const standard = `${word.slice(0, i)}ؤ${word.slice(i + 1)}`;
      // the lexicon lists the hamza spelling of headwords; their inflections and compounds (مؤسسه‌های، رؤیایی)
      // go by the headword
      const head = standard.split(ZWNJ).find((p) => p.includes('ؤ'))!;
      const tier = this.lexicon.tierOf(head.length > 4 ? head.replace(HAMZA_HEAD_SUFFIX, '') : head);
      if (tier === 0 || tier === Tier.noSuggest) continue;
      this.emit('unknown-word', 'hint', t.start, t.end, [standard], false, {
        fa: `«${t.text}» بی همزه نوشته شده است؛ نگارش معیار: «${standard}».`,
        en: `“${t.text}” is written without its hamza; the standard spelling is “${standard}”.`,
      });
      return true;
    }
    return false;
  }

  /** The word and a neighbour spell a name the gazetteer lists (a given name in two words: «نجم الدین»). */
  private inListedName(t: Token): boolean {
    const prev = this.tokens[t.index - 1];
    const next = this.tokens[t.index + 1];
    // (the two words one space apart, on one line)
    const pairs = (a: Token | undefined, b: Token | undefined) =>
      a?.kind === 'word' && b?.kind === 'word' && b.start - a.end === 1 && isKnownName(`${a.text} ${b.text}`);
    return pairs(prev, t) || pairs(t, next);
  }

  /**
   * «ان» or «ین» standing alone is no Persian word (each is a suffix): it is «آن» or «این» with its first letter
   * lost, unless it spells a letter in an abbreviation written apart (سی ان ان، ان بی سی، دی. ان. ای) or begins
   * «ان شاء الله». A hint.
   */
  private checkLostAlef(t: Token): boolean {
    const fix = LOST_ALEF.get(t.norm);
    if (!fix || this.arabic.has(t.index) || this.ctx.entityOfToken.has(t.index)) return false;
    // (after a count «ین» is the yen: صد ین)
    const prev = this.tokens[t.index - 1];
    if (t.norm === 'ین' && (prev?.kind === 'number' || (prev?.kind === 'word' && /(?:صد|هزار|میلیون|میلیارد)$/.test(prev.norm)))) return false;
    const near = (k: number) => this.tokens[t.index + k];
    const short = (k: number) => near(k)?.kind === 'word' && near(k).norm.length <= 2;
    const dotted = near(1)?.text === '.' && near(1).glued;
    if (dotted || (short(-1) && short(-2)) || (short(1) && short(2)) || (short(-1) && short(1)) || near(1)?.norm.startsWith('شا')) return false;
    this.emit('unknown-word', 'hint', t.start, t.end, fix, false, {
      fa: `«${t.text}» تنها واژه نیست؛ شاید «${fix[0]}»؟`,
      en: `“${t.text}” alone is no word: perhaps “${fix[0]}”?`,
    });
    return true;
  }

  /**
   * The space between the word and a neighbour one letter off (زاید یمی → زایدی می), when that reads better than
   * any repair of the word alone: reported over both words, the word's own repairs shown beside the neighbour.
   */
  private shiftedSpace(t: Token, ranked: Ranked[], wordSeverity: Severity, prev: Token | undefined, next: Token | undefined): boolean {
    for (const other of [prev, next]) {
      // (a lone «و» is written apart on purpose: its letter does not wander)
      if (!other || this.covered.has(other.index) || (other.norm.length === 1 && this.ctx.knows(other.norm))) continue;
      const [a, b] = other === prev ? [other, t] : [t, other];
      const shifts = rankShiftedSpace(this.lexicon, a.norm, b.norm, { fit: this.ctx.fit, left: this.contextNeighbour(a, -1)?.norm, right: this.contextNeighbour(b, 1)?.norm });
      if (shifts.length === 0 || (ranked.length > 0 && shifts[0].score >= ranked[0].score)) continue;
      const withNeighbour = (r: Ranked) => ({ ...r, text: other === prev ? `${other.text} ${r.text}` : `${r.text} ${other.text}` });
      const readings = [...shifts, ...ranked.map(withNeighbour)].sort((x, y) => x.score - y.score);
      const suggestions = readings.slice(0, 5).map((r) => r.text);
      this.covered.add(a.index).add(b.index);
      // the severity the word alone gets, at most: the other reading is no surer a sign of damage
      const severities: Severity[] = ['hint', 'warning', 'error'];
      const severity = severities[Math.min(severities.indexOf(wordSeverity), severities.indexOf(this.confidence(readings).severity))];
      this.emit('split-word', severity, a.start, b.end, suggestions, false, {
        fa: `فاصله جابه‌جا: «${a.text} ${b.text}». شاید «${suggestions[0]}»؟`,
        en: `Space in the wrong place: “${a.text} ${b.text}”. Did you mean “${suggestions[0]}”?`,
      });
      return true;
    }
    return false;
  }

  /**
   * Real-word damage: a known but rare word form one cheap repair (a dot, a hamza) away from a common word,
   * like «آمور» for «امور». Right before a light verb a wider repair is allowed: «پاکند کرد» (پاک + copula)
   * is almost surely a damaged «تأکید کرد».
   */
  private checkKnownWord(t: Token): void {
    if (this.checkKnownSplit(t)) return;
    const word = t.norm;
    if (!this.lexicon.has(word)) return this.checkCompound(t);
    const tier = this.lexicon.tierOf(word);
    // (forms the dictionary accepts but never suggests, like رییس, are standard spellings too: not checked)
    if (tier === Tier.noSuggest) return;
    if (this.lexicon.commonness(word) > 0 || this.followsSourceCue(t) || this.arabic.has(t.index)) return;
    if (word.length < 3) return this.shortWordHint(t);
    if (this.ctx.entityOfToken.has(t.index)) return this.checkKnownName(t);
    const next = this.wordNeighbour(t, 1);
    const beforeLightVerb = next !== undefined && LIGHT_VERBS.has(next.norm) && tier >= Tier.rare;
    const bound = beforeLightVerb ? 2 * COST.dot + COST.variant : REAL_WORD_MAX_COST;
    // (a common noun with a pronoun clitic, گوشش or جایم, is a regular form, not an odd one)
    const oddForm = (tier === 0 || tier >= Tier.rare) && !this.isCliticOfCommon(word);
    const ranked = this.rankWord(word, bound, beforeLightVerb).filter(
      (r) =>
        r.text !== word &&
        // a half-space written or not is a spelling choice; a verb's person or polarity (نداند/بداند) is grammar
        r.text.replaceAll(ZWNJ, '') !== word.replaceAll(ZWNJ, '') &&
        !(isVerbForm(r.text) && isVerbForm(word)) &&
        this.lexicon.commonness(r.text) >= Commonness.common &&
        this.lexicon.tierOf(r.text) <= Tier.inflected,
    );
    if (ranked.length === 0) return;
    const inDocument = this.documentWords.has(ranked[0].text);
    // evidence beyond rarity: the article spells the common word elsewhere, or the form itself is odd
    // or the repair is a function word (بزای → برای), so frequent that a rare look-alike met once is suspect
    // (a rare word the article repeats, like «مکر» in a sermon, is meant)
    const functionWord = this.lexicon.commonness(ranked[0].text) === Commonness.function && this.documentCount(word) === 1;
    if (!inDocument && !oddForm && !beforeLightVerb && !functionWord) {
      // weaker evidence, worth a hint: Arabic letter forms (ي ى ك) in a text that otherwise writes the Persian
      // ones, or a derived form of a rare word, met once, one dot from a common word (کیلان for گیلان)
      const foreignLetters = ARABIC_FORMS.test(t.text) && this.persianForms;
      const derivedOnce = ranked[0].cost <= COST.dot && tier >= Tier.inflected && this.documentCount(word) === 1 && !this.isCliticOfCommon(word);
      if (foreignLetters || derivedOnce) {
        this.emit('unknown-word', 'hint', t.start, t.end, ranked.slice(0, 5).map((r) => r.text), false, rareWordMessage(t.text, ranked[0].text));
      }
      return;
    }
    const { severity, safe } = this.confidence(ranked);
    this.emit('unknown-word', beforeLightVerb && severity === 'error' ? 'error' : 'warning', t.start, t.end, ranked.slice(0, 5).map((r) => r.text), safe && inDocument, rareWordMessage(t.text, ranked[0].text));
  }

  /** What the context model's comparisons need to know of this document. */
  private modelContext(fit: Fit, searches: SearchCache): RealWordContext {
    return { lexicon: this.lexicon, fit, searches, budget: this.ctx.budget, noise: this.noise, documentCount: (w) => this.documentCount(w), documentWords: this.wordCount };
  }

  /**
   * The severity the context model allows an unknown word's finding (see damageOdds): damage that running text
   * makes likely keeps its severity; a word the web uses as written, or a repair far less likely than the word
   * being meant, is only a hint.
   */
  private evidenceCap(t: Token, ranked: Ranked[], severity: Severity): Severity {
    const { fit, searches } = this.ctx;
    if (!fit || !searches || ranked.length === 0 || severity === 'hint') return severity;
    const left = this.contextNeighbour(t, -1)?.norm;
    const right = this.contextNeighbour(t, 1)?.norm;
    const odds = damageOdds(this.modelContext(fit, searches), t.norm, ranked[0].text, ranked[0].cost, left, right);
    return odds < ODDS_FOR_WARNING ? 'hint' : severity;
  }

  /**
   * A listed word that its neighbours say is another word damaged (see real-word.ts): «دز» between «مسئول» and
   * «حال» is «در». Needs the context model; a hint, as a real word may always be meant.
   */
  private checkRealWord(t: Token): void {
    const { fit, searches } = this.ctx;
    if (!fit || !searches || this.arabic.has(t.index) || this.followsSourceCue(t) || !this.lexicon.has(t.norm)) return;
    // a name is spelled as meant, unless it is a lone word the article names once, among neighbours that make
    // it another word (a place that is also a word damaged: «در معرض قطر» is «در معرض خطر»)
    const entity = this.ctx.entityOfToken.get(t.index);
    if (entity && (entity.mentions.length > 1 || entity.mentions[0].text !== t.text)) return;
    const left = this.contextNeighbour(t, -1)?.norm;
    const right = this.contextNeighbour(t, 1)?.norm;
    const repair = realWordRepair(this.modelContext(fit, searches), t.norm, left, right);
    if (!repair || repair.gain < (entity ? REAL_WORD_ODDS_FOR_NAME : REAL_WORD_ODDS)) return;
    this.emit('unknown-word', 'hint', t.start, t.end, [repair.word], false, {
      fa: `«${t.text}» این‌جا نامحتمل است؛ شاید «${repair.word}»؟`,
      en: `“${t.text}” is unlikely here: did you mean “${repair.word}”?`,
    });
  }

  /**
   * A two-letter word no real text uses, one dot from a function word (the commonest words of all): most
   * likely the function word misread, though short words are too ambiguous for more than a hint.
   */
  private shortWordHint(t: Token): void {
    if (this.ctx.entityOfToken.has(t.index) || this.documentCount(t.norm) > 1) return;
    const best = this.rankWord(t.norm, COST.dot).find((r) => r.text !== t.norm && this.lexicon.commonness(r.text) === Commonness.function);
    if (best) this.emit('unknown-word', 'hint', t.start, t.end, [best.text], false, rareWordMessage(t.text, best.text));
  }

  /**
   * A rare word the recogniser took for (part of) a name, met once in the article and one dot from a common
   * headword: possibly a damaged word inside a name (or a word the recogniser misread as one), so a hint.
   */
  private checkKnownName(t: Token): void {
    // a name the article repeats is spelled so on purpose
    if (this.documentCount(t.norm) > 1) return;
    const close = this.rankWord(t.norm, COST.dot).find(
      (r) => r.text !== t.norm && this.lexicon.commonness(r.text) >= Commonness.common && this.lexicon.tierOf(r.text) <= Tier.inflected,
    );
    if (!close) return;
    this.emit('probable-name', 'hint', t.start, t.end, [close.text], false, {
      fa: `نام ناشناخته: «${t.text}». اگر نام است درست باشد، نادیده بگیرید.`,
      en: `Unknown name: “${t.text}”. Ignore it if the name is spelled right.`,
    });
  }

  /**
   * A word cut in two by a space where both halves happen to be words, one of them a weak reading: «بر رسی»
   * → «بررسی», «ساز گاری» → «سازگاری», «نا مساعد» → «نامساعد». Two real words may stand side by side, so a
   * hint only.
   */
  private checkKnownSplit(t: Token): boolean {
    const next = this.wordNeighbour(t, 1);
    if (!next || this.covered.has(next.index) || !this.lexicon.has(next.norm)) return false;
    if (this.ctx.entityOfToken.has(t.index) || this.ctx.entityOfToken.has(next.index)) return false;
    const joined = t.norm + next.norm;
    if (this.lexicon.tierOf(joined) !== Tier.base) return false;
    // a function word cut in two, one half a short word that is no function word (زی را for زیرا): the commonest
    // words are the likeliest to be meant
    const short = [t.norm, next.norm].find((w) => w.length <= 2 && this.lexicon.commonness(w) < Commonness.function && !isSuffix(w));
    const functionCut = this.lexicon.commonness(joined) === Commonness.function && short !== undefined;
    // «و» and «را» stand beside any word (و زن، را حل); a preposition may be the first half (بر رسی)
    if (!functionCut && (STANDALONE.has(t.norm) || STANDALONE.has(next.norm))) return false;
    const [ca, cb] = [this.lexicon.commonness(t.norm), this.lexicon.commonness(next.norm)];
    // a prefix that informal spacing writes apart (نا مساعد، خوش حال) joins into any headword, unless it is a
    // preverb before a verb (پر کرده، فرو رفت: a compound verb); otherwise the joined word must be common and
    // one half weak: a rare word, or a word's tail of one or two letters after a content word (خر ید، گرد ید;
    // after a preposition it is mostly a short word: در پی)
    const prefix = SEPARABLE_PREFIXES.has(t.norm) && ca < Commonness.function && !isVerbForm(next.norm) && !isVerbForm(joined);
    // a preposition never governs a finite verb (به بود، با شد): the two are one word cut in two (بهبود، باشد)
    const beforeVerb = PURE_PREPOSITIONS.has(t.norm) && isVerbForm(next.norm) && this.lexicon.commonness(joined) >= Commonness.common;
    const weak =
      functionCut ||
      prefix ||
      beforeVerb ||
      (this.lexicon.commonness(joined) >= Commonness.common &&
        (ca <= Commonness.attested || cb <= Commonness.attested || (next.norm.length <= 2 && cb < Commonness.function && ca < Commonness.function)));
    if (!weak) return false;
    this.covered.add(t.index).add(next.index);
    this.emit('split-word', 'hint', t.start, next.end, [joined], false, {
      fa: `شاید واژهٔ شکسته: «${t.text} ${next.text}». شاید «${joined}»؟`,
      en: `Possibly a word split in two: “${t.text} ${next.text}”. Did you mean “${joined}”?`,
    });
    return true;
  }

  /**
   * A half-space compound accepted only because each part is a word (پایه‌گدار = پایه + گدار) while one
   * repair gives a compound the dictionary lists (پایه‌گذار, and with a lost letter or madda: خصوص‌سازی →
   * خصوصی‌سازی, جمع‌اوری → جمع‌آوری), or a rare part is a dot away from a common one (پنجه‌رنی → پنجه‌زنی):
   * the part is most likely damaged.
   */
  private checkCompound(t: Token): void {
    const word = t.norm;
    if (!word.includes(ZWNJ) || this.ctx.entityOfToken.has(t.index)) return;
    const bare = word.replaceAll(ZWNJ, '');
    // the compound is in use (attested, or stored written solid: پیش‌تر = پیشتر): not damage
    if (this.lexicon.commonness(word) > 0 || this.lexicon.commonness(bare) > 0 || this.lexicon.tierOf(bare) === Tier.base) return;
    const ranked = this.rankWord(word, COMPOUND_REPAIR_MAX_COST).filter(
      (r) =>
        r.text.replaceAll(ZWNJ, '') !== bare &&
        // a hamza seat written either way is a spelling choice; a lost madda is not
        (r.cost > COST.variant || r.text.replaceAll('آ', 'ا') === word) &&
        r.text.includes(ZWNJ) &&
        // a letter added or lost at the end is another inflection (بی‌نظمی/بی‌نظمیه، اصول‌گرایان/اصول‌گرایانه)
        !r.text.startsWith(word) &&
        !word.startsWith(r.text) &&
        this.lexicon.tierOf(r.text) <= Tier.inflected &&
        ((r.cost <= CHEAP_COMPOUND_REPAIR && this.cheapRepairPlausible(word, r.text)) || this.lostLetterInFirstParts(word, r.text)),
    );
    if (ranked.length === 0) ranked.push(...this.compoundPartRepairs(word));
    if (ranked.length === 0) return;
    // a letter "lost" from a first part that is a common word itself (حقوق‌های، خدمت‌رسانی، جدی‌تر): the
    // compound is as likely meant as damaged
    const part = this.changedPart(word, ranked[0].text);
    const meant =
      this.lostLetterInFirstParts(word, ranked[0].text) &&
      this.lexicon.commonness(part) >= Commonness.common &&
      !VERB_PREFIXES.has(ranked[0].text.split(ZWNJ)[word.split(ZWNJ).indexOf(part)]);
    this.emit('unknown-word', meant ? 'hint' : 'warning', t.start, t.end, ranked.slice(0, 5).map((r) => r.text), false, unknownMessage(t.text, ranked[0].text));
  }

  /**
   * A cheap repair of a compound of known parts is trusted only with evidence that the compound is damaged: a
   * part no real text uses (پرتفالی‌ها), a verb prefix before what is no verb (می‌کتی → می‌کنی), a suffix
   * restored (حساب‌جای → حساب‌های) or a madda (عمل‌اوری → عمل‌آوری). A compound of attested words (جاه‌طلبی، دست‌خالی) is meant, though a dot
   * makes another listed compound of it.
   */
  private cheapRepairPlausible(observed: string, repaired: string): boolean {
    const seen = observed.split(ZWNJ);
    if (seen.some((p) => !BOUND_MORPHEMES.has(p) && this.lexicon.commonness(p) === 0)) return true;
    const want = repaired.split(ZWNJ);
    if (VERB_PREFIXES.has(seen[0]) || VERB_PREFIXES.has(want[0])) return true;
    // a suffix restored, or a madda lost (اوری for آوری: a misspelling, never a spelling choice)
    return (
      want.length === seen.length &&
      want.some((p, i) => p !== seen[i] && (BOUND_MORPHEMES.has(p) || DERIVATIONAL_SUFFIXES.has(p) || p.replaceAll('آ', 'ا') === seen[i]))
    );
  }

  /**
   * Beyond a cheap repair only one kind is trusted: a letter lost from a part before the last, into a common
   * listed compound (خصوص‌سازی → خصوصی‌سازی, نم‌افزار → نرم‌افزار). Other edits there are word choice (به‌… →
   * بی‌…, پرسپولیسی‌ها → پرسپولیس‌ها, لابی‌گر → لابی‌گری), not damage.
   */
  private lostLetterInFirstParts(observed: string, repaired: string): boolean {
    const seen = observed.split(ZWNJ);
    const want = repaired.split(ZWNJ);
    if (seen.length !== want.length) return false;
    // the common-word list rarely holds half-space compounds: common parts vouch for the compound too
    const common = (w: string) => this.lexicon.commonness(w) >= Commonness.common;
    if (!common(repaired) && !want.every(common)) return false;
    const diff = seen.findIndex((p, i) => p !== want[i]);
    if (diff < 0 || diff === seen.length - 1 || seen.some((p, i) => i !== diff && p !== want[i])) return false;
    // a function word as the first part (هم‌افزایی) is a prefix, not a damaged word
    if (this.lexicon.commonness(seen[diff]) === Commonness.function) return false;
    return want[diff].length === seen[diff].length + 1 && oneLetterApart(seen[diff], want[diff]);
  }

  /** The first half-space part of observed that repaired changes ('' when none does). */
  private changedPart(observed: string, repaired: string): string {
    const want = repaired.split(ZWNJ);
    return observed.split(ZWNJ).find((p, i) => p !== want[i]) ?? '';
  }

  /**
   * The compound with one rare part (no evidence of use) repaired into a common word by a dot or hamza
   * (پنجه‌رنی → پنجه‌زنی), or, when only the affix expansion vouches for the part, by a letter lost or added
   * (برجسته‌سارزی → برجسته‌سازی).
   */
  private compoundPartRepairs(word: string): Ranked[] {
    const parts = word.split(ZWNJ);
    const out: Ranked[] = [];
    parts.forEach((part, i) => {
      if (part.length < 3 || BOUND_MORPHEMES.has(part) || this.lexicon.commonness(part) > 0) return;
      const derived = this.lexicon.tierOf(part) >= Tier.inflected;
      for (const r of this.rankWord(part, derived ? COST.edit : REAL_WORD_MAX_COST)) {
        if (r.cost === 0 || this.lexicon.commonness(r.text) < Commonness.common || this.lexicon.tierOf(r.text) > Tier.inflected) continue;
        if (r.cost > REAL_WORD_MAX_COST && !oneLetterApart(part, r.text)) continue;
        out.push({ ...r, text: parts.map((p, j) => (j === i ? r.text : p)).join(ZWNJ) });
      }
    });
    return out.sort((a, b) => a.score - b.score);
  }

  /**
   * Letters that stand for words: honorifics, labels and codes (see isLetterLabel and isCodeField), list markers «ج -», initials «م.», and a
   * suffix glued to a Latin acronym (FCPها). Not words, so not garbled words.
   */
  private isAbbreviationOrMarker(t: Token): boolean {
    const before = this.tokens[t.index - 1];
    const after = this.tokens[t.index + 1];
    if (t.glued && (before?.kind === 'latin' || before?.kind === 'number') && BOUND_MORPHEMES.has(t.norm)) return true;
    if (isLetterLabel(this.tokens, t.index) || isCodeField(this.tokens, t.index)) return true;
    return t.norm.length === 1 && after !== undefined && !after.newlineBefore && (after.text === '-' || (after.text === '.' && after.glued));
  }

  /** A compound verb written joined (فروبرد، فراداشته‌اند): a bound preverb before a known verb form. */
  private isPreverbCompound(word: string): boolean {
    const preverb = BOUND_PREVERBS.find((p) => word.startsWith(p));
    if (!preverb) return false;
    const rest = word.slice(preverb.length);
    const verb = rest.startsWith(ZWNJ) ? rest.slice(1) : rest;
    return this.ctx.knows(verb) && isVerbForm(verb);
  }

  /** «به نقل از X», «خبرگزاری X»: news name their source there, so X is most likely a name. */
  private followsSourceCue(t: Token): boolean {
    const prev = this.wordNeighbour(t, -1);
    if (!prev) return false;
    const before = this.wordNeighbour(prev, -1);
    return SOURCE_CUES.has(prev.norm) || (before !== undefined && SOURCE_CUES.has(`${before.norm} ${prev.norm}`));
  }

  /**
   * Damage that no name shows, so an unknown word the recogniser took for a name is reported anyway: a letter
   * written three times, or a doubled letter whose single form is a known word. The repairs, or none.
   */
  private nameDamageRepairs(word: string): string[] {
    if (/(.)\1\1/u.test(word)) return [word.replace(/(.)\1\1+/gu, '$1')];
    const out: string[] = [];
    for (let i = 1; i < word.length; i++) {
      if (word[i] !== word[i - 1] || word[i] === ZWNJ) continue;
      const single = word.slice(0, i) + word.slice(i + 1);
      if (single.split(ZWNJ).every((p) => this.readsAsWord(p))) out.push(single);
    }
    return out;
  }

  /**
   * A long word one edit inside it from the unknown word, met once (چاراگراف for پاراگراف): no name is one
   * letter off a long dictionary word. (A letter more or less at the end is another inflection: کارآگاهان.)
   */
  private longWordOneEditAway(word: string, r: Ranked): boolean {
    return r.cost <= COST.edit && r.text.length >= LONG_WORD && !r.text.startsWith(word) && !word.startsWith(r.text) && this.documentCount(word) === 1;
  }

  /** A recognised name is reported as garbled only when a near-certain repair exists. */
  private nameLooksDamaged(ranked: Ranked[]): boolean {
    if (ranked.length === 0) return false;
    const best = ranked[0];
    if (best.text.includes(' ')) return false;
    return best.cost <= COST.variant || (best.cost <= COST.dot && this.documentWords.has(best.text));
  }

  private suffixApart(word: Token, suffix: Token): void {
    this.covered.add(word.index).add(suffix.index);
    const joined = word.norm + ZWNJ + suffix.norm;
    this.emit('split-word', 'hint', word.start, suffix.end, [joined], false, {
      fa: `پسوند جدا از واژه: «${word.text} ${suffix.text}». شاید «${joined}»؟`,
      en: `A suffix written apart: “${word.text} ${suffix.text}”. Did you mean “${joined}”?`,
    });
  }

  /**
   * How sure a reading as two words run together is. A preposition written joined (براساس، ازجمله) is an old
   * convention, and two content words written solid (موردتوجه، سفیدرنگ، قندخون) are mostly a compound or a
   * name written so on purpose: hints. A function word glued to a neighbour (انتشارخود، راتکرار، وتاریخی) or a
   * verb glued to its noun (آغازکرده) is damage.
   */
  private mergeSeverity(split: string, severity: Severity): Severity {
    const [a, b] = split.split(' ');
    if (JOINED_PREPOSITIONS.has(a)) return 'hint';
    // a final «و» read as «and» after a rare word: a name's ending (جولیو، پالو) as likely as a glued conjunction
    if (b === 'و' && this.lexicon.commonness(a) < Commonness.common) return 'hint';
    const glue = GLUE_WORDS.has(a) || isFiniteVerb(a) || GLUE_WORDS.has(b) || AFTER_GLUE_WORDS.has(b) || isFiniteVerb(b);
    return glue ? severity : 'hint';
  }

  /** True when a word token right before or after t is part of a recognised name. */
  private besideName(t: Token): boolean {
    return [this.wordNeighbour(t, -1), this.wordNeighbour(t, 1)].some((n) => n !== undefined && this.ctx.entityOfToken.has(n.index));
  }

  /** The recogniser takes the word for (part of) a name, or it follows a source cue («به گزارش …»). */
  private isName(t: Token): boolean {
    return this.ctx.entityOfToken.has(t.index) || this.followsSourceCue(t);
  }

  /**
   * Corrections for an unknown word token, best first (cached per normalised form). `anyWord`: rank it as any
   * word, even one the recogniser takes for a name (a piece of a damaged phrase).
   */
  private rank(t: Token, anyWord = false): Ranked[] {
    const next = this.wordNeighbour(t, 1);
    const beforeLightVerb = next !== undefined && LIGHT_VERBS.has(next.norm);
    // a name is judged by its near repairs only (see checkUnknownWord): the wide search would be wasted on it
    const narrow = !anyWord && this.isName(t);
    const { fit } = this.ctx;
    const left = fit ? this.contextNeighbour(t, -1)?.norm : undefined;
    const right = fit ? this.contextNeighbour(t, 1)?.norm : undefined;
    const key = `${t.norm}|${beforeLightVerb}|${narrow}|${left}|${right}`;
    let ranked = this.candidateCache.get(key);
    if (ranked) return ranked;
    ranked = rankCorrections(this.lexicon, t.norm, { documentWords: this.documentWords, beforeLightVerb, narrow, searches: this.ctx.searches, budget: this.ctx.budget, fit, left, right });
    ranked.push(...this.gluedComma(t));
    ranked.sort((a, b) => a.score - b.score);
    this.candidateCache.set(key, ranked);
    return ranked;
  }

  /**
   * A «،» read as a letter glued to the word's end: a final «ء» (ایتالیاء) or, less surely, «ه» (شیکاگوه)
   * after a known word, when no punctuation follows (the comma is missing there).
   */
  private gluedComma(t: Token): Ranked[] {
    const after = this.tokens[t.index + 1];
    if (after?.kind === 'punct' && after.glued) return [];
    const last = t.norm.at(-1);
    const stem = t.norm.slice(0, -1);
    if ((last !== 'ء' && last !== 'ه') || stem.length < 2 || !this.ctx.knows(stem)) return [];
    // «ه» ends many words (معضله، فسفاته): only a common stem makes the comma reading likely
    if (last === 'ه' && this.lexicon.commonness(stem) < Commonness.common) return [];
    const cost = last === 'ء' ? COST.hamza : GLUED_COMMA_AS_HEH;
    return [{ text: `${stem}،`, score: cost + wordPrior(this.lexicon, stem), cost }];
  }

  /** Single-word corrections of a normalised word within `maxCost`, best first (see rank.ts). */
  private rankWord(word: string, maxCost: number, beforeLightVerb = false): Ranked[] {
    return rankWord(this.lexicon, word, maxCost, { documentWords: this.documentWords, beforeLightVerb, searches: this.ctx.searches, budget: this.ctx.budget });
  }

  // ---- stray punctuation inside a phrase ----

  /**
   * Runs of short groups each followed by a glued comma («آموزش، های، نظامی،»). Ordinary lists look the
   * same, so a run counts as damage only with evidence: a comma cutting a word in two, an unknown word, or
   * a comma before «و» in a run where every group ends in a comma (Persian lists never do that).
   */
  private findStrayPunctuation(): void {
    const toks = this.tokens;
    for (let i = 0; i < toks.length; i++) {
      if (!this.isGluedComma(i)) continue;
      // the run starts with the word (or hyphenated compound) before the first comma
      const groups: Token[][] = [this.groupBefore(i)];
      const commas: Token[] = [toks[i]];
      let j = i + 1;
      for (;;) {
        const group: Token[] = [];
        while (j < toks.length && (toks[j].kind === 'word' || (toks[j].text === '-' && toks[j].glued)) && !toks[j].newlineBefore) {
          group.push(toks[j]);
          j++;
        }
        const words = group.filter((g) => g.kind === 'word' && !(g.glued && g.index > 0 && toks[g.index - 1].text === '-')).length;
        if (words === 0 || words > 2 || !this.isGluedComma(j)) break;
        groups.push(group);
        commas.push(toks[j]);
        j++;
      }
      if (groups.length >= 2 && groups[0].length > 0) this.repairPhrase(groups, commas);
      i = j - 1;
    }
  }

  /** Single marks misread or sprinkled in (see punctuation.ts), outside the phrases already repaired. */
  private findMarkDamage(): void {
    const phrases = this.findings.map((f) => f.span);
    const skip = new Set<number>();
    for (const t of this.tokens) {
      if (t.kind !== 'punct') continue;
      // a quoted Arabic passage keeps its own punctuation (its sentences need not end in a Persian verb)
      if (phrases.some((s) => t.start >= s.start && t.end <= s.end) || this.arabic.has(t.index - 1)) skip.add(t.index);
    }
    const model = this.ctx.fit?.model;
    const marks: MarkEvidence | undefined = model && {
      logOdds: (w, a, b) => model.markLogOdds(w, a, b),
      commaRate: model.markRate('comma'),
      stopRate: model.markRate('stop'),
    };
    for (const d of findPunctuationDamage(this.tokens, skip, this.ctx.knows, (w) => this.lexicon.commonness(w) >= Commonness.common, this.ctx.text, marks)) {
      this.emit('stray-punctuation', d.severity, d.start, d.end, d.suggestions, false, d.message);
    }
  }

  /**
   * A lone «۱» between words, right before a preposition or a verb, where no count can stand: the object
   * marker «را», whose two strokes OCR reads as one. (A count stands before what it counts: «۱ نفر».)
   */
  private findDigitForRa(): void {
    for (const t of this.tokens) {
      if (t.kind !== 'number' || t.text.replace(BIDI_MARKS, '') !== '۱' || t.glued || t.newlineBefore) continue;
      const prev = this.tokens[t.index - 1];
      const next = this.tokens[t.index + 1];
      if (prev?.kind !== 'word' || next?.kind !== 'word' || next.glued || next.newlineBefore) continue;
      if (this.lexicon.commonness(next.norm) !== Commonness.function && !isVerbForm(next.norm)) continue;
      this.emit('unknown-word', 'hint', t.start, t.end, ['را'], false, {
        fa: `رقم «${t.text}» میان واژه‌ها؛ شاید «را»؟`,
        en: `A digit “${t.text}” between words: perhaps “را”?`,
      });
    }
  }

  /** «و» glued to the number before it (۳۱و امین): a conjunction is never part of a number. */
  private findConjunctionOnNumber(): void {
    for (const t of this.tokens) {
      const num = this.tokens[t.index - 1];
      const next = this.tokens[t.index + 1];
      if (t.kind !== 'word' || t.norm !== 'و' || !t.glued || num?.kind !== 'number' || (next?.glued && !next.newlineBefore)) continue;
      const fixed = `${num.text} و`;
      this.emit('merged-words', 'warning', num.start, t.end, [fixed], false, {
        fa: `«و» چسبیده به عدد: «${num.text}${t.text}». شاید «${fixed}»؟`,
        en: `“و” glued to a number: “${num.text}${t.text}”. Did you mean “${fixed}”?`,
      });
    }
  }

  private isGluedComma(i: number): boolean {
    const t = this.tokens[i];
    const next = this.tokens[i + 1];
    return (
      t !== undefined &&
      t.kind === 'punct' &&
      COMMAS.has(t.text) &&
      t.glued &&
      this.tokens[i - 1]?.kind === 'word' &&
      next !== undefined &&
      !next.glued &&
      next.kind === 'word' &&
      !next.newlineBefore
    );
  }

  /** The word before token i, with a hyphenated compound kept whole (فنی-نظامی). */
  private groupBefore(i: number): Token[] {
    const out: Token[] = [];
    let k = i - 1;
    while (k >= 0 && this.tokens[k].kind === 'word') {
      out.unshift(this.tokens[k]);
      if (k >= 2 && this.tokens[k].glued && this.tokens[k - 1].text === '-' && this.tokens[k - 1].glued) {
        out.unshift(this.tokens[k - 1]);
        k -= 2;
      } else break;
    }
    return out;
  }

  private repairPhrase(groups: Token[][], commas: Token[]): void {
    const words = groups.map((g) => g.filter((t) => t.kind === 'word'));
    let evidence = false;
    // per boundary between group g and g+1: how to join them in the repaired text
    const joins: string[] = [];
    for (let g = 0; g + 1 < groups.length; g++) {
      const left = words[g][words[g].length - 1];
      const right = words[g + 1][0];
      const glue = this.bestJoin(left.norm, right.norm);
      if (glue !== null && (BOUND_MORPHEMES.has(right.norm) || !this.ctx.knows(left.norm) || !this.ctx.knows(right.norm))) {
        joins.push(glue);
        evidence = true;
      } else joins.push(' ');
    }
    const unknown = words.flat().filter((w) => !this.ctx.knows(w.norm) && !this.ctx.entityOfToken.has(w.index));
    // a fragment (a short unknown piece) is evidence; long unknown words in a list are mostly names
    if (unknown.some((w) => w.norm.length <= 3 && !BOUND_MORPHEMES.has(w.norm))) evidence = true;
    // «X، Y، و Z،»: a comma before «و» and after the last group too
    const lastCommaEndsRun = commas.length === groups.length;
    if (lastCommaEndsRun && words.slice(1).some((w) => w[0].norm === 'و')) evidence = true;
    if (!evidence) return;

    const start = groups[0][0].start;
    const end = commas[commas.length - 1].end;
    // the phrase as pieces (words and hyphens) with the separator that follows each piece
    const pieces: { token: Token; text: string; after: string }[] = [];
    groups.forEach((group, g) =>
      group.forEach((t, k) => {
        const last = k === group.length - 1;
        const glued = group[k + 1]?.glued || t.text === '-';
        pieces.push({ token: t, text: t.text, after: last ? (g + 1 < groups.length ? joins[g] : '') : glued ? '' : ' ' });
      }),
    );
    this.repairPieces(pieces);
    const fixed = pieces.map((p) => p.text + p.after).join('');
    for (const g of groups) for (const t of g) this.covered.add(t.index);
    this.emit('stray-punctuation', 'error', start, end, [fixed], unknown.length === 0, {
      fa: `نشانهٔ سجاوندی نابه‌جا در «${this.ctx.text.slice(start, end)}». شاید «${fixed}»؟`,
      en: `Stray punctuation inside “${this.ctx.text.slice(start, end)}”. Did you mean “${fixed}”?`,
    });
  }

  /**
   * Replaces unknown words of a damaged phrase by their best single-word repair; two unknown neighbours
   * («سا، زمانی») are first tried as one damaged word («سازمانی»), with a looser bound.
   */
  private repairPieces(pieces: { token: Token; text: string; after: string }[]): void {
    const n = pieces.length;
    const unknown = (i: number) => i < n && pieces[i].token.kind === 'word' && !this.ctx.knows(pieces[i].token.norm);
    // cheapest segmentation of the phrase into single repairs and joined pairs (a tiny dynamic programme)
    const UNREPAIRED = 2;
    const single = pieces.map((p, i) => {
      if (!unknown(i)) return { text: p.text, cost: 0 };
      const best = this.rank(p.token, true).find((r) => !r.text.includes(' '));
      return best ? { text: best.text, cost: best.cost } : { text: p.text, cost: UNREPAIRED };
    });
    const pair = pieces.map((p, i) => {
      if (!unknown(i) || !unknown(i + 1) || p.after === '') return null;
      // (a join is taken only when cheaper than the two single repairs: no need to search beyond their cost)
      const bound = Math.min(PHRASE_JOIN_MAX_COST, single[i].cost + single[i + 1].cost);
      const best = this.rankWord(p.token.norm + ZWNJ + pieces[i + 1].token.norm, bound)[0];
      return best ? { text: best.text, cost: best.cost } : null;
    });
    const total: number[] = new Array(n + 1).fill(0);
    const takePair: boolean[] = new Array(n).fill(false);
    for (let i = n - 1; i >= 0; i--) {
      total[i] = single[i].cost + total[i + 1];
      const pr = pair[i];
      if (pr && pr.cost + total[i + 2] < total[i]) {
        total[i] = pr.cost + total[i + 2];
        takePair[i] = true;
      }
    }
    const out: typeof pieces = [];
    for (let i = 0; i < n; i++) {
      if (takePair[i]) {
        out.push({ token: pieces[i].token, text: pair[i]!.text, after: pieces[i + 1].after });
        i++;
      } else out.push({ ...pieces[i], text: single[i].text });
    }
    pieces.splice(0, n, ...out);
  }

  /** How two pieces join into one known word: with a half-space, directly, or not at all (null). */
  private bestJoin(a: string, b: string): string | null {
    if (this.knownJoin(a, b, ZWNJ)) return ZWNJ;
    if (this.knownJoin(a, b, '')) return '';
    return null;
  }

  // ---- helpers ----

  private knownJoin(a: string, b: string, glue: string): boolean {
    return this.ctx.knows(a + glue + b);
  }

  /** A known word, a suffix, or a known word with a suffix (اندیشانی = اندیش + انی، نامه). */
  private readsAsWord(part: string): boolean {
    if (this.ctx.knows(part) || isSuffix(part) || DERIVATIONAL_SUFFIXES.has(part)) return true;
    const suffix = part.match(DERIVATION_ENDING);
    return suffix !== null && part.length - suffix[0].length >= 2 && this.ctx.knows(part.slice(0, -suffix[0].length));
  }

  /** A common word with a pronoun clitic joined (گوشش, جایم, اطرافتان). */
  private isCliticOfCommon(word: string): boolean {
    const clitic = word.match(/(?:مان|تان|شان|م|ت|ش)$/);
    if (!clitic) return false;
    const stem = word.slice(0, -clitic[0].length);
    return stem.length >= 2 && this.lexicon.commonness(stem) >= Commonness.common && this.lexicon.tierOf(stem) <= Tier.inflected;
  }

  /** How many times the (normalised) word occurs in the text. */
  private documentCount(word: string): number {
    if (!this.documentCounts) {
      this.documentCounts = new Map();
      for (const t of this.tokens) if (t.kind === 'word') this.documentCounts.set(t.norm, (this.documentCounts.get(t.norm) ?? 0) + 1);
    }
    return this.documentCounts.get(word) ?? 0;
  }

  /**
   * The adjacent word token (dir -1 or +1) when only whitespace separates it from t: a space, or a line break
   * that only wraps the paragraph (see softLineBreaks).
   */
  private contextNeighbour(t: Token, dir: -1 | 1): Token | undefined {
    const other = this.tokens[t.index + dir];
    if (!other || other.kind !== 'word') return undefined;
    const later = dir === 1 ? other : t;
    if (later.glued || (later.newlineBefore && !this.softBreaks().has(later.index))) return undefined;
    return other;
  }

  private soft?: Set<number>;

  /** Tokens after a line break that only wraps the paragraph (computed once). */
  private softBreaks(): Set<number> {
    return (this.soft ??= softLineBreaks(this.tokens, this.ctx.text));
  }

  /** The adjacent word token (dir -1 or +1) when only whitespace separates it from t on the same line. */
  private wordNeighbour(t: Token, dir: -1 | 1): Token | undefined {
    const other = this.tokens[t.index + dir];
    if (!other || other.kind !== 'word') return undefined;
    const later = dir === 1 ? other : t;
    if (later.glued || later.newlineBefore) return undefined;
    return other;
  }

  private confidence(ranked: Ranked[]): { severity: Severity; safe: boolean } {
    // no plausible repair at all: more likely a foreign word or a name the lexicon lacks than damage
    if (ranked.length === 0 || ranked[0].tentative || ranked[0].score > PLAUSIBLE) return { severity: 'hint', safe: false };
    if (ranked[0].score > CONFIDENT) return { severity: 'warning', safe: false };
    const gap = ranked.length > 1 ? ranked[1].score - ranked[0].score : Infinity;
    return { severity: 'error', safe: gap >= SAFE_GAP };
  }

  private emit(sub: string, severity: Severity, start: number, end: number, suggestions: string[], safe: boolean, message: Localized): void {
    this.findings.push({
      check: 'garbled',
      code: `garbled/${sub}`,
      severity,
      span: { start, end },
      message,
      suggestions,
      ...(safe && suggestions.length > 0 ? { safe: true } : {}),
    });
  }
}

function unknownMessage(word: string, best: string | undefined): Localized {
  if (best === undefined) {
    return { fa: `واژهٔ ناشناخته: «${word}».`, en: `Unknown word: “${word}”.` };
  }
  return { fa: `واژهٔ ناشناخته: «${word}». شاید «${best}»؟`, en: `Unknown word: “${word}”. Did you mean “${best}”?` };
}

function rareWordMessage(word: string, best: string): Localized {
  return { fa: `واژهٔ کم‌کاربرد که شاید آسیب دیده باشد: «${word}». شاید «${best}»؟`, en: `A rare word that may be damaged: “${word}”. Did you mean “${best}”?` };
}

/** True when deleting one letter from the longer of a and b gives the other. */
function oneLetterApart(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  for (let k = 0; k < long.length; k++) if (long.slice(0, k) + long.slice(k + 1) === short) return true;
  return false;
}

export const garbledCheck: Check = {
  id: 'garbled',
  run: (ctx) => new GarbledRun(ctx).run(),
};
