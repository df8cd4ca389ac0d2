// Settings take effect without a reload; a file above dabir.maxFileSizeKB is skipped with a visible message.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { activateDabir, codeOf, diagnosticsWhere, openArticle, workspaceFile } from './helpers';

const isStyle = (d: vscode.Diagnostic) => codeOf(d).startsWith('style/');
const isGarbled = (d: vscode.Diagnostic) => codeOf(d).startsWith('garbled/');

suite('settings', () => {
  suiteSetup(activateDabir);
  const dabir = () => vscode.workspace.getConfiguration('dabir');
  suiteTeardown(async () => {
    for (const key of ['checks.style.enabled', 'checks.garbled.severity']) await dabir().update(key, undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('turning a check off and on takes effect at once', async () => {
    const { doc, diagnostics } = await openArticle('tehran.txt');
    assert.ok(diagnostics.some(isStyle));
    await dabir().update('checks.style.enabled', false, vscode.ConfigurationTarget.Workspace);
    await diagnosticsWhere(doc.uri, 'the style diagnostics to go', (ds) => ds.length > 0 && !ds.some(isStyle));
    await dabir().update('checks.style.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    await diagnosticsWhere(doc.uri, 'the style diagnostics to come back', (ds) => ds.some(isStyle));
  });

  test('a check\'s severity setting changes the severity shown', async () => {
    const { doc, diagnostics } = await openArticle('tehran.txt');
    assert.ok(diagnostics.some((d) => isGarbled(d) && d.severity === vscode.DiagnosticSeverity.Error));
    await dabir().update('checks.garbled.severity', 'hint', vscode.ConfigurationTarget.Workspace);
    const after = await diagnosticsWhere(doc.uri, 'garbled findings shown as hints', (ds) =>
      ds.some(isGarbled) && ds.filter(isGarbled).every((d) => d.severity === vscode.DiagnosticSeverity.Hint));
    assert.ok(after.some(isStyle), 'other checks must keep their findings');
  });

  test('a 5 MB file is skipped with a message naming the setting', async () => {
    const big = workspaceFile('big.txt');
    const paragraph = fs.readFileSync(workspaceFile('tehran.txt').fsPath, 'utf8');
    const copies = Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(paragraph));
    fs.writeFileSync(big.fsPath, Array(copies).fill(paragraph).join('\n'));
    try {
      const doc = await vscode.workspace.openTextDocument(big);
      await vscode.window.showTextDocument(doc);
      const ds = await diagnosticsWhere(big, 'the "file skipped" message', (x) => x.length > 0);
      assert.equal(ds.length, 1, `a skipped file has only the skip message, got ${ds.map(codeOf).join(', ')}`);
      assert.match(ds[0].message, /maxFileSizeKB/);
      assert.ok(!ds.some(isGarbled));
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(big.fsPath, { force: true });
    }
  });
});
