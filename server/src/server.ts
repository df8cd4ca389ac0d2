// The Dabir language server: a thin LSP host of the analysis core. Each handler is a few lines; the work lives in
// ./core (analysis) and ./lsp (conversion, code actions, scheduling). Runs with --stdio or under VS Code's node IPC
// (createConnection picks the transport from argv).
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAnalyzer, type CheckId } from './core';
import { EntitiesRequest, FIX_ALL_KIND } from './protocol';
import { DocumentChecker, CHECKED_LANGUAGES } from './lsp/checker';
import { codeActions } from './lsp/codeActions';
import { documentSymbols, toEntityInfo } from './lsp/convert';
import { loadLexicon } from './lsp/lexicon';
import { MESSAGES, pickLanguage } from './lsp/messages';
import { parseSettings, type DabirSettings } from './lsp/settings';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

const lexiconLoad = loadLexicon(__dirname);
/** Without a lexicon every word would look unknown: those checks are switched off instead. */
const unavailable: CheckId[] = lexiconLoad.ok ? [] : ['garbled', 'style'];
const analyzer = createAnalyzer(lexiconLoad.lexicon);

let clientLocale: string | undefined;
let canPullConfiguration = false;
let canRegisterConfigurationChange = false;
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
  analyzer,
  settingsFor,
  unavailable,
  get clientLocale() {
    return clientLocale;
  },
  isOpen: (uri) => documents.get(uri) !== undefined,
});

const isChecked = (doc: TextDocument) => CHECKED_LANGUAGES.has(doc.languageId);

connection.onInitialize((params): InitializeResult => {
  clientLocale = params.locale;
  canPullConfiguration = !!params.capabilities.workspace?.configuration;
  canRegisterConfigurationChange = !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      documentSymbolProvider: { label: 'Dabir' },
    },
    serverInfo: { name: 'dabir' },
  };
});

connection.onInitialized(() => {
  if (canRegisterConfigurationChange) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'dabir' });
  }
  if (lexiconLoad.ok) {
    connection.console.info(`dabir: lexicon ${lexiconLoad.path} loaded in ${lexiconLoad.ms.toFixed(0)} ms`);
  } else {
    connection.console.error(`dabir: cannot load the lexicon ${lexiconLoad.path}: ${lexiconLoad.error}`);
    const msg = MESSAGES[pickLanguage('auto', clientLocale)];
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: msg.lexiconMissing(lexiconLoad.path) });
  }
});

/** The version each document was opened with: checked at once, while later edits are debounced. */
const openedVersion = new Map<string, number>();
documents.onDidOpen((e) => {
  openedVersion.set(e.document.uri, e.document.version);
  if (isChecked(e.document)) void checker.check(e.document);
});
documents.onDidChangeContent((e) => {
  // onDidChangeContent also fires on open, for the version the open handler already checks.
  if (isChecked(e.document) && e.document.version !== openedVersion.get(e.document.uri)) void checker.schedule(e.document);
});
documents.onDidClose((e) => {
  openedVersion.delete(e.document.uri);
  settingsCache.delete(e.document.uri);
  checker.close(e.document.uri);
});

connection.onDidChangeConfiguration((change) => {
  pushedSettings = (change.settings as { dabir?: unknown } | undefined)?.dabir ?? pushedSettings;
  settingsCache.clear();
  checker.invalidate();
  for (const doc of documents.all()) if (isChecked(doc)) void checker.check(doc);
});

connection.onCodeAction(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !isChecked(doc)) return [];
  return codeActions(doc, params, await checker.analysisOf(doc), checker.messagesFor(doc.uri));
});

connection.onDocumentSymbol(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !isChecked(doc)) return [];
  return documentSymbols(doc, (await checker.analysisOf(doc)).entities, checker.messagesFor(doc.uri));
});

connection.onRequest(EntitiesRequest, async ({ uri }) => {
  const doc = documents.get(uri);
  if (!doc || !isChecked(doc)) return { version: doc?.version ?? 0, entities: [] };
  const { entities } = await checker.analysisOf(doc);
  return { version: doc.version, entities: entities.map((e) => toEntityInfo(doc, e)) };
});

documents.listen(connection);
connection.listen();
