// The Dabir language server: a thin LSP host of the analysis core. Each handler is a few lines; the work lives in
// ./core (analysis) and ./lsp (conversion, code actions, scheduling, the workspace's list files). Runs with --stdio
// or under VS Code's node IPC (createConnection picks the transport from argv).
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAnalyzer, type CheckId } from './core';
import {
  CheckFileRequest,
  EntitiesRequest,
  FIX_ALL_KIND,
  ServerCommands,
  type AddToNamesListArgs,
  type AddWordsArgs,
  type DabirInitializationOptions,
  type IgnoreArgs,
  type ListCommandResult,
  type NotANameArgs,
} from './protocol';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentChecker } from './lsp/checker';
import { inlineRunner, WorkerRunner } from './lsp/runner';
import { nodeWorker } from './host/nodeWorker';
import { codeActions, kindRequested } from './lsp/codeActions';
import { documentSymbols, SOURCE, toEntityInfo } from './lsp/convert';
import { loadContextModel, loadLexicon } from './host/resources';
import { addToSortedList, readIfExists } from './lsp/listFiles';
import { MESSAGES, pickLanguage } from './lsp/messages';
import { parseSettings, type DabirSettings } from './lsp/settings';
import { addToNamesFile, HEADERS, pathToUri, uriToPath, WorkspaceLists, type FolderLists, type ListName } from './lsp/workspaceLists';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

const lexiconLoad = loadLexicon(__dirname);
/** Without a lexicon every word would look unknown: those checks are switched off instead. */
const unavailable: CheckId[] = lexiconLoad.ok ? [] : ['garbled', 'style'];
const contextLoad = loadContextModel(__dirname);
/** Analyses run in a worker thread (dist/analysis-worker.js); without one, on this thread between requests. */
const workerFile = join(__dirname, 'analysis-worker.js');
const runner = existsSync(workerFile)
  ? new WorkerRunner(() => nodeWorker(workerFile))
  : inlineRunner((() => {
      const analyzer = createAnalyzer(lexiconLoad.lexicon, { context: contextLoad.model });
      return (text, options) => analyzer.analyze(text, options);
    })());
const lists = new WorkspaceLists();

let clientLocale: string | undefined;
let canPullConfiguration = false;
let canRegisterConfigurationChange = false;
let canRegisterFileWatchers = false;
let clientHasUserDictionary = false;
const settingsCache = new Map<string, Promise<DabirSettings>>();
/** Settings pushed with didChangeConfiguration, for clients that cannot answer workspace/configuration. */
let pushedSettings: unknown;

/** Resource-scoped `dabir` settings, validated; fetched once per document until the configuration changes. */
function settingsFor(uri: string): Promise<DabirSettings> {
  let pending = settingsCache.get(uri);
  if (!pending) {
    const raw = canPullConfiguration
      ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'dabir' }).catch(() => undefined)
      : Promise.resolve(pushedSettings);
    pending = raw.then((value) => {
      const { settings, warnings } = parseSettings(value);
      for (const w of warnings) connection.console.warn(w);
      return settings;
    });
    settingsCache.set(uri, pending);
  }
  return pending;
}

const checker = new DocumentChecker({
  connection,
  runner,
  settingsFor,
  unavailable,
  get clientLocale() {
    return clientLocale;
  },
  isOpen: (doc) => documents.get(doc.uri) === doc,
  listsFor: (uri) => lists.for(uri),
  pathOf: (uri) => lists.relativePath(uri),
  listFileDiagnostics: (uri) => listFileDiagnostics(uri),
});

connection.onInitialize((params): InitializeResult => {
  clientLocale = params.locale;
  const caps = params.capabilities;
  canPullConfiguration = !!caps.workspace?.configuration;
  canRegisterConfigurationChange = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
  canRegisterFileWatchers = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  clientHasUserDictionary = !!(params.initializationOptions as DabirInitializationOptions | undefined)?.userDictionary;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  lists.setFolders(folders);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      documentSymbolProvider: { label: 'Dabir' },
      executeCommandProvider: { commands: Object.values(ServerCommands) },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'dabir' },
  };
});

connection.onInitialized(async () => {
  if (canRegisterConfigurationChange) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'dabir' });
  }
  if (canRegisterFileWatchers) {
    // The default list folder, and any list file moved elsewhere by dabir.files.* (matched by file name).
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/.dabir/*.txt' }, { globPattern: '**/*names*.txt' }, { globPattern: '**/*words*.txt' }],
    });
  }
  if (lexiconLoad.ok) {
    connection.console.info(`dabir: lexicon ${lexiconLoad.path} loaded in ${lexiconLoad.ms.toFixed(0)} ms`);
  } else {
    connection.console.error(`dabir: cannot load the lexicon ${lexiconLoad.path}: ${lexiconLoad.error}`);
    const msg = MESSAGES[pickLanguage('auto', clientLocale)];
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: msg.lexiconMissing(lexiconLoad.path) });
  }
  if (contextLoad.ok) connection.console.info(`dabir: context model ${contextLoad.path} loaded in ${contextLoad.ms.toFixed(0)} ms`);
  else if (contextLoad.missing) connection.console.info(`dabir: no context model at ${contextLoad.path}; ranking by commonness tiers only`);
  else connection.console.error(`dabir: cannot load the context model ${contextLoad.path} (going on without it): ${contextLoad.error}`);
  await reloadLists(lists.folderUris());
  // documents opened while the lists loaded were checked without them (a restarted server gets its didOpens at once)
  if (documents.all().length > 0) recheckAll();
  try {
    connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
      const removed = new Set(e.removed.map((f) => f.uri));
      lists.setFolders([...lists.folderUris().filter((u) => !removed.has(u)), ...e.added.map((f) => f.uri)]);
      await reloadLists(e.added.map((f) => f.uri));
    });
  } catch {
    // the client does not support workspace folders: the root given at initialisation stays the only one
  }
});

/** The version each document was opened with: checked at once, while later edits are debounced. */
const openedVersion = new Map<string, number>();
documents.onDidOpen((e) => {
  openedVersion.set(e.document.uri, e.document.version);
  void checker.check(e.document);
});
documents.onDidChangeContent((e) => {
  // onDidChangeContent also fires on open, for the version the open handler already checks.
  if (e.document.version !== openedVersion.get(e.document.uri)) void checker.schedule(e.document);
});
documents.onDidClose((e) => {
  openedVersion.delete(e.document.uri);
  settingsCache.delete(e.document.uri);
  checker.close(e.document.uri);
  // a list file's own diagnostics (a malformed names line) stay in Problems when its editor closes
  const own = listFileDiagnostics(e.document.uri);
  if (own?.length) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: own });
});

/** Re-checks every open document (after settings or word lists changed). */
function recheckAll(): void {
  checker.invalidate();
  for (const doc of documents.all()) void checker.check(doc);
}

connection.onDidChangeConfiguration(async (change) => {
  pushedSettings = (change.settings as { dabir?: unknown } | undefined)?.dabir ?? pushedSettings;
  settingsCache.clear();
  await reloadLists(lists.folderUris()); // dabir.files.* may point elsewhere now
  recheckAll();
});

connection.onDidChangeWatchedFiles(async ({ changes }) => {
  const touched = new Set<string>();
  for (const c of changes) {
    const list = lists.listOf(c.uri);
    if (list) touched.add(list.folder.uri);
  }
  if (touched.size === 0) return;
  await reloadLists([...touched]);
  recheckAll();
});

/** Reads the list files of these folders again and publishes the names lists' problems. */
async function reloadLists(folderUris: readonly string[]): Promise<void> {
  for (const uri of folderUris) {
    const settings = await settingsFor(uri);
    const folder = lists.load(uri, { words: settings.files.words, names: settings.files.names });
    const msg = MESSAGES[pickLanguage(settings.language, clientLocale)];
    for (const error of folder.errors) {
      connection.console.error(`dabir: ${error}`);
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: msg.listFileError(error.split(': ')[0], error) });
    }
    const diagnostics = await namesDiagnostics(folder);
    namesDiagnosticsCache.set(folder.uri, diagnostics);
    void connection.sendDiagnostics({ uri: pathToUri(folder.paths.names), diagnostics });
  }
}

/** A names list's malformed lines, as diagnostics in that file. */
async function namesDiagnostics(folder: FolderLists): Promise<Diagnostic[]> {
  if (folder.nameProblems.length === 0) return [];
  const lang = pickLanguage((await settingsFor(folder.uri)).language, clientLocale);
  const lines = (readIfExists(folder.paths.names) ?? '').split(/\r\n|\r|\n/);
  return folder.nameProblems.map((p) => ({
    range: { start: { line: p.line - 1, character: 0 }, end: { line: p.line - 1, character: lines[p.line - 1]?.length ?? 0 } },
    severity: DiagnosticSeverity.Warning,
    code: 'dabir/names-list',
    source: SOURCE,
    message: p.message[lang],
  }));
}

/** The names-list diagnostics of each folder, as last published (the checker asks synchronously). */
const namesDiagnosticsCache = new Map<string, Diagnostic[]>();
/** For Dabir's own list files: their diagnostics (names-list problems) instead of an article check. */
function listFileDiagnostics(uri: string): Diagnostic[] | undefined {
  const list = lists.listOf(uri);
  if (!list) return undefined;
  return list.name === 'names' ? namesDiagnosticsCache.get(list.folder.uri) ?? [] : [];
}

connection.onCodeAction(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const host = { workspace: lists.for(doc.uri) !== undefined, userDictionary: clientHasUserDictionary };
  const { version } = doc;
  const analysis = await checker.analysisOf(doc);
  const only = params.context.only;
  const fixAll = only?.length && kindRequested(only, FIX_ALL_KIND) ? await checker.fixAllEdits(doc, analysis) : undefined;
  // (edited while the analysis ran: these fixes belong to a version that is gone)
  if (doc.version !== version) return [];
  return codeActions(doc, params, analysis, checker.messagesFor(doc.uri), host, fixAll);
});

connection.onDocumentSymbol(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const { snapshot, analysis } = await checker.lastAnalysisOf(doc);
  return documentSymbols(snapshot, analysis.entities, checker.messagesFor(doc.uri));
});

connection.onRequest(EntitiesRequest, async ({ uri }) => {
  const doc = documents.get(uri);
  if (!doc) return { version: 0, entities: [] };
  const { snapshot, analysis } = await checker.lastAnalysisOf(doc);
  return { version: snapshot.version, entities: analysis.entities.map((e) => toEntityInfo(snapshot, e)) };
});

connection.onRequest(CheckFileRequest, async ({ uri }) => {
  const open = documents.get(uri);
  if (open) return checker.check(open);
  const path = uriToPath(uri);
  if (!path) return { skipped: 'error' };
  try {
    const text = readIfExists(path);
    if (text === undefined) return { skipped: 'error' };
    return await checker.check(TextDocument.create(uri, languageOfPath(path), 0, text), true);
  } catch (e) {
    connection.console.error(`dabir: cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
    return { skipped: 'error' };
  }
});

/** The language a closed file would open in (what VS Code would pick for our extensions). */
function languageOfPath(path: string): string {
  if (/\.fa\.[^./\\]+$/i.test(path)) return 'persian-news';
  if (/\.(md|markdown)$/i.test(path)) return 'markdown';
  return 'plaintext';
}

// ── commands: the server writes the workspace's plain list files, then reloads them and re-checks ──

/** Runs a list update for the document's workspace folder; answers with the file written or the error. */
async function updateList(uri: string, name: ListName, write: (path: string) => string[]): Promise<ListCommandResult> {
  const folderUri = lists.folderOf(uri) ?? lists.folderUris()[0];
  const folder = folderUri ? lists.get(folderUri) ?? lists.load(folderUri) : undefined;
  if (!folder) return { error: 'the document is not in a workspace folder' };
  const path = folder.paths[name];
  try {
    const added = write(path);
    await reloadLists([folder.uri]);
    recheckAll();
    return { file: pathToUri(path), added };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    connection.console.error(`dabir: cannot write ${path}: ${error}`);
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `Dabir: ${path}: ${error}` });
    return { error };
  }
}

const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ').trim();

connection.onExecuteCommand(async ({ command, arguments: args }): Promise<ListCommandResult> => {
  const arg = (args?.[0] ?? {}) as Record<string, unknown>;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').map(oneLine).filter(Boolean) : []);
  const uri = typeof arg.uri === 'string' ? arg.uri : '';
  switch (command) {
    case ServerCommands.addWords: {
      const words = strings((arg as Partial<AddWordsArgs>).words);
      return updateList(uri, 'words', (p) => addToSortedList(p, words, HEADERS.words));
    }
    case ServerCommands.ignore: {
      const keys = strings((arg as Partial<IgnoreArgs>).keys);
      return updateList(uri, 'ignore', (p) => addToSortedList(p, keys, HEADERS.ignore));
    }
    case ServerCommands.notAName: {
      const names = strings((arg as Partial<NotANameArgs>).names);
      return updateList(uri, 'notNames', (p) => addToSortedList(p, names, HEADERS.notNames));
    }
    case ServerCommands.addToNamesList: {
      const { preferred, variants, kind } = arg as Partial<AddToNamesListArgs>;
      if (typeof preferred !== 'string' || !oneLine(preferred)) return { error: 'no preferred spelling' };
      return updateList(uri, 'names', (p) => [addToNamesFile(p, { preferred, variants: strings(variants), kind })]);
    }
    default:
      return { error: `unknown command ${command}` };
  }
});

connection.onShutdown(() => runner.dispose());

documents.listen(connection);
connection.listen();
