// The Dabir VS Code client: starts the language server and owns the views, commands and status bar.
// It never imports the analysis core; everything it knows comes over LSP (see server/src/protocol.ts).
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { FIX_ALL_KIND, StatusNotification } from '../../server/src/protocol';
import { EntitiesProvider, revealMention } from './entitiesView';
import { StatusBar } from './statusBar';

const LANGUAGES = ['persian-news', 'plaintext', 'markdown'];

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
  };
  client = new LanguageClient('dabir', 'Dabir', serverOptions, clientOptions);

  const entities = new EntitiesProvider(client);
  const status = new StatusBar();
  const view = vscode.window.createTreeView('dabir.entities', { treeDataProvider: entities, showCollapseAll: true });

  context.subscriptions.push(
    client,
    entities,
    status,
    view,
    client.onNotification(StatusNotification, (s) => status.set(s)),
    vscode.window.onDidChangeActiveTextEditor(() => {
      status.update();
      void entities.refresh();
    }),
    vscode.workspace.onDidCloseTextDocument((d) => status.forget(d.uri.toString())),
    vscode.languages.onDidChangeDiagnostics((e) => entities.onDiagnostics(e.uris)),
    vscode.commands.registerCommand('dabir.restartServer', async () => {
      await client?.restart();
      void entities.refresh();
    }),
    vscode.commands.registerCommand('dabir.fixAll', () =>
      vscode.commands.executeCommand('editor.action.sourceAction', { kind: FIX_ALL_KIND, apply: 'first' }),
    ),
    vscode.commands.registerCommand('dabir.showEntities', async () => {
      await vscode.commands.executeCommand('dabir.entities.focus');
      await entities.refresh();
    }),
    vscode.commands.registerCommand('dabir.revealMention', revealMention),
  );

  await client.start();
  await entities.refresh();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
