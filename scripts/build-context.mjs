// Compiles the context model shipped as dist/context.bin (server/src/core/context/model.ts) from the Persian word
// and word-pair frequency lists of Tesseract's training data (tesseract-ocr/langdata, fas/, Apache-2.0), which the
// project never holds: they are read from ../shared/data/tesseract-langdata-fas (or $DABIR_CONTEXT_DATA) at build
// time, and only the compiled, hashed form is written, into dist/ (ignored by git, shipped in the .vsix) with the
// lists' licence beside it. Without the lists the build says so in one line and goes on without the model.
//   node scripts/build-context.mjs [--force]
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const contextDataDir = () => process.env.DABIR_CONTEXT_DATA || join(root, '..', 'shared', 'data', 'tesseract-langdata-fas');
const outPath = join(root, 'dist', 'context.bin');
const licenseOut = join(root, 'dist', 'CONTEXT-LICENSE.txt');
const WORDS = 'fas.wordlist';
const PAIRS = 'fas.word.bigrams';

const inputs = (dir) => [
  join(dir, WORDS),
  join(dir, PAIRS),
  fileURLToPath(import.meta.url),
  join(root, 'server/src/core/context/model.ts'),
  join(root, 'server/src/core/context/keys.ts'),
  join(root, 'server/src/core/persian.ts'),
];

function isFresh(dir) {
  if (!existsSync(outPath)) return false;
  const out = statSync(outPath).mtimeMs;
  return inputs(dir).every((p) => existsSync(p) && statSync(p).mtimeMs <= out);
}

/** Bundles the core's model module to a temporary ESM file and imports it (the core is TypeScript). */
async function importModel() {
  const tmp = join(tmpdir(), `dabir-context-${process.pid}-${Date.now()}.mjs`);
  await esbuild.build({
    entryPoints: [join(root, 'server/src/core/context/model.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    outfile: tmp,
    logLevel: 'warning',
  });
  try {
    return await import(pathToFileURL(tmp).href);
  } finally {
    rmSync(tmp, { force: true });
  }
}

const lines = (path) => readFileSync(path, 'utf8').split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.length > 0);

export async function buildContext({ quiet = false, force = false } = {}) {
  const log = quiet ? () => {} : (m) => console.log(m);
  const dir = contextDataDir();
  if (!existsSync(join(dir, WORDS)) || !existsSync(join(dir, PAIRS))) {
    log(`context model: skipped, no word lists at ${dir} (Dabir builds and runs without it, with weaker ranking)`);
    return { built: false };
  }
  if (!force && isFresh(dir)) {
    log('context model: up to date');
    return { built: true };
  }
  const started = Date.now();
  const { ContextModel } = await importModel();
  const model = ContextModel.fromRankedLists(lines(join(dir, WORDS)), lines(join(dir, PAIRS)));
  const bytes = model.serialize();
  mkdirSync(dirname(outPath), { recursive: true });
  // write then rename: other builds may run concurrently and must never see a half-written file
  const tmpOut = `${outPath}.${process.pid}.tmp`;
  writeFileSync(tmpOut, bytes);
  renameSync(tmpOut, outPath);
  const license = existsSync(join(dir, 'LICENSE')) ? readFileSync(join(dir, 'LICENSE'), 'utf8') : '';
  const tmpLicense = `${licenseOut}.${process.pid}.tmp`;
  writeFileSync(
    tmpLicense,
    'dist/context.bin is compiled (hashed keys and quantised log ranks only) from the Persian word list and word\n' +
      'bigram list of the Tesseract OCR project\'s training data: https://github.com/tesseract-ocr/langdata,\n' +
      'directory fas/ (fas.wordlist, fas.word.bigrams; commit bc528bf11370d6e469190a96e846b71c741425ba).\n' +
      'Copyright Google and the Tesseract contributors. Licensed under the Apache License, Version 2.0:\n\n' +
      license,
  );
  renameSync(tmpLicense, licenseOut);
  log(
    `context model: ${model.wordCount} words, ${model.pairCount} pairs, ${(bytes.length / 1e6).toFixed(2)} MB ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return { built: true };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildContext({ force: process.argv.includes('--force') }).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
