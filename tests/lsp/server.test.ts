// End to end over JSON-RPC: `node dist/server.js --stdio` in its own process, driven like an editor would.
// Every wait is for a message from the server (diagnostics for a given version), never for a timer.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  CodeActionRequest,
  DidChangeConfigurationNotification,
  DiagnosticSeverity,
  DocumentSymbolRequest,
  MessageType,
  type CodeAction,
  type Diagnostic,
  type DocumentSymbol,
  type Range,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EntitiesRequest, FIX_ALL_KIND, type DiagnosticData } from '../../server/src/protocol';
import { LspTestClient } from './lspClient';

const SEED = readFileSync(path.join(__dirname, '..', '..', 'seeds', '000_909a3f8488f71ad3.txt'), 'utf8');
const SEED_URI = 'file:///work/seed.fa.txt';
/** Per-document settings the fake editor answers workspace/configuration with. */
const SETTINGS: Record<string, unknown> = {
  'file:///work/fa.txt': { language: 'fa', debounceMs: 0 },
  'file:///work/big.txt': { maxFileSizeKB: 1 },
  'file:///work/bad-settings.txt': { debounceMs: 'fast', checks: 5, userWords: ['خوب', 3] },
  'file:///work/no-dup.txt': { checks: { duplicate: { enabled: false } } },
  'file:///work/user-words.fa.txt': { userWords: ['والرئ'], debounceMs: 0 },
};

const textAt = (text: string, range: Range) => {
  const doc = TextDocument.create('file:///x', 'plaintext', 0, text);
  return text.slice(doc.offsetAt(range.start), doc.offsetAt(range.end));
};
const editsOf = (action: CodeAction) => (action.edit!.documentChanges as TextDocumentEdit[])[0] as { textDocument: TextDocumentEdit['textDocument']; edits: TextEdit[] };
/** Diagnostic messages are plain strings from this server (LSP 3.18 also allows markup). */
const messageOf = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);

describe('the language server on the seed article', () => {
  let client: LspTestClient;
  let diagnostics: Diagnostic[];

  before(async () => {
    client = await LspTestClient.start({ locale: 'en', settings: (uri) => (uri ? SETTINGS[uri] : undefined) ?? { debounceMs: 0 } });
    diagnostics = await client.open(SEED_URI, SEED);
  });
  after(async () => {
    assert.equal(await client.stop(), 0, 'the server exits cleanly after shutdown/exit');
  });

  const codeActions = (d: Diagnostic, only?: string[], uri = SEED_URI) =>
    client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d], only },
    }) as Promise<CodeAction[]>;

  test('diagnostics are well formed, versioned and in the client locale', () => {
    assert.ok(diagnostics.length > 0);
    for (const d of diagnostics) {
      assert.equal(d.source, 'dabir');
      assert.match(String(d.code), /^(garbled|name|duplicate|style)\/[a-z-]+$/);
      const data = d.data as DiagnosticData;
      assert.equal(data.version, 1);
      assert.ok(Array.isArray(data.suggestions));
      assert.ok(textAt(SEED, d.range).length > 0, `non-empty range for ${d.code}`);
      // English UI: the message is English (quoted Persian words aside).
      assert.match(messageOf(d), /[A-Za-z]{3}/);
    }
  });

  test('the duplicated «دیدار دیدار» and garbled words are reported', () => {
    const dup = diagnostics.find((d) => String(d.code).startsWith('duplicate/') && textAt(SEED, d.range).trim() === 'دیدار');
    assert.ok(dup, 'duplicate word diagnostic');
    assert.ok(dup.relatedInformation?.length, 'the first copy is related information');
    assert.ok(diagnostics.some((d) => String(d.code).startsWith('garbled/')), 'at least one garbled word');
    const moscow = diagnostics.find((d) => textAt(SEED, d.range) === 'مشکو');
    assert.ok(moscow, 'مشکو is flagged');
    assert.equal((moscow.data as DiagnosticData).suggestions[0], 'مسکو');
  });

  test('a quick fix replaces exactly its diagnostic range, pinned to the diagnostic version', async () => {
    const dup = diagnostics.find((d) => String(d.code).startsWith('duplicate/') && textAt(SEED, d.range).trim() === 'دیدار')!;
    const actions = await codeActions(dup, ['quickfix']);
    assert.ok(actions.length >= 1);
    const [first] = actions;
    assert.equal(first.kind, 'quickfix');
    assert.equal(first.isPreferred, true);
    assert.equal(first.title, 'Remove the repeated copy');
    const change = editsOf(first);
    assert.deepEqual(change.textDocument, { uri: SEED_URI, version: 1 });
    assert.equal(change.edits.length, 1);
    assert.deepEqual(change.edits[0].range, dup.range);
    const fixed = TextDocument.applyEdits(TextDocument.create(SEED_URI, 'persian-news', 1, SEED), change.edits);
    assert.ok(!/دیدار\s+دیدار/.test(fixed));
    assert.ok(fixed.includes('جهت دیدار و گفتگو'));
    assert.equal(fixed.length, SEED.length - textAt(SEED, dup.range).length);
  });

  test('every offered replacement edits only its own diagnostic, at most five per diagnostic', async () => {
    for (const d of diagnostics.filter((x) => (x.data as DiagnosticData).suggestions.length > 0 && !String(x.code).startsWith('name/'))) {
      const actions = await codeActions(d, ['quickfix']);
      const suggestions = (d.data as DiagnosticData).suggestions;
      assert.equal(actions.length, Math.min(5, suggestions.length), String(d.code));
      actions.forEach((a, i) => {
        assert.equal(a.isPreferred === true, i === 0);
        const change = editsOf(a);
        assert.equal(change.textDocument.version, 1);
        assert.deepEqual(change.edits, [{ range: d.range, newText: suggestions[i] }]);
      });
    }
  });

  test('the fix-all source action is offered only when asked for and carries the version', async () => {
    const d = diagnostics[0];
    const quick = await codeActions(d, ['quickfix']);
    assert.ok(quick.every((a) => a.kind === 'quickfix'));
    const source = await codeActions(d, [FIX_ALL_KIND]);
    for (const a of source) {
      assert.equal(a.kind, FIX_ALL_KIND);
      const change = editsOf(a);
      assert.equal(change.textDocument.version, 1);
      const seedDoc = TextDocument.create('x', 'x', 0, SEED);
      const spans = change.edits.map((e) => [seedDoc.offsetAt(e.range.start), seedDoc.offsetAt(e.range.end)]);
      for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1][1] <= spans[i][0], 'edits in order, never overlapping');
      // Each fix-all edit is the first suggestion of a safe diagnostic on exactly that range.
      for (const e of change.edits) {
        const d = diagnostics.find((x) => JSON.stringify(x.range) === JSON.stringify(e.range));
        assert.ok(d && (d.data as DiagnosticData).safe && (d.data as DiagnosticData).suggestions[0] === e.newText);
      }
    }
  });

  test('document symbols group the entities, and dabir/entities answers for the current version', async () => {
    const { version, entities } = await client.connection.sendRequest(EntitiesRequest, { uri: SEED_URI });
    assert.equal(version, 1);
    for (const e of entities) for (const m of e.mentions) assert.equal(textAt(SEED, m.range), m.text);
    const kindOf = (name: string) => entities.find((e) => e.name === name || e.spellings.some((s) => s.text === name))?.kind;
    assert.equal(kindOf('باکو'), 'place');
    assert.equal(kindOf('ناتو'), 'organization');
    assert.ok(entities.some((e) => e.kind === 'person'));

    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: SEED_URI } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name).slice(0, 3), ['People', 'Places', 'Organisations']);
    const byName = new Map(symbols.map((s) => [s.name, s]));
    for (const [label, kind] of [['People', 'person'], ['Places', 'place'], ['Organisations', 'organization']] as const) {
      const group = byName.get(label)!;
      const members = entities.filter((e) => e.kind === kind);
      assert.equal(group.children?.length, members.length);
      for (const child of group.children ?? []) {
        const entity = members.find((e) => e.name === child.name)!;
        assert.equal(child.children?.length, entity.mentions.length);
      }
    }
  });

  test('a diagnostic from an older version gets no action; the new version\'s does', async () => {
    const text2 = SEED + '\nخبر تازه.';
    const dup = diagnostics.find((d) => String(d.code).startsWith('duplicate/'))!;
    const fresh = await client.change(SEED_URI, 2, text2);
    assert.deepEqual(await codeActions(dup, ['quickfix']), []);
    const dup2 = fresh.find((d) => String(d.code).startsWith('duplicate/') && textAt(text2, d.range).trim() === 'دیدار')!;
    assert.equal((dup2.data as DiagnosticData).version, 2);
    const [action] = await codeActions(dup2, ['quickfix']);
    assert.equal(editsOf(action).textDocument.version, 2);
  });

  test('dabir/status reports the state of each document', async () => {
    const ready = await client.status((s) => s.uri === SEED_URI && s.state === 'ready');
    assert.equal(ready.findings, diagnostics.length);
    await client.open('file:///work/en.txt', 'no Persian here', 'plaintext');
    const skipped = await client.status((s) => s.uri === 'file:///work/en.txt');
    assert.deepEqual(skipped, { uri: 'file:///work/en.txt', state: 'skipped', reason: 'noPersian' });
  });

  test('a configuration change re-checks open documents with the new settings', async () => {
    const uri = 'file:///work/reconfigure.txt';
    const before = await client.open(uri, 'آنها دیدار دیدار کردند.', 'plaintext');
    assert.ok(before.some((d) => String(d.code).startsWith('duplicate/')));
    SETTINGS[uri] = { checks: { duplicate: { enabled: false } } };
    const after = client.nextDiagnostics(uri);
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    assert.ok(!(await after).some((d) => String(d.code).startsWith('duplicate/')));
  });

  test('messages follow dabir.language', async () => {
    const [d] = await client.open('file:///work/fa.txt', 'آنها دیدار دیدار کردند.', 'plaintext');
    assert.ok(d, 'a duplicate is reported in a plain-text document');
    assert.doesNotMatch(messageOf(d), /[A-Za-z]{3}/);
    const [action] = await codeActions(d, ['quickfix'], 'file:///work/fa.txt');
    assert.equal(action.title, 'حذف نسخهٔ تکراری');
  });

  test('a file above dabir.maxFileSizeKB gets one information diagnostic saying so', async () => {
    const big = 'این یک جملهٔ فارسی است. '.repeat(100);
    const ds = await client.open('file:///work/big.txt', big, 'plaintext');
    assert.equal(ds.length, 1);
    assert.equal(ds[0].code, 'dabir/too-large');
    assert.equal(ds[0].severity, DiagnosticSeverity.Information);
    assert.match(messageOf(ds[0]), /maxFileSizeKB/);
  });

  test('non-Persian and binary documents are skipped without harm', async () => {
    assert.deepEqual(await client.open('file:///work/en.md', '# Hello\n\nhello hello world', 'markdown'), []);
    const binary = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('');
    assert.deepEqual(await client.open('file:///work/blob.txt', binary, 'plaintext'), []);
    // Still alive and answering.
    const { version } = await client.connection.sendRequest(EntitiesRequest, { uri: 'file:///work/blob.txt' });
    assert.equal(version, 1);
  });

  test('invalid settings fall back to defaults with a warning; disabled checks stay silent', async () => {
    const ds = await client.open('file:///work/bad-settings.txt', 'آنها دیدار دیدار کردند.', 'plaintext');
    assert.ok(ds.some((d) => String(d.code).startsWith('duplicate/')));
    assert.ok(client.log.some((l) => l.includes('dabir.debounceMs')));
    assert.ok(client.log.some((l) => l.includes('dabir.checks')));
    const none = await client.open('file:///work/no-dup.txt', 'آنها دیدار دیدار کردند.', 'plaintext');
    assert.ok(!none.some((d) => String(d.code).startsWith('duplicate/')));
  });
});

describe('the language server with user words', () => {
  test('dabir.userWords are accepted as correct', async () => {
    const client = await LspTestClient.start({ settings: (uri) => (uri ? SETTINGS[uri] : undefined) });
    try {
      const withWord = await client.open('file:///work/user-words.fa.txt', SEED);
      const plain = await client.open('file:///work/plain.fa.txt', SEED);
      assert.ok(plain.some((d) => textAt(SEED, d.range) === 'والرئ'));
      assert.ok(!withWord.some((d) => textAt(SEED, d.range) === 'والرئ'));
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });
});

describe('the language server without its lexicon', () => {
  test('says so clearly and keeps running the checks that need no lexicon', async () => {
    const client = await LspTestClient.start({ locale: 'en', env: { DABIR_LEXICON: path.join(__dirname, 'no-such-lexicon.bin') } });
    try {
      const message = await client.nextMessage();
      assert.equal(message.type, MessageType.Error);
      assert.match(message.message, /lexicon/);
      const ds = await client.open(SEED_URI, SEED);
      assert.ok(ds.some((d) => String(d.code).startsWith('duplicate/')));
      assert.ok(!ds.some((d) => String(d.code).startsWith('garbled/') || String(d.code).startsWith('style/')));
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });
});

describe('the language server under node IPC (the transport VS Code uses)', () => {
  test('initialises, checks a document and shuts down', async () => {
    const client = await LspTestClient.start({ transport: 'ipc' });
    try {
      const ds = await client.open(SEED_URI, SEED);
      assert.ok(ds.some((d) => String(d.code).startsWith('duplicate/')));
      // No locale given: Persian messages.
      assert.ok(ds.every((d) => !/[A-Za-z]{3}/.test(messageOf(d))));
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });
});
