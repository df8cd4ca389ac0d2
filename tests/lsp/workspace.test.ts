// The server with a workspace folder: the plain list files it keeps (.dabir/words.txt, ignore.txt, not-names.txt,
// names.txt), inline markers, settings that choose which files are checked, the workspace check and the fix-all.
// Every wait is for a message from the server, never a timer.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { CodeActionRequest, type CodeAction, type Diagnostic, type Range, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CheckFileRequest,
  ClientCommands,
  EntitiesRequest,
  FIX_ALL_KIND,
  ServerCommands,
  type CheckFileResult,
  type DiagnosticData,
  type ListCommandResult,
} from '../../server/src/protocol';
import { LspTestClient } from './lspClient';

const SEED = readFileSync(path.join(__dirname, '..', '..', 'seeds', '000_909a3f8488f71ad3.txt'), 'utf8');

const textAt = (text: string, range: Range) => {
  const doc = TextDocument.create('file:///x', 'plaintext', 0, text);
  return text.slice(doc.offsetAt(range.start), doc.offsetAt(range.end));
};
const code = (d: Diagnostic) => String(d.code);
const titleHas = (a: CodeAction, s: string) => a.title.includes(s);
/** The text edits of a code action's (single) versioned document change. */
const editsOf = (a: CodeAction) => (a.edit!.documentChanges as TextDocumentEdit[])[0].edits as TextEdit[];

describe('the language server in a workspace folder', () => {
  let root: string;
  let client: LspTestClient;
  const uriOf = (rel: string) => pathToFileURL(path.join(root, rel)).toString();
  const listFile = (name: string) => path.join(root, '.dabir', name);
  /** Per-URI settings (workspace/configuration); the folder's own entry sets where its lists live. */
  const settings = new Map<string, unknown>();

  const actionsFor = (uri: string, d: Diagnostic, only = ['quickfix']) =>
    client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only } }) as Promise<CodeAction[]>;

  /** Runs the code action's command and resolves with the document's next diagnostics (the re-check it causes). */
  async function run(uri: string, action: CodeAction): Promise<{ result: ListCommandResult; diagnostics: Diagnostic[] }> {
    assert.ok(action.command, `${action.title} runs a command`);
    const next = client.nextDiagnostics(uri);
    const result = await client.execute<ListCommandResult>(action.command.command, action.command.arguments![0]);
    assert.equal(result.error, undefined);
    return { result, diagnostics: await next };
  }

  before(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'dabir-ws-'));
    mkdirSync(path.join(root, '.dabir'));
    // an existing words file: its comment and entries must survive every addition
    writeFileSync(listFile('words.txt'), '# our words\nیزد\nآبادان\n');
    // a names list with a good line and two malformed ones
    writeFileSync(listFile('names.txt'), 'person: گراسیموف | گراسیمف\nfoo: بد\nباکو || باكو\n');
    client = await LspTestClient.start({
      locale: 'en',
      rootUri: pathToFileURL(root).toString(),
      initializationOptions: { userDictionary: true },
      settings: (uri) => settings.get(uri ?? '') ?? { debounceMs: 0 },
    });
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
    rmSync(root, { recursive: true, force: true });
  });

  test('the server watches the list files', async () => {
    // registration arrives after `initialized`; opening a document is a round trip that lets it through
    await client.open(uriOf('empty.txt'), 'سلام', 'plaintext');
    const watchers = client.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.equal(watchers.length, 1);
    assert.ok(JSON.stringify(watchers[0].registerOptions).includes('.dabir'));
  });

  test('a malformed names-list line gets a diagnostic in that file, and the file is not checked as an article', async () => {
    const namesUri = uriOf('.dabir/names.txt');
    const text = readFileSync(listFile('names.txt'), 'utf8');
    const ds = await client.open(namesUri, text, 'plaintext');
    assert.deepEqual(ds.map((d) => [d.code, d.range.start.line]), [['dabir/names-list', 1], ['dabir/names-list', 2]]);
    assert.ok(ds.every((d) => d.range.end.character > 0));
  });

  test('"Add to the workspace dictionary" writes a sorted words file atomically, keeping what was there, and the word stops being flagged in every document', async () => {
    const a = uriOf('a.fa.txt');
    const b = uriOf('b.fa.txt');
    const da = await client.open(a, SEED);
    const garbled = da.find((d) => code(d).startsWith('garbled/') && /^[\p{L}\p{M}\u200c]+$/u.test(textAt(SEED, d.range)));
    assert.ok(garbled, 'a garbled single word in the seed');
    const word = textAt(SEED, garbled.range);
    const db = await client.open(b, `متن دوم با ${word} در میان.`);

    const actions = await actionsFor(a, garbled);
    const add = actions.find((x) => titleHas(x, 'workspace dictionary'))!;
    assert.equal(add.command?.command, ServerCommands.addWords);
    const user = actions.find((x) => titleHas(x, 'user dictionary'))!;
    assert.equal(user.command?.command, ClientCommands.addToUserDictionary);
    assert.deepEqual(user.command?.arguments, [{ words: [word] }]);

    const nextB = client.nextDiagnostics(b);
    const { result, diagnostics } = await run(a, add);
    assert.deepEqual(result.added, [word]);
    assert.equal(result.file, pathToFileURL(listFile('words.txt')).toString());
    const lines = readFileSync(listFile('words.txt'), 'utf8').trimEnd().split('\n');
    assert.equal(lines[0], '# our words');
    const entries = lines.slice(1);
    assert.deepEqual(entries, [...entries].sort(new Intl.Collator('fa').compare));
    assert.deepEqual(new Set(entries), new Set(['یزد', 'آبادان', word]));
    assert.ok(!diagnostics.some((d) => textAt(SEED, d.range) === word && code(d).startsWith('garbled/')));
    const before = db.filter((d) => code(d).startsWith('garbled/')).length;
    const after = (await nextB).filter((d) => code(d).startsWith('garbled/')).length;
    assert.ok(after < before || before === 0);
    // no temporary file is left behind
    assert.deepEqual(readdirSync(path.join(root, '.dabir')).filter((f) => f.endsWith('.tmp')), []);
    // adding it again changes nothing
    assert.deepEqual((await client.execute<ListCommandResult>(ServerCommands.addWords, { uri: a, words: [word] })).added, []);
  });

  test('a words file edited by hand is reloaded when the watcher reports it', async () => {
    const uri = uriOf('c.fa.txt');
    const ds = await client.open(uri, SEED);
    const garbled = ds.filter((d) => code(d).startsWith('garbled/') && /^[\p{L}\p{M}]+$/u.test(textAt(SEED, d.range)));
    assert.ok(garbled.length > 0);
    const word = textAt(SEED, garbled[0].range);
    writeFileSync(listFile('words.txt'), readFileSync(listFile('words.txt'), 'utf8') + word + '\n');
    const next = client.nextDiagnostics(uri);
    await client.filesChanged([pathToFileURL(listFile('words.txt')).toString()]);
    assert.ok(!(await next).some((d) => textAt(SEED, d.range) === word && code(d).startsWith('garbled/')));
  });

  test('one mistake is one diagnostic: a garbled word that is a misspelt name carries both reasons, and its actions answer for both', async () => {
    // «مشکو» is both a garbled word and a minority spelling of «مسکو»: one diagnostic, merged (core/merge.ts)
    const uri = uriOf('overlap.fa.txt');
    const diagnostics = await client.open(uri, SEED);
    const at = diagnostics.filter((d) => textAt(SEED, d.range) === 'مشکو');
    assert.equal(at.length, 1, JSON.stringify(at.map((d) => d.code)));
    const [d] = at;
    assert.match(String(d.code), /^name\//);
    const data = d.data as { also?: { code: string }[] };
    assert.ok(data.also?.some((a) => a.code.startsWith('garbled/')), JSON.stringify(data.also));
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d], only: ['quickfix'] },
    })) as CodeAction[];
    const effects = actions.filter((a) => a.edit).map((a) => JSON.stringify(editsOf(a)));
    assert.equal(new Set(effects).size, effects.length, `an edit is offered twice: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(new Set(actions.map((a) => a.title)).size, actions.length, `a title is offered twice: ${actions.map((a) => a.title).join(' | ')}`);
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1);
    assert.deepEqual(editsOf(preferred[0]).map((e) => e.newText), ['مسکو']);
    // the garbled reason brings «add to dictionary», the name reason «not a name»
    assert.ok(actions.some((a) => a.command?.command === ServerCommands.addWords), actions.map((a) => a.title).join(' | '));
    assert.ok(actions.some((a) => a.command?.command === ServerCommands.notAName), actions.map((a) => a.title).join(' | '));
    const ignore = actions.filter((a) => a.title === 'Ignore here');
    assert.equal(ignore.length, 1);
    const keys = (ignore[0].command!.arguments![0] as { keys: string[] }).keys;
    assert.deepEqual(new Set(keys.map((k) => k.split('|')[0].split('/')[0])), new Set(['garbled', 'name']));
    // ignoring it silences both reasons: nothing is left on «مشکو» there
    const { diagnostics: after } = await run(uri, ignore[0]);
    assert.ok(!after.some((x) => JSON.stringify(x.range) === JSON.stringify(d.range)), JSON.stringify(after.filter((x) => JSON.stringify(x.range) === JSON.stringify(d.range)).map((x) => x.code)));
  });

  test('"Ignore here" is remembered by the words around the finding and survives edits elsewhere', async () => {
    const uri = uriOf('ignore.txt');
    const text = 'سپس آنها گفتگو گفتگو کردند.\nسپس رفتند رفتند.';
    const ds = await client.open(uri, text, 'plaintext');
    const dup = ds.find((d) => code(d).startsWith('duplicate/') && textAt(text, d.range).trim() === 'گفتگو')!;
    assert.ok(dup);
    const ignore = (await actionsFor(uri, dup)).find((x) => x.title === 'Ignore here')!;
    assert.equal(ignore.command?.command, ServerCommands.ignore);
    const { diagnostics } = await run(uri, ignore);
    assert.ok(!diagnostics.some((d) => textAt(text, d.range).trim() === 'گفتگو'));
    assert.ok(diagnostics.some((d) => textAt(text, d.range).trim() === 'رفتند'), 'only that finding is ignored');
    assert.match(readFileSync(listFile('ignore.txt'), 'utf8'), /^duplicate\/[a-z-]+\|.*گفتگو/m);
    // new text before it moves every offset; the finding stays ignored
    const edited = 'خبر تازه.\n' + text;
    const after = await client.change(uri, 2, edited);
    assert.ok(!after.some((d) => textAt(edited, d.range).trim() === 'گفتگو'));
    assert.ok(after.some((d) => textAt(edited, d.range).trim() === 'رفتند'));
  });

  test('inline markers disable checks for a line or a block, in Markdown and in plain text', async () => {
    const md = 'آنها دیدار دیدار کردند.\n\n<!-- dabir-disable-next-line -->\nآنها گفتند گفتند.\n\n<!-- dabir-disable duplicate -->\nسپس رفتند رفتند.\n<!-- dabir-enable -->\nاو نوشت نوشت.\n';
    const mdDs = await client.open(uriOf('markers.md'), md, 'markdown');
    assert.deepEqual(mdDs.filter((d) => code(d).startsWith('duplicate/')).map((d) => textAt(md, d.range).trim()), ['دیدار', 'نوشت']);
    const txt = 'آنها دیدار دیدار کردند.\ndabir-disable-next-line\nآنها گفتند گفتند.\n';
    const txtDs = await client.open(uriOf('markers.txt'), txt, 'plaintext');
    assert.deepEqual(txtDs.filter((d) => code(d).startsWith('duplicate/')).map((d) => textAt(txt, d.range).trim()), ['دیدار']);
  });

  test('"Not a name" and "Add to names list" write their files and change the entities', async () => {
    const uri = uriOf('names.fa.txt');
    const text = 'ژنرال گراسیمف به باکو رفت. گراسیموف گفت که ژنرال گراسیموف آماده است.';
    await client.open(uri, text);
    const entities = async () => (await client.connection.sendRequest(EntitiesRequest, { uri })).entities;
    const general = (await entities()).find((e) => e.spellings.some((s) => s.text === 'گراسیمف'));
    assert.ok(general, 'the general is an entity');
    assert.equal(general.name, 'گراسیموف', 'the names list chooses the preferred spelling');
    assert.equal(general.inconsistent, true);

    const added = await client.execute<ListCommandResult>(ServerCommands.addToNamesList, { uri, preferred: 'گراسیموف', variants: ['گراسیموو'] });
    assert.equal(added.error, undefined);
    const names = readFileSync(listFile('names.txt'), 'utf8').split('\n');
    assert.equal(names[0], 'person: گراسیموف | گراسیمف | گراسیموو', 'the new variant joins the existing line');
    assert.equal(names[1], 'foo: بد', 'other lines are kept as they were');

    const next = client.nextDiagnostics(uri);
    await client.execute<ListCommandResult>(ServerCommands.notAName, { uri, names: ['گراسیمف'] });
    await next;
    assert.ok(!(await entities()).some((e) => e.spellings.some((s) => s.text === 'گراسیمف')));
    assert.match(readFileSync(listFile('not-names.txt'), 'utf8'), /^گراسیمف$/m);
  });

  test('fix-all applies only safe fixes, pinned to the version it was computed for', async () => {
    const uri = uriOf('fixall.txt');
    const v1 = 'آنها دیدار دیدار كردند.';
    await client.open(uri, v1, 'plaintext');
    const v2 = 'خبر: ' + v1;
    const ds = await client.change(uri, 2, v2);
    const [action] = await actionsFor(uri, ds[0], [FIX_ALL_KIND]);
    assert.ok(action, 'a fix-all is offered');
    const change = (action.edit!.documentChanges as TextDocumentEdit[])[0] as { textDocument: TextDocumentEdit['textDocument']; edits: TextEdit[] };
    assert.deepEqual(change.textDocument, { uri, version: 2 });
    for (const e of change.edits) {
      const d = ds.find((x) => JSON.stringify(x.range) === JSON.stringify(e.range));
      assert.ok(d && (d.data as DiagnosticData).safe, `only safe fixes: ${e.newText}`);
    }
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 2, v2), change.edits);
    assert.ok(fixed.includes('کردند'), 'the Arabic kaf is fixed');
    // the quick fixes of the version-1 diagnostics are not offered any more
    const stale = { ...ds[0], data: { ...(ds[0].data as DiagnosticData), version: 1 } };
    assert.deepEqual((await actionsFor(uri, stale)).filter((a) => a.edit), []);
  });

  test('dabir.languages, include and exclude choose the documents; a change takes effect at once', async () => {
    const draft = uriOf('drafts/x.txt');
    settings.set(draft, { debounceMs: 0, exclude: ['drafts/**'] });
    assert.deepEqual(await client.open(draft, 'آنها دیدار دیدار کردند.', 'plaintext'), []);
    assert.equal((await client.status((s) => s.uri === draft)).reason, 'excluded');
    const latex = uriOf('y.tex');
    settings.set(latex, { debounceMs: 0, languages: ['latex'] });
    const ds = await client.open(latex, 'آنها دیدار دیدار کردند.', 'latex');
    assert.ok(ds.some((d) => code(d).startsWith('duplicate/')));
    settings.set(draft, { debounceMs: 0 });
    const next = client.nextDiagnostics(draft);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.ok((await next).some((d) => code(d).startsWith('duplicate/')));
  });

  test('dabir/checkFile checks a closed file from disk and publishes its diagnostics', async () => {
    const rel = 'closed.fa.md';
    writeFileSync(path.join(root, rel), 'آنها دیدار دیدار کردند.\n');
    const uri = uriOf(rel);
    const next = client.nextDiagnostics(uri);
    const result: CheckFileResult = await client.connection.sendRequest(CheckFileRequest, { uri });
    const ds = await next;
    assert.equal(result.findings, ds.length);
    assert.ok(ds.some((d) => code(d).startsWith('duplicate/')));
    writeFileSync(path.join(root, 'english.txt'), 'hello world\n');
    assert.deepEqual(await client.connection.sendRequest(CheckFileRequest, { uri: uriOf('english.txt') }), { skipped: 'noPersian' });
    assert.deepEqual(await client.connection.sendRequest(CheckFileRequest, { uri: uriOf('missing.txt') }), { skipped: 'error' });
  });
});
