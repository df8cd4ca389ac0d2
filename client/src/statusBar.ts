// A status-bar item showing Dabir's state for the active document: checking, ready (with the finding count) or skipped.
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/protocol';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('dabir.status', vscode.StatusBarAlignment.Right, 100);
  private readonly byUri = new Map<string, StatusParams>();

  constructor() {
    this.item.name = 'Dabir';
    this.item.command = 'dabir.showEntities';
  }

  set(status: StatusParams): void {
    this.byUri.set(status.uri, status);
    this.update();
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
    this.update();
  }

  /** Shows the status of the active editor's document, or hides the item when Dabir knows nothing about it. */
  update(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = uri ? this.byUri.get(uri) : undefined;
    if (!status) {
      this.item.hide();
      return;
    }
    switch (status.state) {
      case 'checking':
        this.item.text = `$(sync~spin) ${vscode.l10n.t('Dabir')}`;
        this.item.tooltip = vscode.l10n.t('Dabir is checking this document');
        break;
      case 'ready':
        this.item.text = `$(check) ${vscode.l10n.t('Dabir: {0}', status.findings ?? 0)}`;
        this.item.tooltip = vscode.l10n.t('Dabir found {0} issues', status.findings ?? 0);
        break;
      case 'skipped':
        this.item.text = `$(circle-slash) ${vscode.l10n.t('Dabir')}`;
        this.item.tooltip = skipReason(status.reason);
        break;
    }
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}

function skipReason(reason: StatusParams['reason']): string {
  switch (reason) {
    case 'tooLarge': return vscode.l10n.t('Dabir skipped this file: it is larger than dabir.maxFileSizeKB');
    case 'noPersian': return vscode.l10n.t('Dabir skipped this file: it contains no Persian text');
    case 'binary': return vscode.l10n.t('Dabir skipped this file: it looks binary');
    case 'disabled': return vscode.l10n.t('Dabir is disabled (dabir.enable)');
    default: return vscode.l10n.t('Dabir could not check this file; see the Dabir output');
  }
}
