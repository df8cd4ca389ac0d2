// «Check the workspace» (files that are not open land in Problems) and the status-bar item (state and count of the
// active document; a click opens Problems).
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, dabirApi, dabirDiagnostics, diagnosticsWhere, openArticle, until, writeWorkspaceFile, type DabirApi } from './helpers';

/** What dabir.checkWorkspace resolves with (client/src/workspaceCheck.ts). */
interface WorkspaceCheckResult {
  files: number;
  checked: number;
  findings: number;
  skipped: number;
}

const isOpen = (uri: vscode.Uri) => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());

suite('workspace check and status bar', () => {
  let api: DabirApi;
  suiteSetup(async () => {
    api = await dabirApi();
  });
  suiteTeardown(async () => {
    for (const f of ['closed/report.fa.md', 'closed/english.txt']) writeWorkspaceFile(f, undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('«Check the workspace» checks files that are not open and puts their findings in Problems', async () => {
    const report = writeWorkspaceFile('closed/report.fa.md', '# گزارش\n\nرانندگان کامیون باید با احتیاظ حرکت کنند و در جاده های کوهستانی بمانند.\n');
    writeWorkspaceFile('closed/english.txt', 'No Persian text here at all.\n');
    assert.ok(!isOpen(report), 'the report must not be open for this test');
    const result = await vscode.commands.executeCommand<WorkspaceCheckResult>('dabir.checkWorkspace');
    assert.ok(result, 'dabir.checkWorkspace returned nothing');
    assert.ok(result.checked >= 2, `checked ${result.checked} of ${result.files} files`);
    assert.ok(result.skipped >= 1, 'the English file counts as skipped');
    assert.equal(result.checked + result.skipped, result.files);
    const ds = await diagnosticsWhere(report, 'findings of the closed report', (x) => x.length > 0);
    const kinds = new Set(ds.map((d) => codeOf(d).split('/')[0]));
    assert.ok(kinds.has('garbled') && kinds.has('style'), `expected garbled and style findings, got ${[...kinds].join(', ')}`);
    assert.ok(!isOpen(report), 'checking the workspace opened the file');
    assert.ok(result.findings >= ds.length);
  });

  test('the status-bar item shows the active document\'s state and findings; a click opens Problems', async () => {
    const { doc } = await openArticle('tehran.txt');
    const shown = await until('the status bar to count the findings of tehran.txt', () => {
      const s = api.status();
      const n = dabirDiagnostics(doc.uri).length;
      return s.visible && n > 0 && s.text.includes(`: ${n}`) ? s : undefined;
    });
    assert.match(shown.text, /Dabir|دبیر/);
    assert.equal(shown.command, 'workbench.actions.view.problems');

    const english = writeWorkspaceFile('closed/english.txt', 'No Persian text here at all.\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(english));
    const skipped = await until('the status bar to say the English file is skipped', () => {
      const s = api.status();
      return s.visible && /skipped|بررسی نشد|نادیده/.test(s.text) ? s : undefined;
    });
    assert.match(skipped.tooltip ?? '', /Persian|فارسی/);

    await vscode.window.showTextDocument(doc);
    const back = await until('the status bar to follow the editor back', () => (api.status().text.includes(`: ${dabirDiagnostics(doc.uri).length}`) ? api.status() : undefined));
    // a click runs the item's command: it opens the Problems view
    await vscode.commands.executeCommand(back.command!);
  });
});
