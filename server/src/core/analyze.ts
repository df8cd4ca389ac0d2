// The analysis core's entry point: text in, plain findings and entities out.
import { CHECKS } from './checks';
import { Fit } from './context/fit';
import type { ContextModel } from './context/model';
import { recognizeEntities } from './entities';
import type { Lexicon } from './lexicon';
import { NamesIndex, type NamesListEntry } from './names-list';
import { normalizeWord } from './persian';
import { SearchCache } from './garbled/search';
import { mergeReasons } from './merge';
import { dropNotNames, suppressFindings } from './suppress';
import { splitSentences, tokenize, type Sentence, type Token } from './text';
import type { Analysis, CheckId, Entity, Finding, Severity, Span } from './types';
import { SpanIndex } from './spans';
import { SearchBudget, type SearchAllowance } from './work';

export interface AnalyzeOptions {
  /** Extra words the user accepts (any form; normalised here). */
  userWords?: Iterable<string>;
  /** Checks to skip. */
  disabled?: Iterable<CheckId>;
  /** Severity overrides per check. */
  severity?: Partial<Record<CheckId, Severity>>;
  /** "Ignore here" keys (see suppress.ts `ignoreKey`) of findings to drop. Inline markers always apply. */
  ignoreKeys?: Iterable<string>;
  /** Words the editor marked "not a name": entities spelled so are dropped, with their name findings. */
  notNames?: Iterable<string>;
  /** The newsroom's names list (see names-list.ts `parseNamesList`): its spellings override all others. */
  namesList?: readonly NamesListEntry[];
  /** This analysis's search budget, instead of the analyzer's (see work.ts); `{ base: 0, perChar: 0 }` searches nothing. */
  searchAllowance?: SearchAllowance;
}

/** What every check receives. Built once per analysis. */
export interface CheckContext {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  lexicon: Lexicon;
  entities: Entity[];
  /** Index of the entity whose mention covers the token, if any. */
  entityOfToken: Map<number, Entity>;
  /** True when the word (raw or normalised) is known to the lexicon or the user's words. */
  knows(word: string): boolean;
  /** The newsroom's names list, when one was given. */
  namesList?: NamesIndex;
  /** Candidate searches remembered across this analyzer's analyses (see SearchCache). */
  searches?: SearchCache;
  /** What this analysis may still spend on candidate searches (see work.ts). */
  budget: SearchBudget;
  /** Word and word-pair frequencies of running text, when the host loaded the context model. */
  fit?: Fit;
}

export interface Check {
  id: CheckId;
  run(ctx: CheckContext): Finding[];
}

export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): Analysis;
}

export interface AnalyzerResources {
  /** The compiled context model (see context/model.ts); without it the ranking falls back on commonness tiers. */
  context?: ContextModel;
  /** The search budget of each analysis (see work.ts); the defaults keep any document within about 2 s per MB. */
  searchAllowance?: SearchAllowance;
}

export function createAnalyzer(lexicon: Lexicon, resources: AnalyzerResources = {}): Analyzer {
  const searches = new SearchCache(lexicon);
  const fit = resources.context ? new Fit(resources.context) : undefined;
  return {
    analyze(text, options = {}) {
      const userWords = new Set<string>();
      for (const w of options.userWords ?? []) userWords.add(normalizeWord(w));
      // (every check asks about the same words many times: answer each once per analysis)
      const known = new Map<string, boolean>();
      const knows = (word: string) => {
        let answer = known.get(word);
        if (answer === undefined) {
          const n = normalizeWord(word);
          known.set(word, (answer = lexicon.knows(n) || userWords.has(n)));
        }
        return answer;
      };
      const tokens = tokenize(text);
      const sentences = splitSentences(tokens);
      const namesList = options.namesList?.length ? new NamesIndex(options.namesList) : undefined;
      const entities = recognizeEntities({ text, tokens, sentences, knows, namesList });
      const entityOfToken = new Map<number, Entity>();
      for (const entity of entities) {
        for (const m of entity.mentions) {
          for (const t of tokensIn(tokens, m.span.start, m.span.end)) entityOfToken.set(t.index, entity);
        }
      }
      const budget = new SearchBudget(text.length, options.searchAllowance ?? resources.searchAllowance);
      const ctx: CheckContext = { text, tokens, sentences, lexicon, entities, entityOfToken, knows, namesList, searches, fit, budget };
      const disabled = new Set(options.disabled ?? []);
      const findings: Finding[] = [];
      for (const check of CHECKS) {
        if (disabled.has(check.id)) continue;
        const override = options.severity?.[check.id];
        for (const f of check.run(ctx)) findings.push(override ? { ...f, severity: override } : f);
      }
      const accepted = userWords.size ? findings.filter((f) => !isAcceptedWord(text, f, userWords)) : findings;
      const kept = suppressFindings(text, resolveOverlaps(accepted), { ignoreKeys: options.ignoreKeys });
      const dropped = options.notNames ? dropNotNames(entities, kept, options.notNames) : { findings: kept, entities };
      const analysis = { ...dropped, findings: mergeReasons(text, dropped.findings) };
      markInconsistent(analysis.entities, analysis.findings);
      return analysis;
    },
  };
}

/**
 * A word the user added to a dictionary is never reported as garbled — not even when the lexicon knows it as a rare
 * form one dot away from a common word (the real-word check): "add to dictionary" must silence it everywhere.
 */
function isAcceptedWord(text: string, f: Finding, userWords: ReadonlySet<string>): boolean {
  return f.check === 'garbled' && userWords.has(normalizeWord(text.slice(f.span.start, f.span.end)));
}

/** Entities with a `name/…` finding are spelled inconsistently (the editor marks them). */
function markInconsistent(entities: Entity[], findings: Finding[]): void {
  const flagged = new Set(findings.filter((f) => f.check === 'name' && f.entity).map((f) => f.entity));
  for (const e of entities) e.inconsistent = flagged.has(e.key);
}

/** Tokens lying inside [start, end). Tokens are sorted, so a binary search finds the first. */
export function tokensIn(tokens: Token[], start: number, end: number): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && tokens[i].start < end; i++) out.push(tokens[i]);
  return out;
}

/**
 * Sorts findings by position. A style finding is dropped where a stronger finding covers the same text (its fix
 * would fight the other one). Garbled and name findings on one word are one mistake: they are merged at the end
 * (merge.ts), once markers, ignore keys and "not a name" have been applied to each.
 */
function resolveOverlaps(findings: Finding[]): Finding[] {
  const strong = new SpanIndex(findings.filter((f) => f.check !== 'style').map((f) => f.span));
  const kept = findings.filter((f) => f.check !== 'style' || !strong.overlaps(f.span));
  return kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
