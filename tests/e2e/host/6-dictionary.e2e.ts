// "Add to the dictionary" writes the workspace words file and clears the finding in every open document at once.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateDabir, codeActions, diagnosticsWhere, findDiagnostic, openArticle, workspaceFile } from './helpers';

const WORD = 'کارسناسان';

suite('dictionary', () => {
  suiteSetup(activateDabir);

  test('adding a word writes .dabir/words.txt and the word stops being flagged everywhere', async () => {
    const other = await openArticle('dictionary.txt'); // a second document with the same word
    findDiagnostic(other.doc, other.diagnostics, 'garbled/', WORD);
    const { doc, diagnostics } = await openArticle('tehran.txt');
    const d = findDiagnostic(doc, diagnostics, 'garbled/', WORD);
    const actions = await codeActions(doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const add = actions.find((a) => /dictionary|واژه‌نامه/i.test(a.title) && a.command);
    assert.ok(add?.command, `no "add to dictionary" action: ${actions.map((a) => a.title).join(', ')}`);
    await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? []));

    const file = workspaceFile('.dabir/words.txt').fsPath;
    const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
    assert.ok(lines.includes(WORD), `${file} does not list «${WORD}»: ${lines.join(' ')}`);
    const flagged = (ds: vscode.Diagnostic[], t: vscode.TextDocument) => ds.some((x) => t.getText(x.range).includes(WORD));
    await diagnosticsWhere(doc.uri, `«${WORD}» to be accepted in tehran.txt`, (ds) => ds.length > 0 && !flagged(ds, doc));
    await diagnosticsWhere(other.doc.uri, `«${WORD}» to be accepted in dictionary.txt`, (ds) => ds.length > 0 && !flagged(ds, other.doc));
  });
});
