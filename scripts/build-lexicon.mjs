// Compiles the Persian lexicon shipped as dist/lexicon.bin from the npm package dictionary-fa (Lilak 3.3,
// Apache-2.0, hunspell format): expands the affix rules into every word form, adds the forms Lilak's classes
// leave out (the half-space and joined spellings of «ها»/«تر», the hamza-less spellings of hamza words,
// hand-written words from data/fa-*.txt), rates each form's commonness from open word lists
// (scripts/lexicon-sources.mjs), normalises each form like the analysis core does, and stores them in the
// core's compact automaton (server/src/core/lexicon.ts). Skips the work when the output is newer than all of
// its inputs.
//   node scripts/build-lexicon.mjs [--force]
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readStopwords, readTesseractWords, sourceFiles } from './lexicon-sources.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dictDir = join(root, 'node_modules', 'dictionary-fa');
const affPath = join(dictDir, 'index.aff');
const dicPath = join(dictDir, 'index.dic');
const outPath = join(root, 'dist', 'lexicon.bin');
const licenseOut = join(root, 'dist', 'LEXICON-LICENSE.txt');
const compoundsPath = join(root, 'data', 'fa-compounds.txt');
const loanwordsPath = join(root, 'data', 'fa-loanwords.txt');
const letterNamesPath = join(root, 'data', 'fa-letter-names.txt');
const inputs = [
  affPath,
  dicPath,
  compoundsPath,
  loanwordsPath,
  letterNamesPath,
  ...sourceFiles(),
  fileURLToPath(import.meta.url),
  join(root, 'scripts', 'lexicon-sources.mjs'),
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

const ZWNJ = '\u200c';
/** Suffixes Persian writes both joined and after a half-space (کشورها/کشور‌ها, بزرگتر/بزرگ‌تر). */
const SPACEABLE_SUFFIX = /^\u200c?(ها|تر)/;

/**
 * The spellings of stem + suffix: as the rule writes it, and, for «ها»/«تر», the other way too (joined or
 * after a half-space). A suffix is not written joined after a final «ه» (خانه‌ها, never خانهها).
 */
function attach(stem, add) {
  const forms = [stem + add];
  if (!SPACEABLE_SUFFIX.test(add) || stem.endsWith(ZWNJ)) return forms;
  if (add.startsWith(ZWNJ)) {
    if (!stem.endsWith('ه')) forms.push(stem + add.slice(1));
  } else forms.push(stem + ZWNJ + add);
  return forms;
}

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
      const tier = isCommon(rule) ? 2 : 3;
      for (const form of attach(word.slice(0, word.length - rule.strip.length), rule.add)) {
        emit(form, tier);
        if (cls.cross) suffixed.push([form, tier]);
        for (const cf of rule.cont) {
          const cont = classes.get(cf);
          if (!cont || cont.kind !== 'SFX') continue;
          for (const r2 of cont.rules) {
            if (applies(r2, 'SFX', form)) for (const f2 of attach(form.slice(0, form.length - r2.strip.length), r2.add)) emit(f2, 3);
          }
        }
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

async function importLexiconModule() {
  return importCoreModule('lexicon.ts');
}

/** Bundles a module of the core to a temporary ESM file and imports it (the core is TypeScript). */
async function importCoreModule(file) {
  const tmp = join(tmpdir(), `dabir-${file}-${process.pid}-${Date.now()}.mjs`);
  await esbuild.build({
    entryPoints: [join(root, 'server/src/core', file)],
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

/** The words of a hand-written list: one a line, «#» starts a comment. */
function readList(path) {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((raw) => raw.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

/**
 * A noun with its ordinary inflections, as Lilak's noun classes would give them: plurals «ها/های/هایی» (joined
 * and after a half-space), the «ی» suffixes («ی» after a consonant, «‌ای»/«یی» after a vowel) and the
 * possessive clitics.
 */
export function nounForms(noun) {
  const forms = [[noun, 1]];
  for (const plural of ['ها', 'های', 'هایی']) for (const f of attach(noun, plural)) forms.push([f, 2]);
  // after «ا»/«و» the ezafe is a joined «ی» (تارنمای), the indefinite «یی» or «‌ای»
  if (/[او]$/.test(noun)) forms.push([`${noun}ی`, 2], [`${noun}یی`, 2], [`${noun}${ZWNJ}ای`, 2]);
  else if (noun.endsWith('ی')) forms.push([`${noun}${ZWNJ}ای`, 2]);
  else if (noun.endsWith('ه')) forms.push([`${noun}${ZWNJ}ای`, 2], [`${noun}${ZWNJ}ی`, 2]);
  else forms.push([`${noun}ی`, 2]);
  // possessive clitics (اینستاگرامش, اپلیکیشن‌هایشان): rarer forms
  const cliticStem = /[او]$/.test(noun) ? `${noun}ی` : noun.endsWith('ه') ? `${noun}${ZWNJ}ا` : noun;
  for (const clitic of ['م', 'ت', 'ش', 'مان', 'تان', 'شان']) {
    forms.push([cliticStem + clitic, 3]);
    for (const plural of attach(noun, 'های')) forms.push([plural + clitic, 3]);
  }
  return forms;
}

/** The hand-written compounds, with the joined spelling of a half-space after «این»/«آن» added. */
function readCompounds() {
  const out = [];
  for (const line of readList(compoundsPath)) {
    out.push(line);
    const joined = line.replace(/(این|آن)\u200c/g, '$1');
    if (joined !== line) out.push(joined);
  }
  return out;
}

async function importPersianModule() {
  return importCoreModule('persian.ts');
}

export async function buildLexicon({ quiet = false, force = false } = {}) {
  const log = quiet ? () => {} : (m) => console.log(m);
  if (!force && isFresh()) {
    log('lexicon: up to date');
    return;
  }
  const started = Date.now();
  const { Lexicon, Tier, Commonness, foldSpelling } = await importLexiconModule();
  const { normalizeWord } = await importPersianModule();
  // most forms are plain Persian letters, which normalizeWord leaves as they are: skip its per-letter loop
  const plain = /^[ءآأؤإئابتثجحخدذرزسشصضطظعغفقلمنهوپچژکگی]+(?:\u200c[ءآأؤإئابتثجحخدذرزسشصضطظعغفقلمنهوپچژکگی]+)*$/;
  const norm = (w) => (plain.test(w) ? w : normalizeWord(w));
  // the lists are matched in folded spelling too: they write تأسف where Lilak has تاسف, and the other way round
  const normSet = (words) => new Set(words.flatMap((w) => [norm(w), foldSpelling(norm(w))]));
  const common = normSet(readTesseractWords());
  const functionWords = normSet(readStopwords());
  const { classes, noSuggest } = parseAff(readFileSync(affPath, 'utf8'));
  const entries = [];
  /**
   * Adds a form with its commonness (Lexicon.fromEntries adds its hamza-less spelling, رئیس → رییس).
   * headwordCommon: true when the form's headword is in the common list, 'listed' for the hand-written lists.
   */
  const add = (form, tier, headwordCommon) => {
    const n = norm(form);
    const folded = foldSpelling(n);
    const listed = (set) => set.has(n) || set.has(folded);
    let rating = Commonness.none;
    if (listed(functionWords)) rating = Commonness.function;
    else if (listed(common)) rating = Commonness.common;
    else if (headwordCommon === true && tier <= Tier.inflected) rating = Commonness.attested;
    // the hand-written lists hold words of current news text: attested whatever their tier
    else if (headwordCommon === 'listed') rating = Commonness.attested;
    entries.push([n, tier, rating]);
  };
  const lines = readFileSync(dicPath, 'utf8').split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const slash = line.indexOf('/');
    const word = slash < 0 ? line : line.slice(0, slash);
    const entryFlags = slash < 0 ? [] : flags(line.slice(slash + 1));
    const hidden = noSuggest !== null && entryFlags.includes(noSuggest);
    const headwordCommon = common.has(norm(word)) || common.has(foldSpelling(norm(word)));
    expandEntry(word, entryFlags, classes, (form, tier) => add(form, hidden ? Tier.noSuggest : tier, headwordCommon));
  }
  for (const form of readCompounds()) add(form, Tier.rare, 'listed');
  for (const noun of readList(loanwordsPath)) for (const [form, tier] of nounForms(noun)) add(form, tier, 'listed');
  for (const letter of readList(letterNamesPath)) add(letter, Tier.noSuggest, false);
  const lexicon = Lexicon.fromEntries(entries, { normalised: true });
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
      readFileSync(join(dictDir, 'license'), 'utf8') +
      '\n\nWord commonness levels in dist/lexicon.bin are derived from:\n' +
      '- the word list of the Persian model of Tesseract OCR (tessdata, Copyright Google and the Tesseract\n' +
      '  contributors, Apache License 2.0), as packaged in the npm package @tesseract.js-data/fas (MIT);\n' +
      '- the Persian list of stopwords-iso (Copyright Gene Diaz, MIT License).\n' +
      'See THIRD_PARTY_NOTICES.md in the source distribution for the full notices.\n',
  );
  renameSync(tmpLicense, licenseOut);
  log(
    `lexicon: ${lexicon.size} word forms from ${entries.length} expansions, ${(bytes.length / 1e6).toFixed(2)} MB ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // no top-level await: the tests import this module's helpers through a CommonJS transform
  buildLexicon({ force: process.argv.includes('--force') }).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
