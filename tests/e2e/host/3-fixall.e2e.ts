// The document fix-all (source.fixAll.dabir): on save through editor.codeActionsOnSave, and from Dabir's command.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { activateDabir, applyEditsToText, codeActions, editsOf, openArticle, revert, until } from './helpers';

const FIX_ALL = 'source.fixAll.dabir';

function wholeDocument(doc: vscode.TextDocument): vscode.Range {
  return new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
}

/** The text the fix-all would produce for the document as it is now. */
async function fixAllResult(doc: vscode.TextDocument): Promise<string> {
  const actions = (await codeActions(doc.uri, wholeDocument(doc), FIX_ALL)).filter((a) => a.kind?.value === FIX_ALL);
  assert.equal(actions.length, 1, `expected one ${FIX_ALL} action, got ${actions.map((a) => a.title).join(', ')}`);
  return applyEditsToText(doc, editsOf(actions[0], doc));
}

suite('fix-all', () => {
  suiteSetup(activateDabir);
  suiteTeardown(() => vscode.workspace.getConfiguration('editor').update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace));

  test('saving with editor.codeActionsOnSave applies the safe fixes and only those', async () => {
    await vscode.workspace.getConfiguration('editor').update('codeActionsOnSave', { [FIX_ALL]: 'explicit' }, vscode.ConfigurationTarget.Workspace);
    const { doc, editor } = await openArticle('fixall.txt');
    // An edit that changes no finding, so that there is something to save.
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), '\n'));
    const expected = await fixAllResult(doc);
    assert.notEqual(expected, doc.getText(), 'the fix-all changes nothing');
    assert.ok(expected.includes('جاده\u200cهای'), 'the fix-all does not insert the half-space in «جاده های»');
    await vscode.commands.executeCommand('workbench.action.files.save');
    await until('the file to be saved', () => (doc.isDirty ? undefined : true));
    assert.equal(doc.getText(), expected);
    assert.equal(fs.readFileSync(doc.uri.fsPath, 'utf8'), expected, 'the file on disk is not the fixed text');
  });

  test('the «fix all in file» command applies the same fixes', async () => {
    const { doc } = await openArticle('paris.fa.txt');
    const expected = await fixAllResult(doc);
    assert.notEqual(expected, doc.getText());
    assert.equal(await vscode.commands.executeCommand('dabir.fixAll'), true, 'the fix-all edit was not applied');
    await until('the fix-all to be applied', () => (doc.getText() === expected ? true : undefined));
    assert.ok(expected.includes('می\u200cکند'));
    await revert();
  });
});
