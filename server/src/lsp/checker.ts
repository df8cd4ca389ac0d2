// Checks open documents: debounces edits, skips what should not be checked, runs the analysis off the main thread
// (see runner.ts), keeps the last finished analysis of each document and publishes diagnostics. Knows nothing about
// code actions or symbols: code actions ask for `analysisOf(doc)` (the analysis of the version they act on), the
// outline and the Entities view for `lastAnalysisOf(doc)` (the last finished one, with the text it was made of).
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { hasPersian, type Analysis, type CheckId } from '../core';
import { StatusNotification, type CheckFileResult, type SkipReason } from '../protocol';
import { SOURCE, toDiagnostic } from './convert';
import { matchesAny } from './glob';
import { MESSAGES, pickLanguage, type Lang, type Messages } from './messages';
import { FixedText, MAX_FIX_PASSES, safeEdits, type Edit } from '../core/fix';
import { OverBudget, Superseded, type AnalysisRunner, type RunResult } from './runner';
import { analyzeOptions, type DabirSettings, type WorkspaceWords } from './settings';

/** A finished analysis, with the document as it was when analysed (its offsets refer to that text). */
export interface Analysed {
  version: number;
  analysis: Analysis;
  snapshot: TextDocument;
  partial: boolean;
}

const EMPTY: Analysis = { findings: [], entities: [] };

export interface CheckerOptions {
  connection: Connection;
  /** Where analyses run (a worker, see runner.ts). */
  runner: AnalysisRunner;
  /** Settings for one document (resource-scoped). */
  settingsFor(uri: string): Promise<DabirSettings>;
  /** Checks the host cannot run (e.g. without a lexicon). */
  unavailable: readonly CheckId[];
  clientLocale: string | undefined;
  /**
   * True while this very document is the open one. False once it is closed — and once it is closed and opened again,
   * since a check still in flight (or a debounce timer) for the old copy must not publish the old text's findings.
   */
  isOpen(doc: TextDocument): boolean;
  /** The word lists of the document's workspace folder. */
  listsFor(uri: string): WorkspaceWords | undefined;
  /** The document's path relative to its workspace folder, for `dabir.include`/`exclude`. */
  pathOf(uri: string): string | undefined;
  /** For Dabir's own list files: the diagnostics about the file itself (they are lists, not articles). */
  listFileDiagnostics(uri: string): Diagnostic[] | undefined;
}

export class DocumentChecker {
  /** The last finished analysis of each open document. */
  private readonly cache = new Map<string, Analysed>();
  /** The analysis under way for each document, by version. */
  private readonly pending = new Map<string, { version: number; result: Promise<Analysed> }>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Last settings seen per document, so synchronous requests (symbols, actions) can use them. */
  private readonly settings = new Map<string, DabirSettings>();

  constructor(private readonly opts: CheckerOptions) {}

  /** Schedules a check after the debounce delay; a newer edit restarts the delay. */
  async schedule(doc: TextDocument): Promise<void> {
    this.cancel(doc.uri);
    const settings = await this.opts.settingsFor(doc.uri);
    // closed (or closed and reopened) meanwhile: the timer now belongs to the new copy, if any
    if (!this.opts.isOpen(doc)) return;
    this.cancel(doc.uri);
    this.timers.set(doc.uri, setTimeout(() => {
      this.timers.delete(doc.uri);
      void this.check(doc);
    }, settings.debounceMs));
  }

  /**
   * Checks the document now and publishes its diagnostics, unless it changed while settings were fetched or was
   * closed (`fromDisk` documents, from a workspace check, are never open and always publish).
   */
  async check(doc: TextDocument, fromDisk = false): Promise<CheckFileResult> {
    const { connection } = this.opts;
    const { uri, version } = doc;
    try {
      const settings = await this.opts.settingsFor(uri);
      if (!fromDisk) {
        this.settings.set(uri, settings);
        if (doc.version !== version || !this.opts.isOpen(doc)) return { skipped: 'stale' }; // a newer check is scheduled, or it was closed
      }
      const own = this.opts.listFileDiagnostics(uri);
      if (own) {
        if (!fromDisk) this.cache.set(uri, { version, analysis: EMPTY, snapshot: doc, partial: false });
        void connection.sendDiagnostics({ uri, version, diagnostics: own });
        void connection.sendNotification(StatusNotification, { uri, state: 'ready', findings: own.length });
        return { findings: own.length };
      }
      const skip = this.skipReason(doc, settings);
      if (skip) {
        if (!fromDisk) this.cache.set(uri, { version, analysis: EMPTY, snapshot: doc, partial: false });
        const diagnostics = skip === 'tooLarge' ? [this.tooLargeDiagnostic(doc, settings)] : [];
        void connection.sendDiagnostics({ uri, version, diagnostics });
        if (!fromDisk) void connection.sendNotification(StatusNotification, { uri, state: 'skipped', reason: skip });
        return { skipped: skip };
      }
      if (!fromDisk) void connection.sendNotification(StatusNotification, { uri, state: 'checking' });
      const { analysis, partial } = fromDisk ? await this.analyzeOnce(doc, settings) : await this.analyze(doc, settings);
      // (a newer edit or a close while it ran: the newer check publishes)
      if (!fromDisk && (doc.version !== version || !this.opts.isOpen(doc))) return { skipped: 'stale' };
      const lang = this.langOf(settings);
      const diagnostics = analysis.findings.map((f) => toDiagnostic(doc, f, lang));
      void connection.sendDiagnostics({ uri, version, diagnostics });
      if (!fromDisk) void connection.sendNotification(StatusNotification, { uri, state: 'ready', findings: diagnostics.length, ...(partial ? { partial } : {}) });
      return { findings: diagnostics.length };
    } catch (e) {
      if (e instanceof Superseded) return { skipped: 'stale' };
      if (e instanceof OverBudget) return this.overBudget(doc, fromDisk, e);
      // One bad document must not take the server down: log it and clear what we had published.
      connection.console.error(`dabir: checking ${uri} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      this.cache.delete(uri);
      void connection.sendDiagnostics({ uri, version, diagnostics: [] });
      void connection.sendNotification(StatusNotification, { uri, state: 'skipped', reason: 'error' });
      return { skipped: 'error' };
    }
  }

  /**
   * The analysis of the document's current version: the cached one, the one under way, or one started now. Code
   * actions use it: a fix is computed only from the text it will edit.
   */
  async analysisOf(doc: TextDocument): Promise<Analysis> {
    const cached = this.cache.get(doc.uri);
    if (cached && cached.version === doc.version) return cached.analysis;
    const settings = this.settings.get(doc.uri) ?? (await this.opts.settingsFor(doc.uri));
    this.settings.set(doc.uri, settings);
    if (this.opts.listFileDiagnostics(doc.uri) || this.skipReason(doc, settings)) return EMPTY;
    try {
      return (await this.analyze(doc, settings)).analysis;
    } catch (e) {
      // replaced by the analysis of a newer version (the caller's version is gone too), or over its budget
      if (e instanceof Superseded || e instanceof OverBudget) return EMPTY;
      throw e;
    }
  }

  /**
   * Fix-all of the document's current version run to its end (see core/fix.ts): the safe fixes of its analysis,
   * then of the fixed text's, pass after pass; as edits of the current version.
   */
  async fixAllEdits(doc: TextDocument, analysis: Analysis): Promise<Edit[]> {
    const settings = this.settings.get(doc.uri) ?? (await this.opts.settingsFor(doc.uri));
    const fixed = new FixedText(doc.getText());
    let findings = analysis.findings;
    while (fixed.passes < MAX_FIX_PASSES && fixed.apply(safeEdits(findings))) {
      if (fixed.passes === MAX_FIX_PASSES) break;
      // (a key of its own: the passes never cancel the document's analysis, nor it them)
      const text = fixed.text;
      const options = analyzeOptions(settings, this.opts.unavailable, this.opts.listsFor(doc.uri));
      findings = (await this.opts.runner.run({ key: `${doc.uri}#fix-all`, text, options, budgetMs: settings.timeBudgetMs })).analysis.findings;
    }
    return fixed.edits();
  }

  /**
   * The last finished analysis of the document, with the text it was made of: the outline and the Entities view
   * answer at once from it while a newer one runs. Waits only when there is none yet.
   */
  async lastAnalysisOf(doc: TextDocument): Promise<Analysed> {
    const cached = this.cache.get(doc.uri);
    if (cached) return cached;
    const analysis = await this.analysisOf(doc);
    return this.cache.get(doc.uri) ?? { version: doc.version, analysis, snapshot: doc, partial: false };
  }

  messagesFor(uri: string): Messages {
    const settings = this.settings.get(uri);
    return MESSAGES[settings ? this.langOf(settings) : pickLanguage('auto', this.opts.clientLocale)];
  }

  /** Forgets everything about a closed document and clears its diagnostics. */
  close(uri: string): void {
    this.cancel(uri);
    this.cache.delete(uri);
    this.pending.delete(uri);
    this.settings.delete(uri);
    void this.opts.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Drops cached analyses (settings changed); the caller re-checks open documents. */
  invalidate(): void {
    this.cache.clear();
    this.pending.clear();
    this.settings.clear();
  }

  /** Analyses the document's version in the runner (once per version) and caches the result. */
  private analyze(doc: TextDocument, settings: DabirSettings): Promise<Analysed> {
    const { uri, version } = doc;
    const pending = this.pending.get(uri);
    if (pending && pending.version === version) return pending.result;
    // (a snapshot: the open document object changes with every edit, the analysis's offsets do not)
    const snapshot = TextDocument.create(uri, doc.languageId, version, doc.getText());
    const result = this.analyzeOnce(snapshot, settings).then((r) => {
      const analysed = { version, analysis: r.analysis, snapshot, partial: r.partial };
      if (this.opts.isOpen(doc) && version >= (this.cache.get(uri)?.version ?? -1)) this.cache.set(uri, analysed);
      return analysed;
    });
    const entry = { version, result };
    this.pending.set(uri, entry);
    const clear = () => {
      if (this.pending.get(uri) === entry) this.pending.delete(uri);
    };
    result.then(clear, clear);
    return result;
  }

  /** One analysis in the runner, not cached (a file checked from disk). */
  private analyzeOnce(doc: TextDocument, settings: DabirSettings): Promise<RunResult> {
    const options = analyzeOptions(settings, this.opts.unavailable, this.opts.listsFor(doc.uri));
    return this.opts.runner.run({ key: doc.uri, text: doc.getText(), options, budgetMs: settings.timeBudgetMs });
  }

  /** An analysis over its time budget even without searches: one diagnostic says so, nothing else is lost. */
  private overBudget(doc: TextDocument, fromDisk: boolean, e: OverBudget): CheckFileResult {
    const { uri, version } = doc;
    const settings = this.settings.get(uri);
    const lang = settings ? this.langOf(settings) : pickLanguage('auto', this.opts.clientLocale);
    void this.opts.connection.sendDiagnostics({
      uri,
      version,
      diagnostics: [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: DiagnosticSeverity.Information,
          code: 'dabir/over-budget',
          source: SOURCE,
          message: MESSAGES[lang].overBudget(e.ms),
        },
      ],
    });
    if (!fromDisk) void this.opts.connection.sendNotification(StatusNotification, { uri, state: 'skipped', reason: 'overBudget' });
    return { skipped: 'overBudget' };
  }

  private skipReason(doc: TextDocument, settings: DabirSettings): SkipReason | undefined {
    if (!settings.enable) return 'disabled';
    if (!settings.languages.includes(doc.languageId)) return 'language';
    const path = this.opts.pathOf(doc.uri);
    if (path !== undefined && (matchesAny(path, settings.exclude) || (settings.include.length > 0 && !matchesAny(path, settings.include)))) {
      return 'excluded';
    }
    const text = doc.getText();
    if (byteLength(text) > settings.maxFileSizeKB * 1024) return 'tooLarge';
    if (text.includes('\u0000')) return 'binary';
    if (!hasPersian(text)) return 'noPersian';
    return undefined;
  }

  private tooLargeDiagnostic(doc: TextDocument, settings: DabirSettings): Diagnostic {
    const kb = Math.ceil(byteLength(doc.getText()) / 1024);
    return {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      code: 'dabir/too-large',
      source: SOURCE,
      message: MESSAGES[this.langOf(settings)].tooLarge(kb, settings.maxFileSizeKB),
    };
  }

  private langOf(settings: DabirSettings): Lang {
    return pickLanguage(settings.language, this.opts.clientLocale);
  }

  private cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
  }
}

/** UTF-8 size without allocating a copy of a large document. */
function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
