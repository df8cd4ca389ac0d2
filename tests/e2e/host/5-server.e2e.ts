// The language server comes back after it is killed, and the restart command starts a fresh one.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateDabir, diagnosticsWhere, openArticle, revert, serverPids, until } from './helpers';

/** The one server process of this extension host. */
const onlyServer = (what: string, not?: number) =>
  until(what, () => {
    const pids = serverPids().filter((p) => p !== not);
    return pids.length === 1 ? pids[0] : undefined;
  });

/** Inserts a damaged word at the top and waits for the (new) server to flag it: proof that it checks again. */
async function proveServerWorks(): Promise<void> {
  const { doc, editor } = await openArticle('tehran.txt');
  await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'دوحانبه '));
  await diagnosticsWhere(doc.uri, 'the new server to flag «دوحانبه»', (ds) =>
    ds.some((d) => d.range.start.line === 0 && doc.getText(d.range) === 'دوحانبه'));
  await revert();
}

suite('server lifecycle', () => {
  suiteSetup(activateDabir);

  test('the server is restarted after it is killed', async () => {
    await openArticle('tehran.txt');
    const old = await onlyServer('the Dabir server process');
    process.kill(old, 'SIGKILL');
    const fresh = await onlyServer('a new Dabir server process', old);
    assert.notEqual(fresh, old);
    await proveServerWorks();
  });

  test('the restart command starts a fresh server', async () => {
    await openArticle('tehran.txt');
    const old = await onlyServer('the Dabir server process');
    await vscode.commands.executeCommand('dabir.restartServer');
    await onlyServer('a restarted Dabir server process', old);
    await proveServerWorks();
  });
});
