// The editor's decisions that silence a finding without editing it: «Ignore here» (kept by the words around the
// finding, so it survives edits), inline disable markers (Markdown comments and plain-text lines), the user-level
// word list (a user setting), and the newsroom's names list (.dabir/names.txt) with its own diagnostics.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import {
  activateDabir,
  emptyListFile,
  codeActions,
  codeOf,
  diagnosticsWhere,
  editsOf,
  findDiagnostic,
  freshDiagnostics,
  openArticle,
  revert,
  runCommandOf,
  workspaceFile,
  writeWorkspaceFile,
} from './helpers';

const GARBLED = 'احتیاظ';
const on = (doc: vscode.TextDocument, text: string) => (d: vscode.Diagnostic) => doc.getText(d.range) === text;
const flagsWord = (doc: vscode.TextDocument, ds: readonly vscode.Diagnostic[], text: string) => ds.some(on(doc, text));

/** The quick-fix titled like `title` (English or Persian UI) offered for the diagnostic. */
async function actionTitled(doc: vscode.TextDocument, d: vscode.Diagnostic, title: RegExp): Promise<vscode.CodeAction> {
  const actions = await codeActions(doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
  const found = actions.find((a) => title.test(a.title));
  assert.ok(found, `no action like ${title} for «${doc.getText(d.range)}»: ${actions.map((a) => a.title).join(' | ')}`);
  return found;
}

suite('decisions: ignore here, inline markers, user words, names list', () => {
  suiteSetup(activateDabir);
  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('dabir').update('userWords', undefined, vscode.ConfigurationTarget.Global);
    for (const f of ['.dabir/ignore.txt', '.dabir/names.txt']) writeWorkspaceFile(f, undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('«Ignore here» silences that finding only, survives an edit elsewhere, and comes back when the key is removed', async () => {
    const { doc, editor, diagnostics } = await openArticle('ignore.txt');
    const d = findDiagnostic(doc, diagnostics, 'garbled/', GARBLED);
    const others = diagnostics.filter((x) => !on(doc, GARBLED)(x)).length;
    assert.ok(others > 0);
    await runCommandOf(await actionTitled(doc, d, /Ignore here|نادیده/));

    const file = workspaceFile('.dabir/ignore.txt').fsPath;
    assert.ok(fs.readFileSync(file, 'utf8').includes(GARBLED), `${file} does not remember «${GARBLED}»`);
    await diagnosticsWhere(doc.uri, `«${GARBLED}» to be ignored`, (ds) => ds.length === others && !flagsWord(doc, ds, GARBLED));

    // a line added above moves every position: the key names words, not offsets
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'خبر فوری از تهران\n'));
    const edited = await freshDiagnostics(doc, 'diagnostics after the edit');
    assert.ok(!flagsWord(doc, edited, GARBLED), `«${GARBLED}» is flagged again after an edit elsewhere`);
    await revert();

    emptyListFile('.dabir/ignore.txt');
    await diagnosticsWhere(doc.uri, `«${GARBLED}» to be flagged again once ignore.txt is emptied`, (ds) => flagsWord(doc, ds, GARBLED));
  });

  test('inline markers disable checks for the next line in Markdown and for a block in plain text', async () => {
    // the same damaged word on a silenced line and on a checked one (different sentences: no duplicate finding)
    writeWorkspaceFile('markers.md', [
      '# خبر جاده‌ها',
      '',
      '<!-- dabir-disable-next-line -->',
      'پلیس از مردم خواست که با احتیاظ رانندگی کنند.',
      '',
      'رانندگان کامیون نیز باید با احتیاظ حرکت کنند.',
      '',
    ].join('\n'));
    writeWorkspaceFile('markers.txt', [
      'خبر جاده‌ها',
      '',
      'dabir-disable garbled',
      'پلیس از مردم خواست که با احتیاظ رانندگی کنند.',
      'dabir-enable garbled',
      '',
      'رانندگان کامیون نیز باید با احتیاظ حرکت کنند.',
      '',
    ].join('\n'));
    for (const name of ['markers.md', 'markers.txt']) {
      const { doc } = await openArticle(name);
      const flagged = await diagnosticsWhere(doc.uri, `«${GARBLED}» flagged in ${name}`, (ds) => flagsWord(doc, ds, GARBLED));
      const lines = flagged.filter(on(doc, GARBLED)).map((x) => doc.lineAt(x.range.start.line).text);
      assert.deepEqual(lines.map((l) => l.startsWith('رانندگان')), [true], `${name}: only the unmarked line is flagged, got ${lines.join(' / ')}`);
      assert.equal(doc.languageId, name.endsWith('.md') ? 'markdown' : 'plaintext');
    }
  });

  test('«Add to the user dictionary» writes the user setting and the word is accepted at once', async () => {
    const { doc, diagnostics } = await openArticle('user-words.txt');
    const d = findDiagnostic(doc, diagnostics, 'garbled/', GARBLED);
    await runCommandOf(await actionTitled(doc, d, /user dictionary|واژه‌نامهٔ کاربر/));
    const words = vscode.workspace.getConfiguration('dabir').inspect<string[]>('userWords')?.globalValue ?? [];
    assert.ok(words.includes(GARBLED), `dabir.userWords (user settings) lacks «${GARBLED}»: ${words.join(' ')}`);
    await diagnosticsWhere(doc.uri, `«${GARBLED}» to be accepted`, (ds) => ds.length > 0 && !flagsWord(doc, ds, GARBLED));

    await vscode.workspace.getConfiguration('dabir').update('userWords', undefined, vscode.ConfigurationTarget.Global);
    await diagnosticsWhere(doc.uri, `«${GARBLED}» flagged again without the user word`, (ds) => flagsWord(doc, ds, GARBLED));
  });

  test('the names list: a listed variant is flagged with the preferred spelling; a malformed line is reported in the file', async () => {
    const names = writeWorkspaceFile('.dabir/names.txt', 'person: شولتز | شولتس\nfoo: بد\n');
    const { doc } = await openArticle('names.fa.txt');
    const ds = await diagnosticsWhere(doc.uri, 'the listed variant «شولتس» to be flagged', (x) =>
      x.some((d) => codeOf(d).startsWith('name/') && doc.getText(d.range) === 'شولتس'));
    const d = ds.find((x) => codeOf(x).startsWith('name/') && doc.getText(x.range) === 'شولتس')!;
    const fixes = await codeActions(doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const preferred = fixes.find((a) => a.isPreferred && a.edit);
    assert.ok(preferred, `no preferred fix: ${fixes.map((a) => a.title).join(' | ')}`);
    assert.deepEqual(editsOf(preferred, doc).map((e) => e.newText), ['شولتز']);

    // the list file itself: one diagnostic on the malformed line (line 2), also while the file is closed
    const own = await diagnosticsWhere(names, 'the names-list problem', (x) => x.some((p) => codeOf(p) === 'dabir/names-list'));
    assert.deepEqual(own.map((p) => [codeOf(p), p.range.start.line]), [['dabir/names-list', 1]]);
    await vscode.window.showTextDocument(names);
    await diagnosticsWhere(names, 'the names-list problem in the open file', (x) => x.length === 1 && x[0].range.start.line === 1);

    emptyListFile('.dabir/names.txt');
    await diagnosticsWhere(doc.uri, '«شولتس» accepted once the list is emptied', (x) =>
      x.length > 0 && !x.some((p) => codeOf(p).startsWith('name/') && doc.getText(p.range) === 'شولتس'));
    await diagnosticsWhere(names, 'the names-list problem to go with the line', (x) => x.length === 0);
  });
});
