// Loads the compiled lexicon shipped next to the bundled server. A missing or corrupt file is reported, not fatal:
// the host then runs without the checks that need a lexicon.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexicon } from '../core';

export const LEXICON_FILE = 'lexicon.bin';

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
