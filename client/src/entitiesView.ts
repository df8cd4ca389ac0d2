// The Entities tree view: kind → entity (name, count) → spelling (count) → mention (a line of context).
// Modelled on tree-view-sample's jsonOutline: it follows the active editor and reveals a mention's range on click.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EntitiesRequest, type EntityInfo, type EntityKind, type EntityMentionInfo } from '../../server/src/protocol';

type Node =
  | { type: 'kind'; kind: EntityKind; entities: EntityInfo[] }
  | { type: 'entity'; entity: EntityInfo }
  | { type: 'spelling'; entity: EntityInfo; text: string; count: number }
  | { type: 'mention'; mention: EntityMentionInfo };

const KIND_ORDER: readonly EntityKind[] = ['person', 'place', 'organization', 'other'];
const KIND_ICON: Record<EntityKind, string> = { person: 'person', place: 'location', organization: 'organization', other: 'symbol-constant' };

function kindLabel(kind: EntityKind): string {
  switch (kind) {
    case 'person': return vscode.l10n.t('People');
    case 'place': return vscode.l10n.t('Places');
    case 'organization': return vscode.l10n.t('Organisations');
    default: return vscode.l10n.t('Other names');
  }
}

/** Characters of context shown on each side of a mention. */
const CONTEXT = 30;

export class EntitiesProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private document: vscode.TextDocument | undefined;
  private entities: EntityInfo[] = [];
  /** Counts requests so that an older, slower answer never overwrites a newer one. */
  private generation = 0;

  constructor(private readonly client: LanguageClient) {}

  /** Asks the server for the entities of the active editor's document. */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    let entities: EntityInfo[] = [];
    if (document && this.client.isRunning()) {
      try {
        const uri = this.client.code2ProtocolConverter.asUri(document.uri);
        entities = (await this.client.sendRequest(EntitiesRequest, { uri })).entities;
      } catch (e) {
        this.client.outputChannel.appendLine(`dabir/entities failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (generation !== this.generation) return;
    this.document = document;
    this.entities = entities;
    this.changed.fire(undefined);
  }

  /** Refreshes when the diagnostics of the shown document change (the server has re-analysed it). */
  onDiagnostics(uris: readonly vscode.Uri[]): void {
    const current = vscode.window.activeTextEditor?.document.uri.toString();
    if (current && uris.some((u) => u.toString() === current)) void this.refresh();
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      return KIND_ORDER.map((kind) => ({ type: 'kind' as const, kind, entities: this.entities.filter((e) => e.kind === kind) }))
        .filter((n) => n.entities.length > 0);
    }
    switch (node.type) {
      case 'kind':
        return node.entities.map((entity) => ({ type: 'entity' as const, entity }));
      case 'entity':
        return node.entity.spellings.map((s) => ({ type: 'spelling' as const, entity: node.entity, text: s.text, count: s.count }));
      case 'spelling':
        return node.entity.mentions.filter((m) => m.text === node.text).map((mention) => ({ type: 'mention' as const, mention }));
      case 'mention':
        return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    switch (node.type) {
      case 'kind': {
        const item = new vscode.TreeItem(kindLabel(node.kind), vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.entities.length);
        item.iconPath = new vscode.ThemeIcon(KIND_ICON[node.kind]);
        return item;
      }
      case 'entity': {
        const item = new vscode.TreeItem(node.entity.name, Collapsed);
        const spellings = node.entity.spellings.length;
        item.description = spellings > 1
          ? vscode.l10n.t('{0} mentions, {1} spellings', node.entity.mentions.length, spellings)
          : vscode.l10n.t('{0} mentions', node.entity.mentions.length);
        item.iconPath = new vscode.ThemeIcon(KIND_ICON[node.entity.kind]);
        if (spellings > 1) item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
        return item;
      }
      case 'spelling': {
        const item = new vscode.TreeItem(node.text, Collapsed);
        item.description = `× ${node.count}`;
        return item;
      }
      case 'mention': {
        const { start } = node.mention.range;
        const item = new vscode.TreeItem(this.contextOf(node.mention), vscode.TreeItemCollapsibleState.None);
        item.description = `${start.line + 1}:${start.character + 1}`;
        item.tooltip = node.mention.text;
        if (this.document) {
          item.command = {
            command: 'dabir.revealMention',
            title: vscode.l10n.t('Reveal mention'),
            arguments: [this.document.uri, node.mention.range],
          };
        }
        return item;
      }
    }
  }

  /** The mention with a little of its line around it. */
  private contextOf(mention: EntityMentionInfo): string | vscode.TreeItemLabel {
    const line = mention.range.start.line;
    if (!this.document || line >= this.document.lineCount) return mention.text;
    const text = this.document.lineAt(line).text;
    const s = mention.range.start.character;
    const e = mention.range.end.line === line ? mention.range.end.character : text.length;
    const from = Math.max(0, s - CONTEXT);
    const prefix = (from > 0 ? '…' : '') + text.slice(from, s);
    const label = prefix + text.slice(s, Math.min(e, s + 200)) + text.slice(e, e + CONTEXT) + (e + CONTEXT < text.length ? '…' : '');
    return { label, highlights: [[prefix.length, prefix.length + (e - s)]] };
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Opens the document and selects the mention. */
export async function revealMention(uri: vscode.Uri, range: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<void> {
  const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  const editor = await vscode.window.showTextDocument(uri, { selection: r, preserveFocus: false });
  editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
