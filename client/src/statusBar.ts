// A status-bar item showing Dabir's state for the active document — checking, ready (with the finding count),
// skipped (and why) — or that the server is down. Clicking it opens the Problems view.
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/protocol';

export interface StatusSnapshot {
  visible: boolean;
  text: string;
  tooltip: string | undefined;
  /** The command a click runs. */
  command: string | undefined;
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('dabir.status', vscode.StatusBarAlignment.Right, 100);
  private readonly byUri = new Map<string, StatusParams>();
  private serverDown = false;
  private visible = false;

  constructor() {
    this.item.name = 'Dabir';
    this.item.command = 'workbench.actions.view.problems';
  }

  set(status: StatusParams): void {
    if (status.reason === 'stale') return; // a newer check follows
    this.byUri.set(status.uri, status);
    this.update();
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
    this.update();
  }

  /** The server stopped (crashed, or could not start) or runs again. */
  setServerDown(down: boolean): void {
    this.serverDown = down;
    this.update();
  }

  /** Shows the status of the active editor's document, or hides the item when Dabir knows nothing about it. */
  update(): void {
    this.item.backgroundColor = undefined;
    if (this.serverDown) {
      this.item.text = `$(error) ${vscode.l10n.t('Dabir')}`;
      this.item.tooltip = vscode.l10n.t('The Dabir server stopped; run "Dabir: Restart the language server"');
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      this.item.command = 'dabir.restartServer';
      this.show();
      return;
    }
    this.item.command = 'workbench.actions.view.problems';
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = uri ? this.byUri.get(uri) : undefined;
    if (!status) {
      this.item.hide();
      this.visible = false;
      return;
    }
    switch (status.state) {
      case 'checking':
        this.item.text = `$(sync~spin) ${vscode.l10n.t('Dabir')}`;
        this.item.tooltip = vscode.l10n.t('Dabir is checking this document');
        break;
      case 'ready': {
        const n = status.findings ?? 0;
        if (status.partial) {
          // over its time budget: checked again without suggestion searches
          this.item.text = `$(watch) ${vscode.l10n.t('Dabir: {0} (partial)', n)}`;
          this.item.tooltip = vscode.l10n.t('This file went over its time budget (dabir.timeBudgetMs): Dabir found {0} issues but skipped the suggestion search', n);
          this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
          break;
        }
        this.item.text = `${n ? '$(warning)' : '$(check)'} ${vscode.l10n.t('Dabir: {0}', n)}`;
        this.item.tooltip = vscode.l10n.t('Dabir found {0} issues; click to open Problems', n);
        break;
      }
      case 'skipped':
        this.item.text = `$(circle-slash) ${vscode.l10n.t('Dabir: skipped')}`;
        this.item.tooltip = skipReason(status.reason);
        if (status.reason === 'tooLarge' || status.reason === 'error' || status.reason === 'overBudget') {
          this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
        }
        break;
    }
    this.show();
  }

  private show(): void {
    this.item.show();
    this.visible = true;
  }

  /** The item as shown (the extension's test API exposes it). */
  snapshot(): StatusSnapshot {
    const { text, tooltip, command } = this.item;
    return { visible: this.visible, text, tooltip: typeof tooltip === 'string' ? tooltip : tooltip?.value, command: typeof command === 'string' ? command : command?.command };
  }

  dispose(): void {
    this.item.dispose();
  }
}

export function skipReason(reason: StatusParams['reason']): string {
  switch (reason) {
    case 'tooLarge': return vscode.l10n.t('Dabir skipped this file: it is larger than dabir.maxFileSizeKB');
    case 'noPersian': return vscode.l10n.t('Dabir skipped this file: it contains no Persian text');
    case 'binary': return vscode.l10n.t('Dabir skipped this file: it looks binary');
    case 'disabled': return vscode.l10n.t('Dabir is disabled (dabir.enable)');
    case 'language': return vscode.l10n.t('Dabir does not check this language (dabir.languages)');
    case 'excluded': return vscode.l10n.t('Dabir skipped this file: dabir.include / dabir.exclude leave it out');
    case 'overBudget': return vscode.l10n.t('Dabir stopped checking this file: it went over its time budget (dabir.timeBudgetMs) even without suggestion searches');
    default: return vscode.l10n.t('Dabir could not check this file; see the Dabir output');
  }
}
