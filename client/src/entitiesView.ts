// The Entities tree view: kind → entity (preferred spelling, count, a warning mark when spelled inconsistently)
// → spelling (count) → mention (a line of context). Modelled on tree-view-sample's jsonOutline: it follows the active
// editor, refreshes when the server re-analyses the document, and reveals a mention's range on click. One provider
// backs both views (Explorer and Dabir's own container).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EntitiesRequest, type EntityInfo, type EntityKind, type EntityMentionInfo } from '../../server/src/protocol';

export type EntityNode =
  | { type: 'kind'; kind: EntityKind; entities: EntityInfo[] }
  | { type: 'entity'; entity: EntityInfo }
  | { type: 'spelling'; entity: EntityInfo; text: string; count: number }
  | { type: 'mention'; entity: EntityInfo; mention: EntityMentionInfo };

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

/** Wraps Persian inserted into a (possibly English) message in a first-strong isolate, so it is not reordered. */
export const isolate = (s: string) => `\u2068${s}\u2069`;

/** The Entities view's current content: the document it describes, that document's version, and its entities. */
export interface EntitiesModel {
  uri: string | undefined;
  version: number;
  entities: EntityInfo[];
}

/** Characters of context shown on each side of a mention. */
const CONTEXT = 30;

/** The context key that picks the welcome message of an empty view: `noEditor`, `noPersian`, `noNames` or `names`. */
const STATE_CONTEXT = 'dabir.entities.state';
const PERSIAN = /[\u0600-\u06ff]/;

export class EntitiesProvider implements vscode.TreeDataProvider<EntityNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EntityNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private document: vscode.TextDocument | undefined;
  /** The document version the entities describe: edits are built only for that version. */
  private version = 0;
  private entities: EntityInfo[] = [];
  /** Counts requests so that an older, slower answer never overwrites a newer one. */
  private generation = 0;

  constructor(private client: LanguageClient) {}

  /** After a restart the view talks to the new client. */
  setClient(client: LanguageClient): void {
    this.client = client;
  }

  /** Asks the server for the entities of the active editor's document. */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    let entities: EntityInfo[] = [];
    let version = 0;
    if (document && this.client.isRunning()) {
      try {
        const uri = this.client.code2ProtocolConverter.asUri(document.uri);
        ({ entities, version } = await this.client.sendRequest(EntitiesRequest, { uri }));
      } catch (e) {
        this.client.outputChannel.appendLine(`dabir/entities failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (generation !== this.generation) return;
    this.document = document;
    this.version = version;
    this.entities = entities;
    const state = !document ? 'noEditor' : entities.length ? 'names' : PERSIAN.test(document.getText()) ? 'noNames' : 'noPersian';
    void vscode.commands.executeCommand('setContext', STATE_CONTEXT, state);
    this.changed.fire(undefined);
  }

  /** Refreshes when the diagnostics of the shown document change (the server has re-analysed it). */
  onDiagnostics(uris: readonly vscode.Uri[]): void {
    const current = vscode.window.activeTextEditor?.document.uri.toString();
    if (current && uris.some((u) => u.toString() === current)) void this.refresh();
  }

  /** What the view shows now (the extension's test API exposes it). */
  model(): EntitiesModel {
    return { uri: this.document?.uri.toString(), version: this.version, entities: this.entities };
  }

  /** The document and version the current tree describes. */
  get source(): { document: vscode.TextDocument; version: number } | undefined {
    return this.document ? { document: this.document, version: this.version } : undefined;
  }

  getChildren(node?: EntityNode): EntityNode[] {
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
        return node.entity.mentions.filter((m) => m.text === node.text).map((mention) => ({ type: 'mention' as const, entity: node.entity, mention }));
      case 'mention':
        return [];
    }
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    const Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    switch (node.type) {
      case 'kind': {
        const item = new vscode.TreeItem(kindLabel(node.kind), vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.entities.length);
        item.iconPath = new vscode.ThemeIcon(KIND_ICON[node.kind]);
        item.contextValue = 'kind';
        return item;
      }
      case 'entity': {
        const { entity } = node;
        const inconsistent = entity.inconsistent ?? entity.spellings.length > 1;
        const item = new vscode.TreeItem(ltrRow(entity.name), inconsistent ? vscode.TreeItemCollapsibleState.Expanded : Collapsed);
        item.id = `entity:${entity.key}`;
        const spellings = entity.spellings.length;
        item.description = spellings > 1
          ? vscode.l10n.t('{0} mentions, {1} spellings', entity.mentions.length, spellings)
          : vscode.l10n.t('{0} mentions', entity.mentions.length);
        item.iconPath = inconsistent
          ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
          : new vscode.ThemeIcon(KIND_ICON[entity.kind]);
        if (inconsistent) item.tooltip = vscode.l10n.t('Spelled in more than one way: {0}', isolate(entity.spellings.map((s) => s.text).join('، ')));
        item.contextValue = 'entity';
        return item;
      }
      case 'spelling': {
        const item = new vscode.TreeItem(ltrRow(node.text), Collapsed);
        item.description = `× ${node.count}`;
        item.iconPath = new vscode.ThemeIcon(node.text === node.entity.name ? 'pass' : 'edit');
        item.contextValue = 'spelling';
        return item;
      }
      case 'mention': {
        const { start } = node.mention.range;
        const item = new vscode.TreeItem(this.contextOf(node.mention), vscode.TreeItemCollapsibleState.None);
        item.description = `${start.line + 1}:${start.character + 1}`;
        item.tooltip = node.mention.text;
        item.contextValue = 'mention';
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
    const row = ltrRow(label);
    const shift = row.length - label.length;
    return { label: row, highlights: [[shift + prefix.length, shift + prefix.length + (e - s)]] };
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The entity a context-menu node belongs to. */
export function entityOf(node: EntityNode | undefined): EntityInfo | undefined {
  return node && node.type !== 'kind' ? node.entity : undefined;
}

/**
 * "Use this spelling everywhere": one edit rewriting every mention spelled otherwise. Built only when the document
 * is still at the version the entities were computed for; otherwise nothing is changed and false is returned.
 */
export async function useSpellingEverywhere(provider: EntitiesProvider, entity: EntityInfo, spelling: string): Promise<boolean> {
  const source = provider.source;
  if (!source || source.document.version !== source.version) return false;
  // only the spellings of the chosen form: a short form must not overwrite the full name, nor the reverse
  const form = entity.spellings.find((s) => s.text === spelling)?.form;
  const sameForm = new Set(entity.spellings.filter((s) => s.form === form).map((s) => s.text));
  const edit = new vscode.WorkspaceEdit();
  for (const m of entity.mentions) {
    if (m.text === spelling || !sameForm.has(m.text)) continue;
    const r = m.range;
    edit.replace(source.document.uri, new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character), spelling);
  }
  return vscode.workspace.applyEdit(edit);
}

/** Opens the document and selects the mention. */
export async function revealMention(uri: vscode.Uri, range: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<void> {
  const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  const editor = await vscode.window.showTextDocument(uri, { selection: r, preserveFocus: false });
  editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/**
 * A tree row is one bidi paragraph: label then description. Left-to-right marks around the label keep a Persian
 * label from pulling the description's count into its right-to-left run («3نجم الدین mentions» instead of
 * «نجم الدین 3 mentions»): the mark AFTER the label is what the digits see first (the one before it keeps the
 * row's icon side).
 */
function ltrRow(label: string): string {
  return `\u200e${label}\u200e`;
}
