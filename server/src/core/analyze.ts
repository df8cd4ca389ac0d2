// The analysis core's entry point: text in, plain findings and entities out.
import { CHECKS } from './checks';
import { recognizeEntities } from './entities';
import type { Lexicon } from './lexicon';
import { normalizeWord } from './persian';
import { splitSentences, tokenize, type Sentence, type Token } from './text';
import type { Analysis, CheckId, Entity, Finding, Severity } from './types';

export interface AnalyzeOptions {
  /** Extra words the user accepts (any form; normalised here). */
  userWords?: Iterable<string>;
  /** Checks to skip. */
  disabled?: Iterable<CheckId>;
  /** Severity overrides per check. */
  severity?: Partial<Record<CheckId, Severity>>;
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
}

export interface Check {
  id: CheckId;
  run(ctx: CheckContext): Finding[];
}

export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): Analysis;
}

export function createAnalyzer(lexicon: Lexicon): Analyzer {
  return {
    analyze(text, options = {}) {
      const userWords = new Set<string>();
      for (const w of options.userWords ?? []) userWords.add(normalizeWord(w));
      const knows = (word: string) => {
        const n = normalizeWord(word);
        return lexicon.has(n) || userWords.has(n);
      };
      const tokens = tokenize(text);
      const sentences = splitSentences(tokens);
      const entities = recognizeEntities({ text, tokens, sentences, knows });
      const entityOfToken = new Map<number, Entity>();
      for (const entity of entities) {
        for (const m of entity.mentions) {
          for (const t of tokensIn(tokens, m.span.start, m.span.end)) entityOfToken.set(t.index, entity);
        }
      }
      const ctx: CheckContext = { text, tokens, sentences, lexicon, entities, entityOfToken, knows };
      const disabled = new Set(options.disabled ?? []);
      const findings: Finding[] = [];
      for (const check of CHECKS) {
        if (disabled.has(check.id)) continue;
        const override = options.severity?.[check.id];
        for (const f of check.run(ctx)) findings.push(override ? { ...f, severity: override } : f);
      }
      return { findings: resolveOverlaps(findings), entities };
    },
  };
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

const PRIORITY: Record<CheckId, number> = { duplicate: 0, garbled: 1, name: 2, style: 3 };

/** Sorts findings by position and drops a lower-priority finding whose span overlaps a higher-priority one. */
function resolveOverlaps(findings: Finding[]): Finding[] {
  const ranked = [...findings].sort((a, b) => PRIORITY[a.check] - PRIORITY[b.check]);
  const kept: Finding[] = [];
  for (const f of ranked) {
    const clash = kept.some(
      (k) => k.check !== f.check && PRIORITY[k.check] < PRIORITY[f.check] && k.span.start < f.span.end && f.span.start < k.span.end,
    );
    if (!clash || f.check === 'duplicate') kept.push(f);
  }
  return kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
