// Loads the compiled data shipped next to the bundled hosts (the language server, the CLI): the lexicon and the
// context model. A missing or corrupt file is reported, not fatal: without a lexicon the host runs without the
// checks that need one; without the context model (a build made without its word lists) the ranking falls back
// on commonness tiers.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContextModel, Lexicon } from '../core';

export const LEXICON_FILE = 'lexicon.bin';
export const CONTEXT_FILE = 'context.bin';

export type LexiconLoad = { ok: true; lexicon: Lexicon; path: string; ms: number } | { ok: false; lexicon: Lexicon; path: string; error: string };

/** `DABIR_LEXICON` overrides the location (useful when running the server from sources). */
export function loadLexicon(dir: string, env: NodeJS.ProcessEnv = process.env): LexiconLoad {
  const path = env.DABIR_LEXICON || join(dir, LEXICON_FILE);
  const t0 = performance.now();
  try {
    const lexicon = Lexicon.load(readFileSync(path));
    return { ok: true, lexicon, path, ms: performance.now() - t0 };
  } catch (e) {
    return { ok: false, lexicon: Lexicon.fromWords([]), path, error: e instanceof Error ? e.message : String(e) };
  }
}

export type ContextLoad =
  | { ok: true; model: ContextModel; path: string; ms: number }
  | { ok: false; model?: undefined; path: string; missing: boolean; error?: string };

/** `DABIR_CONTEXT` overrides the location; `DABIR_CONTEXT=none` runs without the model. */
export function loadContextModel(dir: string, env: NodeJS.ProcessEnv = process.env): ContextLoad {
  const path = env.DABIR_CONTEXT || join(dir, CONTEXT_FILE);
  if (path === 'none' || !existsSync(path)) return { ok: false, path, missing: true };
  const t0 = performance.now();
  try {
    const model = ContextModel.load(readFileSync(path));
    return { ok: true, model, path, ms: performance.now() - t0 };
  } catch (e) {
    return { ok: false, path, missing: false, error: e instanceof Error ? e.message : String(e) };
  }
}
