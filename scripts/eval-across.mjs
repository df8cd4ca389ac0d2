// node scripts/eval-across.mjs [--limit N] [--keep]: measures `dabir check --across-files` on the names
// development set. Each article with an injected variant of a name becomes a desk of two files: A, the stretch of
// the article around the variant cut at paragraph (else sentence) boundaries so that it holds no mention of the
// canonical spelling, and B, the rest, which holds them. Untouched control articles are cut in two at the
// boundary nearest their middle. Reports how many variants the desk check finds and fixes, and its false alarms.
// The corpus lives in ../shared (research only: nothing of it is copied here); the pairs go to a temporary
// directory that is removed afterwards (--keep leaves it). Needs a built dist/cli.js (node scripts/build.mjs).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.join(root, '..', 'shared', 'corpora', 'names-dev.jsonl');
const cli = path.join(root, 'dist', 'cli.js');
if (!existsSync(corpus)) {
  console.log(`eval-across: skipped (${corpus} not found; the evaluation sets are not part of the project)`);
  process.exit(0);
}
if (!existsSync(cli)) {
  console.log('eval-across: dist/cli.js not built; run node scripts/build.mjs first');
  process.exit(1);
}
const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const keep = args.includes('--keep');
const CODE = 'name/inconsistent-across-files';

/** Offsets where a file may start or end: after a line break (paragraphs), and after a sentence's end. */
function boundaries(text) {
  const paragraphs = [0, text.length];
  const sentences = [0, text.length];
  for (let i = 1; i < text.length; i++) {
    if (text[i - 1] === '\n' || (text[i - 1] === '\r' && text[i] !== '\n')) paragraphs.push(i);
    else if (/[.!?؟]/.test(text[i - 1]) && /\s/.test(text[i])) sentences.push(i + 1);
  }
  const sort = (a) => [...new Set(a)].sort((x, y) => x - y);
  return { paragraphs: sort(paragraphs), sentences: sort(sentences) };
}

/** The stretch [start, end) around `v` within [lo, hi), cut at paragraph boundaries where possible. */
function stretch(text, v, lo, hi) {
  const { paragraphs, sentences } = boundaries(text);
  const first = (list) => list.find((b) => b >= lo && b <= v.start);
  const last = (list) => list.findLast((b) => b >= v.end && b <= hi);
  const start = first(paragraphs) ?? first(sentences);
  const end = last(paragraphs) ?? last(sentences);
  return start === undefined || end === undefined ? undefined : { start, end };
}

/** Splits an article with a variant: A holds the variant, B the canonical mentions (or undefined when impossible). */
function splitVariant(doc, v) {
  const spans = v.canonical_spans ?? [];
  if (!spans.length) return undefined;
  const lo = Math.max(0, ...spans.filter((s) => s.end <= v.start).map((s) => s.end));
  const hi = Math.min(doc.text.length, ...spans.filter((s) => s.start >= v.end).map((s) => s.start));
  const cut = stretch(doc.text, v, lo, hi);
  if (!cut || (cut.start === 0 && cut.end === doc.text.length)) return undefined;
  const a = doc.text.slice(cut.start, cut.end);
  const b = doc.text.slice(0, cut.start) + doc.text.slice(cut.end);
  if (!a.trim() || !b.trim()) return undefined;
  return { a, b, variant: { start: v.start - cut.start, end: v.end - cut.start }, canonical: v.canonical };
}

/** Splits a control article at the paragraph (else sentence) boundary nearest its middle. */
function splitControl(doc) {
  const { paragraphs, sentences } = boundaries(doc.text);
  const mid = doc.text.length / 2;
  const inner = (list) => list.filter((b) => b > 0 && b < doc.text.length);
  const list = inner(paragraphs).length ? inner(paragraphs) : inner(sentences);
  if (!list.length) return undefined;
  const cut = list.reduce((best, b) => (Math.abs(b - mid) < Math.abs(best - mid) ? b : best));
  return { a: doc.text.slice(0, cut), b: doc.text.slice(cut) };
}

/** Offset of an LSP position (lines split at \n, \r\n or \r). */
function offsetOf(text, pos) {
  let line = 0;
  let i = 0;
  while (line < pos.line && i < text.length) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') line++;
    i++;
  }
  return i + pos.character;
}

function run(files) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'check', '--across-files', '--format', 'json', ...files], { env: { ...process.env, DABIR_THREADS: '1' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status === 2) reject(new Error(`dabir exited 2 on ${files.join(' ')}: ${err}`));
      else resolve(JSON.parse(out).files);
    });
  });
}

const docs = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l))
  .slice(0, limit);
const dir = mkdtempSync(path.join(tmpdir(), 'dabir-across-'));
const pairs = [];
let skipped = 0;
docs.forEach((doc, n) => {
  const split = doc.variants?.length ? splitVariant(doc, doc.variants[0]) : splitControl(doc);
  if (!split) {
    skipped++;
    return;
  }
  const a = path.join(dir, `${n}-a.txt`);
  const b = path.join(dir, `${n}-b.txt`);
  writeFileSync(a, split.a);
  writeFileSync(b, split.b);
  pairs.push({ ...split, files: [a, b], control: !doc.variants?.length, natural: doc.natural_candidates?.length > 0 });
});

const stats = { variants: 0, found: 0, fixed: 0, inFile: 0, either: 0, eitherFixed: 0, variantPairAlarms: 0, controls: 0, controlAlarms: 0, controlPairsAlarmed: 0, naturalControlAlarms: 0 };
const examples = { missed: [], alarms: [], wrongFix: [] };
let next = 0;
async function worker() {
  while (next < pairs.length) {
    const p = pairs[next++];
    const [ra, rb] = await run(p.files);
    const texts = [p.a, p.b];
    const across = [ra, rb].map((r, k) =>
      r.diagnostics.filter((d) => d.code === CODE).map((d) => ({ ...d, start: offsetOf(texts[k], d.range.start), end: offsetOf(texts[k], d.range.end) })),
    );
    if (p.control) {
      stats.controls++;
      const n = across[0].length + across[1].length;
      stats.controlAlarms += n;
      if (n) stats.controlPairsAlarmed++;
      if (n && p.natural) stats.naturalControlAlarms += n;
      for (const [k, list] of across.entries()) for (const d of list) examples.alarms.push(`${texts[k].slice(d.start, d.end)} → ${d.suggestions[0]}`);
      continue;
    }
    stats.variants++;
    const v = p.variant;
    const overlaps = (d) => d.start < v.end && d.end > v.start;
    // the fix is right when applying it gives the text with the canonical spelling, whatever its span covers
    const want = p.a.slice(0, v.start) + p.canonical + p.a.slice(v.end);
    const fixes = (d) => p.a.slice(0, d.start) + d.suggestions[0] + p.a.slice(d.end) === want;
    const hit = across[0].find(overlaps);
    if (hit) {
      stats.found++;
      if (fixes(hit)) stats.fixed++;
      else examples.wrongFix.push(`${p.a.slice(hit.start, hit.end)} → ${hit.suggestions[0]} (${p.canonical})`);
    }
    // (a file A may still hold another spelling of the name than the gold marks: the in-file check then has it)
    const inFile = ra.diagnostics
      .filter((d) => d.code.startsWith('name/') && d.code !== CODE)
      .map((d) => ({ ...d, start: offsetOf(p.a, d.range.start), end: offsetOf(p.a, d.range.end) }))
      .find(overlaps);
    if (inFile) stats.inFile++;
    if (hit || inFile) stats.either++;
    if ((hit && fixes(hit)) || (inFile && fixes(inFile))) stats.eitherFixed++;
    if (!hit && !inFile && examples.missed.length < 400) examples.missed.push(`${p.a.slice(v.start, v.end)} (${p.canonical})`);
    const others = across[0].filter((d) => !overlaps(d)).length + across[1].length;
    stats.variantPairAlarms += others;
    for (const d of across[0].filter((d) => !overlaps(d))) examples.alarms.push(`${p.a.slice(d.start, d.end)} → ${d.suggestions[0]}`);
    for (const d of across[1]) examples.alarms.push(`${p.b.slice(d.start, d.end)} → ${d.suggestions[0]}`);
  }
}
await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));

// a desk of unrelated articles: the whole control articles in one call; every finding claims that two articles
// name one person, place or organisation two ways (most are false alarms; some may be true)
const wholeControls = docs.flatMap((doc, n) => {
  if (doc.variants?.length) return [];
  const file = path.join(dir, `${n}-whole.txt`);
  writeFileSync(file, doc.text);
  return [file];
});
const deskAlarms = [];
if (wholeControls.length > 1) {
  const reports = await run(wholeControls);
  reports.forEach((r, k) => {
    const text = readFileSync(wholeControls[k], 'utf8');
    for (const d of r.diagnostics) if (d.code === CODE) deskAlarms.push(`${text.slice(offsetOf(text, d.range.start), offsetOf(text, d.range.end))} → ${d.suggestions[0]}`);
  });
}
if (keep) console.log(`pairs kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
console.log(`eval-across: ${pairs.length} pairs (${stats.variants} with a variant, ${stats.controls} controls; ${skipped} articles could not be split)`);
console.log(`  found  ${stats.found}/${stats.variants} (${pct(stats.found, stats.variants)})   fixed ${stats.fixed}/${stats.variants} (${pct(stats.fixed, stats.variants)}; ${pct(stats.fixed, stats.found)} of found)`);
console.log(`  variant flagged in its own file by the in-file check (file A holds another spelling of it): ${stats.inFile} (not repeated by the desk check)`);
console.log(`  found by either check ${stats.either}/${stats.variants} (${pct(stats.either, stats.variants)})   fixed ${stats.eitherFixed}/${stats.variants} (${pct(stats.eitherFixed, stats.variants)})`);
console.log(`  false alarms: controls ${stats.controlAlarms} in ${stats.controlPairsAlarmed}/${stats.controls} pairs (${(stats.controlAlarms / Math.max(1, stats.controls)).toFixed(3)} per pair; ${stats.naturalControlAlarms} in articles with natural inconsistencies), other findings in variant pairs ${stats.variantPairAlarms}`);
console.log(`  one desk of all ${wholeControls.length} control articles (unrelated stories): ${deskAlarms.length} findings`);
if (process.env.EVAL_ACROSS_VERBOSE) {
  console.log('one-desk findings:', deskAlarms.join(' | '));
  console.log('missed by both:', examples.missed.join(' | '));
  console.log('alarms:', examples.alarms.join(' | '));
  console.log('wrong fixes:', examples.wrongFix.join(' | '));
}
