// The command-line host of the analysis core: `dabir check [--format json|text] FILE...` (`-` reads stdin).
// It prints one report for all files; exit 0 = no errors found, 1 = errors found, 2 = bad usage or unreadable input.
// Many files are analysed on worker threads, one per core (DABIR_THREADS sets how many; 1 analyses here), and
// reported in the order given. With --across-files the files are one desk: once all are analysed, names spelled
// one way in most files and another way in some are flagged (core/desk.ts), here on the main thread.
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDesk, createAnalyzer, mergeReasons, isolate, parseNamesList, type Analysis, type AnalyzeOptions, type Finding, type NamesListEntry, type Span } from './core';
import { decodeText } from './host/decode';
import { AnalysisPool } from './host/pool';
import { loadContextModel, loadLexicon } from './host/resources';

const USAGE = `Usage: dabir check [--format text|json] [--lang fa|en] [--max-size BYTES] [--lexicon FILE] [--names FILE] [--across-files] FILE... (- for stdin)

Checks Persian articles for garbled words, inconsistent name spellings, duplicated phrases and style.
--names FILE     the newsroom's names list (one entity a line, the preferred spelling first, variants after | or tabs)
--across-files   treat the files as one desk: also flag a name spelled one way in most files and another in some
Exit code: 0 when nothing of severity error was found, 1 when something was, 2 on bad usage or unreadable input.`;

const DEFAULT_MAX_SIZE = 16 * 1024 * 1024;

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

interface FileReport {
  path: string;
  diagnostics: object[];
  entities: object[];
  error?: string;
}

class UsageError extends Error {}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      lang: { type: 'string', default: process.env.DABIR_LANG ?? 'fa' },
      'max-size': { type: 'string' },
      lexicon: { type: 'string' },
      names: { type: 'string' },
      'across-files': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
  return { values, positionals };
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parse(argv);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (values.version) {
    process.stdout.write('dabir 0.1.0\n');
    return 0;
  }
  const [command, ...files] = positionals;
  if (command !== 'check') throw new UsageError(command ? `unknown command «${command}»` : 'missing command');
  if (files.length === 0) throw new UsageError('no files given');
  if (values.format !== 'json' && values.format !== 'text') throw new UsageError(`--format must be json or text, not «${values.format}»`);
  const lang = values.lang === 'en' ? 'en' : 'fa';
  const maxSize = values['max-size'] !== undefined ? Number(values['max-size']) : DEFAULT_MAX_SIZE;
  if (!Number.isFinite(maxSize) || maxSize <= 0) throw new UsageError('--max-size must be a positive number of bytes');

  const lexiconLoad = loadLexicon(__dirname, values.lexicon ? { DABIR_LEXICON: values.lexicon } : {});
  if (!lexiconLoad.ok) {
    process.stderr.write(`dabir: cannot load the lexicon ${lexiconLoad.path}: ${lexiconLoad.error}\n`);
    return 2;
  }
  let namesList: NamesListEntry[] | undefined;
  if (values.names !== undefined) {
    let listText: string;
    try {
      listText = decodeText(readFileSync(values.names));
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
      process.stderr.write(`dabir: cannot read the names list ${values.names}: ${reason}\n`);
      return 2;
    }
    const parsed = parseNamesList(listText);
    for (const p of parsed.problems) process.stderr.write(`dabir: ${values.names}:${p.line}: ${p.message[lang]} (line skipped)\n`);
    namesList = parsed.entries;
  }
  const analyzeOptions: AnalyzeOptions = namesList ? { namesList } : {};
  const contextLoad = loadContextModel(__dirname);
  if (!contextLoad.ok && !contextLoad.missing) process.stderr.write(`dabir: cannot load the context model ${contextLoad.path} (going on without it): ${contextLoad.error}\n`);
  const analyze = analysisFor(files.length, lexiconLoad.path, () => createAnalyzer(lexiconLoad.lexicon, { context: contextLoad.model }));

  const reports: FileReport[] = [];
  let unreadable = false;
  let errors = 0;
  /** Reads a file and starts its analysis, or says why it cannot be read. */
  const start = (file: string): { text: string; analysis: Promise<Analysis> } | { error: string } => {
    try {
      const bytes = readFileSync(file === '-' ? 0 : file);
      if (bytes.length > maxSize) throw new Error(`file is ${bytes.length} bytes, larger than the limit of ${maxSize} (--max-size)`);
      const text = decodeText(bytes);
      return { text, analysis: analyze.run(text, analyzeOptions) };
    } catch (e) {
      return { error: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message };
    }
  };
  // a window of files under way: the workers stay busy while the reports go out in the order given
  const window: { file: string; started: ReturnType<typeof start> }[] = [];
  /** Reports a file once its analysis is in (`analysis` undefined for an unreadable one). */
  const write = (file: string, started: ReturnType<typeof start>, analysis: Analysis | undefined, docs?: Map<string, TextDocument>) => {
    const report: FileReport = { path: file, diagnostics: [], entities: [] };
    reports.push(report);
    if ('error' in started) {
      report.error = started.error;
      process.stderr.write(`dabir: skipped ${file}: ${started.error}\n`);
      unreadable = true;
      return;
    }
    const doc = TextDocument.create('file:///x', 'plaintext', 0, started.text);
    fillReport(report, analysis!, doc, lang, docs);
    errors += analysis!.findings.filter((f) => f.severity === 'error').length;
    if (values.format === 'text') process.stdout.write(textReport(file, analysis!, doc, lang));
  };
  const report = async ({ file, started }: (typeof window)[number]) => write(file, started, 'error' in started ? undefined : await started.analysis);
  try {
    if (values['across-files']) {
      // one desk: every analysis is needed before any file can be reported
      const all = files.map((file) => ({ file, started: start(file) }));
      const analyses = await Promise.all(all.map(({ started }) => ('error' in started ? undefined : started.analysis)));
      const desk = all.flatMap(({ file, started }, i) => ('error' in started ? [] : [{ i, file, text: started.text, analysis: analyses[i]! }]));
      const extra = checkDesk(
        desk.map((d) => ({ file: d.file, text: d.text, findings: d.analysis.findings, entities: d.analysis.entities })),
        { namesList, lexicon: lexiconLoad.lexicon },
      );
      const docs = new Map<string, TextDocument>();
      desk.forEach((d, k) => {
        if (!docs.has(d.file)) docs.set(d.file, TextDocument.create('file:///x', 'plaintext', 0, d.text));
        if (extra[k].length) analyses[d.i] = { ...d.analysis, findings: mergeReasons(d.text, byPosition([...d.analysis.findings, ...extra[k]])) };
      });
      all.forEach(({ file, started }, i) => write(file, started, analyses[i], docs));
    } else {
      for (const file of files) {
        window.push({ file, started: start(file) });
        if (window.length > 2 * analyze.threads) await report(window.shift()!);
      }
      while (window.length) await report(window.shift()!);
    }
  } finally {
    analyze.close();
  }
  if (values.format === 'json') process.stdout.write(JSON.stringify({ files: reports }) + '\n');
  else process.stdout.write(summary(reports, lang));
  return unreadable ? 2 : errors > 0 ? 1 : 0;
}

/**
 * Where the CLI's analyses run: a pool of worker threads when there are several files and cores (and the worker
 * was built), else this thread.
 */
function analysisFor(fileCount: number, lexiconPath: string, inline: () => ReturnType<typeof createAnalyzer>) {
  const workerFile = path.join(__dirname, 'analysis-worker.js');
  const wanted = Number(process.env.DABIR_THREADS) || availableParallelism();
  const threads = Math.max(1, Math.min(wanted, fileCount));
  if (threads > 1 && existsSync(workerFile)) {
    const pool = new AnalysisPool(workerFile, threads, { ...process.env, DABIR_LEXICON: lexiconPath });
    return { threads, run: (text: string, options: AnalyzeOptions) => pool.analyze(text, options), close: () => pool.close() };
  }
  const analyzer = inline();
  return { threads: 1, run: async (text: string, options: AnalyzeOptions) => analyzer.analyze(text, options), close: () => {} };
}

function toRange(doc: TextDocument, span: Span): LspRange {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

/** Findings in order of position (a stable sort, as the core orders them). */
function byPosition(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** `docs`: the other files of the desk by path, for related locations in them (see core/desk.ts). */
function fillReport(report: FileReport, analysis: Analysis, doc: TextDocument, lang: 'fa' | 'en', docs?: Map<string, TextDocument>) {
  const related = (r: NonNullable<Finding['related']>[number]) => {
    const other = r.file !== undefined ? docs?.get(r.file) : undefined;
    return other ? { path: r.file, range: toRange(other, r.span), message: r.message[lang] } : { range: toRange(doc, r.span), message: r.message[lang] };
  };
  report.diagnostics = analysis.findings.map((f) => ({
    code: f.code,
    severity: f.severity,
    message: f.message[lang],
    range: toRange(doc, f.span),
    suggestions: f.suggestions,
    ...(f.also?.length ? { also: f.also.map((a) => a.code) } : {}),
    ...(f.related?.length ? { related: f.related.map(related) } : {}),
  }));
  report.entities = analysis.entities.map((e) => ({
    name: e.name,
    kind: e.kind,
    mentions: e.mentions.map((m) => ({ range: toRange(doc, m.span), text: m.text })),
  }));
}


function textReport(file: string, analysis: Analysis, doc: TextDocument, lang: 'fa' | 'en'): string {
  const lines: string[] = [];
  for (const f of analysis.findings) lines.push(formatFinding(file, f, doc, lang));
  if (analysis.entities.length) {
    lines.push(`${file}: ${lang === 'fa' ? 'نام‌ها' : 'entities'}:`);
    for (const e of analysis.entities) {
      const spellings = e.spellings.map((s) => `${isolate(s.text)}×${s.count}`).join(', ');
      lines.push(`  ${e.kind.padEnd(12)} ${isolate(e.name)}  (${e.mentions.length}: ${spellings})`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

function formatFinding(file: string, f: Finding, doc: TextDocument, lang: 'fa' | 'en'): string {
  const pos = doc.positionAt(f.span.start);
  const written = doc.getText().slice(f.span.start, f.span.end);
  const fix = f.suggestions.length
    ? `  → ${f.suggestions.slice(0, 3).map((s) => (s === '' ? (lang === 'fa' ? '(حذف)' : '(delete)') : isolate(s))).join(' | ')}`
    : '';
  return `${file}:${pos.line + 1}:${pos.character + 1}: ${f.severity} ${[f.code, ...(f.also ?? []).map((a) => a.code)].join('+')}: ${isolate(f.message[lang])} [${isolate(written)}]${fix}`;
}

function summary(reports: FileReport[], lang: 'fa' | 'en'): string {
  let findings = 0;
  let errors = 0;
  for (const r of reports) {
    findings += r.diagnostics.length;
    errors += (r.diagnostics as { severity: string }[]).filter((d) => d.severity === 'error').length;
  }
  return lang === 'fa'
    ? `${reports.length} پرونده، ${findings} یافته (${errors} خطا)\n`
    : `${reports.length} file(s), ${findings} finding(s) (${errors} error(s))\n`;
}

// A closed pipe (`dabir check … | head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    if (e instanceof UsageError) {
      process.stderr.write(`dabir: ${e.message}\n\n${USAGE}\n`);
    } else {
      process.stderr.write(`dabir: internal error: ${(e as Error).stack ?? e}\n`);
    }
    process.exitCode = 2;
  },
);
