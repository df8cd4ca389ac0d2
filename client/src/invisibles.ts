// Makes the invisible characters of Persian text visible (setting `dabir.showInvisibles`): the half-space (ZWNJ)
// as a small mark between the letters it separates, and bidi controls (LRM, RLM, ALM, embeddings, overrides,
// isolates) as their short names. A decoration only: the text is never changed.
import * as vscode from 'vscode';

const ZWNJ = '\u200c';
const BIDI_NAMES: Record<string, string> = {
  '\u200e': 'LRM', '\u200f': 'RLM', '\u061c': 'ALM',
  '\u202a': 'LRE', '\u202b': 'RLE', '\u202c': 'PDF', '\u202d': 'LRO', '\u202e': 'RLO',
  '\u2066': 'LRI', '\u2067': 'RLI', '\u2068': 'FSI', '\u2069': 'PDI',
  '\u200d': 'ZWJ', '\ufeff': 'BOM',
};
const INVISIBLE = new RegExp(`[${ZWNJ}${Object.keys(BIDI_NAMES).join('')}]`, 'g');
/** Large documents are decorated only around what is visible. */
const MAX_DECORATED = 5000;

export class Invisibles implements vscode.Disposable {
  private readonly zwnj = vscode.window.createTextEditorDecorationType({
    before: { contentText: '¦', color: new vscode.ThemeColor('editorWhitespace.foreground') },
  });
  private readonly bidi = vscode.window.createTextEditorDecorationType({
    border: '1px dotted',
    borderColor: new vscode.ThemeColor('editorWarning.foreground'),
  });
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly languages: () => readonly string[]) {
    this.subscriptions.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.updateAll()),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.update(e.textEditor)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        for (const editor of vscode.window.visibleTextEditors) if (editor.document === e.document) this.update(editor);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('dabir.showInvisibles') || e.affectsConfiguration('dabir.languages')) this.updateAll();
      }),
    );
    this.updateAll();
  }

  updateAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.update(editor);
  }

  private update(editor: vscode.TextEditor): void {
    const doc = editor.document;
    const on = vscode.workspace.getConfiguration('dabir', doc).get<boolean>('showInvisibles', true) && this.languages().includes(doc.languageId);
    const zwnj: vscode.DecorationOptions[] = [];
    const bidi: vscode.DecorationOptions[] = [];
    if (on) {
      for (const visible of editor.visibleRanges) {
        // a few lines of margin so that scrolling does not show undecorated text first
        const from = doc.offsetAt(new vscode.Position(Math.max(0, visible.start.line - 20), 0));
        const to = doc.offsetAt(doc.lineAt(Math.min(doc.lineCount - 1, visible.end.line + 20)).range.end);
        const text = doc.getText(new vscode.Range(doc.positionAt(from), doc.positionAt(to)));
        for (const m of text.matchAll(INVISIBLE)) {
          if (zwnj.length + bidi.length >= MAX_DECORATED) break;
          const at = doc.positionAt(from + m.index);
          const range = new vscode.Range(at, at.translate(0, 1));
          if (m[0] === ZWNJ) zwnj.push({ range, hoverMessage: vscode.l10n.t('Half-space (ZWNJ, U+200C)') });
          else {
            const name = BIDI_NAMES[m[0]];
            bidi.push({
              range,
              hoverMessage: vscode.l10n.t('Invisible control character {0} (U+{1})', name, m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')),
              renderOptions: { before: { contentText: name, color: new vscode.ThemeColor('editorWarning.foreground'), fontStyle: 'italic' } },
            });
          }
        }
      }
    }
    editor.setDecorations(this.zwnj, zwnj);
    editor.setDecorations(this.bidi, bidi);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.zwnj.dispose();
    this.bidi.dispose();
  }
}
