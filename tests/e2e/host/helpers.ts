// Helpers of the extension-host suites: open an article, wait for Dabir's diagnostics, ask for and apply code
// actions, and check that an edit changed exactly the text it should. Every wait is for a condition, with a
// generous upper bound; nothing sleeps for a fixed time.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DabirApi } from '../../../client/src/extension';

export type { DabirApi };
export type { EntityInfo } from '../../../server/src/protocol';

export const EXTENSION_ID = 'dabir.dabir';
const WAIT_MS = 60_000;

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'code-server opened no workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c ?? '');
}

export function dabirDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'dabir');
}

/** Resolves with the first non-undefined value of `probe`, re-evaluated on every diagnostics change and poll. */
export async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    // Wake up on the next diagnostics change, or after a short poll interval for other conditions.
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, 100);
      const sub = vscode.languages.onDidChangeDiagnostics(done);
      function done() {
        clearTimeout(timer);
        sub.dispose();
        resolve();
      }
    });
  }
}

/** Waits until Dabir's diagnostics of `uri` satisfy `ok`, and returns them. */
export function diagnosticsWhere(uri: vscode.Uri, what: string, ok: (ds: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return until(what, () => {
    const ds = dabirDiagnostics(uri);
    return ok(ds) ? ds : undefined;
  });
}

export async function activateDabir(): Promise<void> {
  await dabirApi();
}

/** Activates Dabir (the installed .vsix) and returns its API. */
export async function dabirApi(): Promise<DabirApi> {
  const ext = await until(`the extension ${EXTENSION_ID} to be installed`, () => vscode.extensions.getExtension<DabirApi>(EXTENSION_ID));
  return ext.activate();
}

/** Writes a workspace file (creating its folder) or, with `undefined`, deletes it. */
export function writeWorkspaceFile(name: string, text: string | undefined): vscode.Uri {
  const uri = workspaceFile(name);
  if (text === undefined) fs.rmSync(uri.fsPath, { force: true });
  else {
    fs.mkdirSync(path.dirname(uri.fsPath), { recursive: true });
    fs.writeFileSync(uri.fsPath, text);
  }
  return uri;
}

/**
 * Empties one of Dabir's list files (keeps a comment line) so that the server reloads it. Deleting it instead is not
 * dependable in a test: a file watcher folds a creation followed soon by a deletion into no event at all.
 */
export function emptyListFile(name: string): vscode.Uri {
  return writeWorkspaceFile(name, '# emptied by the end-to-end tests\n');
}

/** Runs a code action's command, as VS Code does when the user picks it. */
export async function runCommandOf(action: vscode.CodeAction): Promise<unknown> {
  assert.ok(action.command, `«${action.title}» runs no command`);
  return vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/**
 * The document version a diagnostic was computed for. Dabir puts it in `Diagnostic.data` (see DiagnosticData in
 * server/src/protocol.ts) and vscode-languageclient keeps `data` on the diagnostics it creates.
 */
export function versionOf(d: vscode.Diagnostic): number | undefined {
  const v = (d as vscode.Diagnostic & { data?: { version?: unknown } }).data?.version;
  return typeof v === 'number' ? v : undefined;
}

/** Waits for diagnostics computed for the document's current version (after an edit or a revert). */
export function freshDiagnostics(doc: vscode.TextDocument, what = `Dabir's diagnostics of ${doc.fileName}`): Promise<vscode.Diagnostic[]> {
  return diagnosticsWhere(doc.uri, what, (ds) => ds.length > 0 && ds.every((d) => versionOf(d) === undefined || versionOf(d) === doc.version));
}

/** Opens a workspace file in an editor (discarding unsaved edits of earlier tests) and waits for its diagnostics. */
export async function openArticle(name: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor; diagnostics: vscode.Diagnostic[] }> {
  const uri = workspaceFile(name);
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  if (doc.isDirty) await vscode.commands.executeCommand('workbench.action.files.revert');
  const diagnostics = await freshDiagnostics(doc);
  return { doc, editor, diagnostics };
}

/** Reverts the active editor to what is on disk. */
export async function revert(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

/** The diagnostic whose code starts with `codePrefix` and which covers exactly `text`. */
export function findDiagnostic(doc: vscode.TextDocument, ds: vscode.Diagnostic[], codePrefix: string, text: string): vscode.Diagnostic {
  const found = ds.find((d) => codeOf(d).startsWith(codePrefix) && doc.getText(d.range) === text);
  assert.ok(found, `no ${codePrefix} diagnostic on «${text}»; have: ${ds.map((d) => `${codeOf(d)} «${doc.getText(d.range)}»`).join(', ')}`);
  return found;
}

export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind);
  return (actions ?? []).filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

/**
 * The quick-fixes for one diagnostic: those whose edit rewrites exactly its range (actions returned through
 * vscode.executeCodeActionProvider do not carry their diagnostics, so the edit is what ties them to it).
 */
export async function quickFixesFor(doc: vscode.TextDocument, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const all = await codeActions(doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
  return all.filter((a) => a.edit?.get(doc.uri).some((e) => e.range.isEqual(d.range)));
}

/** `text` with `edits` applied (offsets of the original text, as a WorkspaceEdit's edits are). */
export function applyEditsToText(doc: vscode.TextDocument, edits: readonly vscode.TextEdit[]): string {
  const text = doc.getText();
  const sorted = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, doc.offsetAt(e.range.start)) + e.newText + out.slice(doc.offsetAt(e.range.end));
  return out;
}

/** The text edits an action makes to `doc` (and asserts it edits no other file). */
export function editsOf(action: vscode.CodeAction, doc: vscode.TextDocument): vscode.TextEdit[] {
  assert.ok(action.edit, `the action «${action.title}» has no edit`);
  const entries = action.edit.entries();
  assert.ok(entries.every(([u]) => u.toString() === doc.uri.toString()), `«${action.title}» edits another file`);
  return entries.flatMap(([, edits]) => edits);
}

/**
 * Applies a code action and asserts that the document then equals the original with exactly the action's edits
 * applied: nothing else moved. Returns the new text.
 */
export async function applyExactly(doc: vscode.TextDocument, action: vscode.CodeAction): Promise<string> {
  const expected = applyEditsToText(doc, editsOf(action, doc));
  assert.ok(await vscode.workspace.applyEdit(action.edit!), `VS Code refused the edit of «${action.title}»`);
  assert.equal(doc.getText(), expected);
  return expected;
}

export function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

/** The process ids of Dabir's language server(s): children of this extension host running dist/server.js. */
export function serverPids(): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.includes('dabir') && cmdline.includes('server.js')) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}
