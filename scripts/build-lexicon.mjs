// Compiles the Persian lexicon shipped as dist/lexicon.bin from the npm package dictionary-fa (Lilak 3.3,
// Apache-2.0, hunspell format): expands the affix rules into every word form, normalises each form like the
// analysis core does, and stores them in the core's compact automaton (server/src/core/lexicon.ts).
// Skips the work when the output is newer than all of its inputs.
//   node scripts/build-lexicon.mjs [--force]
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dictDir = join(root, 'node_modules', 'dictionary-fa');
const affPath = join(dictDir, 'index.aff');
const dicPath = join(dictDir, 'index.dic');
const outPath = join(root, 'dist', 'lexicon.bin');
const licenseOut = join(root, 'dist', 'LEXICON-LICENSE.txt');
const inputs = [
  affPath,
  dicPath,
  fileURLToPath(import.meta.url),
  join(root, 'server/src/core/lexicon.ts'),
  join(root, 'server/src/core/persian.ts'),
];

/** Affix texts that make ordinary inflections (plural, ezafe, indefinite, comparative); others are rarer. */
const COMMON_AFFIXES = new Set(['ها', 'های', 'هایی', 'ان', 'ی', 'ای', 'یی', 'تر', 'ترین', '\u0654', 'بی']);

/** Parses the hunspell .aff (FLAG long): prefix/suffix classes and the NOSUGGEST flag. */
export function parseAff(text) {
  const classes = new Map();
  let noSuggest = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const f = line.split(/\s+/);
    if (f[0] === 'NOSUGGEST') noSuggest = f[1];
    if ((f[0] !== 'PFX' && f[0] !== 'SFX') || f.length < 4) continue;
    const name = f[1];
    if (!classes.has(name)) {
      // header line: PFX name cross count
      classes.set(name, { kind: f[0], cross: f[2] === 'Y', rules: [] });
      continue;
    }
    const [add, cont = ''] = f[3].split('/');
    const cls = classes.get(name);
    const cond = f[4] ?? '.';
    const condRe = cond === '.' ? null : new RegExp(cls.kind === 'SFX' ? `${cond}$` : `^${cond}`, 'u');
    cls.rules.push({ strip: f[2] === '0' ? '' : f[2], add: add === '0' ? '' : add, cont: flags(cont), condRe });
  }
  return { classes, noSuggest };
}

/** FLAG long: every flag is two characters. */
function flags(s) {
  const out = [];
  for (let i = 0; i + 1 < s.length; i += 2) out.push(s.slice(i, i + 2));
  return out;
}

function applies(rule, kind, word) {
  if (rule.condRe && !rule.condRe.test(word)) return false;
  if (!rule.strip) return true;
  return kind === 'SFX' ? word.endsWith(rule.strip) : word.startsWith(rule.strip);
}

function affix(rule, kind, word) {
  if (kind === 'SFX') return word.slice(0, word.length - rule.strip.length) + rule.add;
  return rule.add + word.slice(rule.strip.length);
}

const isCommon = (rule) => COMMON_AFFIXES.has(rule.add.replace(/\u200c/g, ''));

/**
 * Expands one dictionary entry into (form, tier) pairs: the word, each suffix (and the suffixes its
 * continuation classes allow, i.e. hunspell's two-fold suffixes), each prefix, and prefix+suffix when
 * both classes allow cross products. Tiers: 1 headword, 2 common inflection, 3 rarer form.
 */
export function expandEntry(word, entryFlags, classes, emit) {
  emit(word, 1);
  const suffixed = [];
  for (const fl of entryFlags) {
    const cls = classes.get(fl);
    if (!cls || cls.kind !== 'SFX') continue;
    for (const rule of cls.rules) {
      if (!applies(rule, 'SFX', word)) continue;
      const form = affix(rule, 'SFX', word);
      const tier = isCommon(rule) ? 2 : 3;
      emit(form, tier);
      if (cls.cross) suffixed.push([form, tier]);
      for (const cf of rule.cont) {
        const cont = classes.get(cf);
        if (!cont || cont.kind !== 'SFX') continue;
        for (const r2 of cont.rules) if (applies(r2, 'SFX', form)) emit(affix(r2, 'SFX', form), 3);
      }
    }
  }
  for (const fl of entryFlags) {
    const cls = classes.get(fl);
    if (!cls || cls.kind !== 'PFX') continue;
    for (const rule of cls.rules) {
      if (!applies(rule, 'PFX', word)) continue;
      emit(affix(rule, 'PFX', word), isCommon(rule) ? 2 : 3);
      if (cls.cross) for (const [form] of suffixed) emit(affix(rule, 'PFX', form), 3);
    }
  }
}

function isFresh() {
  if (!existsSync(outPath)) return false;
  const out = statSync(outPath).mtimeMs;
  return inputs.every((p) => existsSync(p) && statSync(p).mtimeMs <= out);
}

/** Bundles the core's lexicon module to a temporary ESM file and imports it (the core is TypeScript). */
async function importLexiconModule() {
  const tmp = join(tmpdir(), `dabir-lexicon-${process.pid}-${Date.now()}.mjs`);
  await esbuild.build({
    entryPoints: [join(root, 'server/src/core/lexicon.ts')],
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

export async function buildLexicon({ quiet = false, force = false } = {}) {
  const log = quiet ? () => {} : (m) => console.log(m);
  if (!force && isFresh()) {
    log('lexicon: up to date');
    return;
  }
  const started = Date.now();
  const { Lexicon, Tier } = await importLexiconModule();
  const { classes, noSuggest } = parseAff(readFileSync(affPath, 'utf8'));
  const entries = [];
  const lines = readFileSync(dicPath, 'utf8').split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const slash = line.indexOf('/');
    const word = slash < 0 ? line : line.slice(0, slash);
    const entryFlags = slash < 0 ? [] : flags(line.slice(slash + 1));
    const hidden = noSuggest !== null && entryFlags.includes(noSuggest);
    expandEntry(word, entryFlags, classes, (form, tier) => entries.push([form, hidden ? Tier.noSuggest : tier]));
  }
  const lexicon = Lexicon.fromEntries(entries);
  const bytes = lexicon.serialize();

  mkdirSync(dirname(outPath), { recursive: true });
  // write then rename: other builds may run concurrently and must never see a half-written file
  const tmpOut = `${outPath}.${process.pid}.tmp`;
  writeFileSync(tmpOut, bytes);
  renameSync(tmpOut, outPath);
  const tmpLicense = `${licenseOut}.${process.pid}.tmp`;
  writeFileSync(
    tmpLicense,
    'dist/lexicon.bin is compiled from Lilak 3.3, the Persian spell-checking dictionary by Mostafa Sedaghat Joo\n' +
      '(https://github.com/b00f/lilak), as packaged in the npm package dictionary-fa\n' +
      '(https://github.com/wooorm/dictionaries). Licensed under the Apache License, Version 2.0:\n\n' +
      readFileSync(join(dictDir, 'license'), 'utf8'),
  );
  renameSync(tmpLicense, licenseOut);
  log(
    `lexicon: ${lexicon.size} word forms from ${entries.length} expansions, ${(bytes.length / 1e6).toFixed(2)} MB ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildLexicon({ force: process.argv.includes('--force') });
}
