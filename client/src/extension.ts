// The Dabir VS Code client: starts the language server and owns the views, commands, status bar and decorations.
// It never imports the analysis core; everything it knows comes over LSP (see server/src/protocol.ts).
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  ClientCommands,
  FIX_ALL_KIND,
  LIST_FILE_HEADERS,
  ServerCommands,
  StatusNotification,
  type AddToNamesListArgs,
  type DabirInitializationOptions,
  type ListCommandResult,
  type NotANameArgs,
} from '../../server/src/protocol';
import { makeSymbolsLtrSafe } from './bidi';
import { EntitiesProvider, entityOf, revealMention, useSpellingEverywhere, type EntitiesModel, type EntityNode } from './entitiesView';
import { Invisibles } from './invisibles';
import { StatusBar, skipReason, type StatusSnapshot } from './statusBar';
import { checkWorkspace } from './workspaceCheck';

const DEFAULT_LANGUAGES = ['persian-news', 'plaintext', 'markdown'];
/** Settings the client reads at start: changing them restarts the client (the document selector is fixed). */
const RESTART_SETTINGS = ['dabir.languages'];

let client: LanguageClient | undefined;

const languages = () => vscode.workspace.getConfiguration('dabir').get<string[]>('languages', DEFAULT_LANGUAGES);

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const initializationOptions: DabirInitializationOptions = { userDictionary: true };
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages().flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    initializationOptions,
    middleware: {
      // the outline's Persian names must not swallow the counts and positions shown next to them
      provideDocumentSymbols: async (document, token, next) => {
        const symbols = await next(document, token);
        if (symbols) makeSymbolsLtrSafe(symbols);
        return symbols;
      },
    },
  };
  return new LanguageClient('dabir', 'Dabir', serverOptions, clientOptions);
}

/**
 * What `activate` returns (`vscode.extensions.getExtension('dabir.dabir').exports`): a read-only view of the UI's
 * state, for the end-to-end tests and for other extensions. Everything else goes through commands and LSP.
 */
export interface DabirApi {
  /** What the Entities view shows now. */
  entities(): EntitiesModel;
  /** Asks the server again for the active document's entities; resolves when the view shows them. */
  refreshEntities(): Promise<EntitiesModel>;
  /** The status-bar item as shown. */
  status(): StatusSnapshot;
}

export async function activate(context: vscode.ExtensionContext): Promise<DabirApi> {
  client = createClient(context);
  const current = () => client!;

  const entities = new EntitiesProvider(current());
  const status = new StatusBar();
  const explorerView = vscode.window.createTreeView('dabir.entities', { treeDataProvider: entities, showCollapseAll: true });
  const containerView = vscode.window.createTreeView('dabir.entitiesPanel', { treeDataProvider: entities, showCollapseAll: true });
  /** Files whose "too large" notice was already shown, so it is shown once per file. */
  const toldTooLarge = new Set<string>();

  /** Runs one of the server's list commands; tells the user what was written, or why not. */
  const serverCommand = async (command: string, arg: object): Promise<ListCommandResult | undefined> => {
    try {
      const result = (await current().sendRequest(ExecuteCommandRequest.type, { command, arguments: [arg] })) as ListCommandResult;
      if (result.error) void vscode.window.showErrorMessage(vscode.l10n.t('Dabir: {0}', result.error));
      return result;
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Dabir: {0}', e instanceof Error ? e.message : String(e)));
      return undefined;
    }
  };
  const activeUri = () => {
    const doc = entities.source?.document ?? vscode.window.activeTextEditor?.document;
    return doc ? current().code2ProtocolConverter.asUri(doc.uri) : '';
  };

  /** Opens (creating on first use) one of the workspace's list files, at the location the settings give. */
  const openListFile = async (setting: 'words' | 'names') => {
    const folder = vscode.window.activeTextEditor
      ? vscode.workspace.getWorkspaceFolder(vscode.window.activeTextEditor.document.uri)
      : vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Dabir keeps its word lists in a workspace folder; open a folder first.'));
      return;
    }
    const location = vscode.workspace.getConfiguration('dabir', folder.uri).get<string>(`files.${setting}`, `.dabir/${setting}.txt`);
    const uri = path.isAbsolute(location) ? vscode.Uri.file(location) : vscode.Uri.joinPath(folder.uri, location);
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(LIST_FILE_HEADERS[setting] + '\n'));
    }
    await vscode.window.showTextDocument(uri);
  };

  const wireClient = (c: LanguageClient) => [
    c.onNotification(StatusNotification, (s) => {
      status.set(s);
      if (s.state === 'skipped' && s.reason === 'tooLarge' && !toldTooLarge.has(s.uri)) {
        toldTooLarge.add(s.uri);
        void vscode.window.showWarningMessage(skipReason('tooLarge'));
      }
    }),
    c.onDidChangeState((e) => status.setServerDown(e.newState === State.Stopped)),
  ];
  let clientSubscriptions = wireClient(client);

  context.subscriptions.push(
    entities,
    status,
    explorerView,
    containerView,
    new Invisibles(languages),
    { dispose: () => clientSubscriptions.forEach((d) => d.dispose()) },
    vscode.window.onDidChangeActiveTextEditor(() => {
      status.update();
      void entities.refresh();
    }),
    vscode.workspace.onDidCloseTextDocument((d) => status.forget(d.uri.toString())),
    vscode.languages.onDidChangeDiagnostics((e) => entities.onDiagnostics(e.uris)),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // the server re-reads everything else itself (workspace/didChangeConfiguration); the selector needs a restart
      if (RESTART_SETTINGS.some((s) => e.affectsConfiguration(s))) await vscode.commands.executeCommand('dabir.restartServer');
    }),

    vscode.commands.registerCommand('dabir.restartServer', async () => {
      const old = current();
      clientSubscriptions.forEach((d) => d.dispose());
      await old.dispose().catch(() => undefined);
      client = createClient(context);
      entities.setClient(client);
      clientSubscriptions = wireClient(client);
      await client.start();
      status.setServerDown(false);
      await entities.refresh();
    }),
    vscode.commands.registerCommand('dabir.fixAll', fixAllInActiveEditor),
    vscode.commands.registerCommand('dabir.showEntities', async () => {
      await vscode.commands.executeCommand('dabir.entitiesPanel.focus');
      await entities.refresh();
    }),
    vscode.commands.registerCommand('dabir.checkWorkspace', () => checkWorkspace(current())),
    vscode.commands.registerCommand('dabir.openWordsFile', () => openListFile('words')),
    vscode.commands.registerCommand('dabir.openNamesFile', () => openListFile('names')),
    vscode.commands.registerCommand('dabir.revealMention', revealMention),
    vscode.commands.registerCommand(ClientCommands.addToUserDictionary, async (arg: { words?: string[] }) => {
      const config = vscode.workspace.getConfiguration('dabir');
      const words = config.inspect<string[]>('userWords')?.globalValue ?? [];
      const merged = [...new Set([...words, ...(arg?.words ?? [])])].sort(new Intl.Collator('fa').compare);
      await config.update('userWords', merged, vscode.ConfigurationTarget.Global);
    }),

    // the Entities view's context menu
    vscode.commands.registerCommand('dabir.entities.useSpelling', async (node: EntityNode) => {
      const entity = entityOf(node);
      if (!entity) return;
      const spelling = node.type === 'spelling' ? node.text : entity.name;
      if (!(await useSpellingEverywhere(entities, entity, spelling))) {
        void vscode.window.showWarningMessage(vscode.l10n.t('The document changed; the Entities view is refreshed, try again.'));
        await entities.refresh();
      }
    }),
    vscode.commands.registerCommand('dabir.entities.addToNamesList', async (node: EntityNode) => {
      const entity = entityOf(node);
      if (!entity) return;
      const preferred = node.type === 'spelling' ? node.text : entity.name;
      const args: AddToNamesListArgs = {
        uri: activeUri(),
        preferred,
        // variants are the other spellings of the same form (not the entity's full or short forms)
        variants: entity.spellings
          .filter((s) => s.text !== preferred && s.form === entity.spellings.find((p) => p.text === preferred)?.form)
          .map((s) => s.text),
        kind: entity.kind === 'other' ? undefined : entity.kind,
      };
      const result = await serverCommand(ServerCommands.addToNamesList, args);
      if (result?.file) void vscode.window.setStatusBarMessage(vscode.l10n.t('Dabir: added to {0}', vscode.workspace.asRelativePath(vscode.Uri.parse(result.file))), 4000);
    }),
    vscode.commands.registerCommand('dabir.entities.notAName', async (node: EntityNode) => {
      const entity = entityOf(node);
      if (!entity) return;
      const names = node.type === 'spelling' ? [node.text] : entity.spellings.map((s) => s.text);
      await serverCommand(ServerCommands.notAName, { uri: activeUri(), names } satisfies NotANameArgs);
      await entities.refresh();
    }),
    vscode.commands.registerCommand('dabir.entities.copyName', async (node: EntityNode) => {
      const entity = entityOf(node);
      if (entity) await vscode.env.clipboard.writeText(node.type === 'spelling' ? node.text : entity.name);
    }),
  );

  await client.start();
  await entities.refresh();
  return {
    entities: () => entities.model(),
    refreshEntities: async () => {
      await entities.refresh();
      return entities.model();
    },
    status: () => status.snapshot(),
  };
}

/**
 * «Fix all in file»: asks for the server's fix-all of the active document and applies it. Going through the code
 * action provider (rather than the editor's source-action command) does not depend on which widget has focus; the
 * edit is pinned to the version it was computed for, so VS Code refuses it if the text changed meanwhile.
 */
async function fixAllInActiveEditor(): Promise<boolean> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) return false;
  const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', doc.uri, whole, FIX_ALL_KIND);
  const isFixAll = (a: vscode.CodeAction | vscode.Command): a is vscode.CodeAction => 'kind' in a && a.kind?.value === FIX_ALL_KIND;
  const fix = actions?.find(isFixAll);
  if (!fix?.edit) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Dabir: nothing in this file is safe to fix automatically.'));
    return false;
  }
  return vscode.workspace.applyEdit(fix.edit);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
