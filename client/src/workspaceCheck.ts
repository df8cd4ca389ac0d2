// "Check the workspace": every Persian `.txt`, `.md` and `.fa.*` file, checked by the server one file at a time with
// a cancellable progress notification; the results land in the Problems view like those of open documents.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CheckFileRequest } from '../../server/src/protocol';

const FILES = '{**/*.txt,**/*.md,**/*.markdown,**/*.fa.*}';

export interface WorkspaceCheckResult {
  files: number;
  checked: number;
  findings: number;
  skipped: number;
}

export async function checkWorkspace(client: LanguageClient): Promise<WorkspaceCheckResult> {
  const exclude = vscode.workspace.getConfiguration('dabir').get<string[]>('exclude', []);
  const excludeGlob = exclude.length ? `{${exclude.join(',')}}` : undefined;
  const uris = await vscode.workspace.findFiles(FILES, excludeGlob);
  const result: WorkspaceCheckResult = { files: uris.length, checked: 0, findings: 0, skipped: 0 };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Dabir: checking the workspace'), cancellable: true },
    async (progress, token) => {
      for (const uri of uris) {
        if (token.isCancellationRequested) break;
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / Math.max(1, uris.length) });
        const r = await client.sendRequest(CheckFileRequest, { uri: client.code2ProtocolConverter.asUri(uri) }, token);
        if (r.findings !== undefined) {
          result.checked++;
          result.findings += r.findings;
        } else result.skipped++;
      }
    },
  );
  const message = vscode.l10n.t('Dabir checked {0} files: {1} findings ({2} files skipped: no Persian, too large or excluded).', result.checked, result.findings, result.skipped);
  const open = vscode.l10n.t('Open Problems');
  void vscode.window.showInformationMessage(message, open).then((choice) => {
    if (choice === open) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return result;
}
