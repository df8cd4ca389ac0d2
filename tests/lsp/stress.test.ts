// 2,000 rapid incremental edits over stdio: the server, analysing off its main thread and dropping analyses of
// versions already replaced, ends with the diagnostics of a fresh open of the final text — nothing stale, nothing
// lost. Sent without waiting, as a fast typist's editor sends them; no timing is asserted.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DidChangeTextDocumentNotification, type Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspTestClient } from './lspClient';

const SEED = readFileSync(join(__dirname, '..', '..', 'seeds', '000_909a3f8488f71ad3.txt'), 'utf8');
const URI = 'file:///work/stress.txt';
const FRESH = 'file:///work/fresh.txt';
const EDITS = 2000;

/** A seeded generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What a diagnostic says, without the document it was published for. */
const comparable = (d: Diagnostic) => ({ ...d, data: { ...(d.data as object), version: undefined }, relatedInformation: d.relatedInformation?.map((r) => ({ ...r, location: { ...r.location, uri: '' } })) });

let client: LspTestClient;
before(async () => {
  client = await LspTestClient.start({ locale: 'en', settings: () => ({ debounceMs: 0 }) });
});
after(async () => {
  assert.equal(await client.stop(), 0);
});

test(`${EDITS} rapid incremental edits end with the diagnostics of a fresh open of the final text`, async () => {
  await client.open(URI, SEED);
  let doc = TextDocument.create(URI, 'persian-news', 1, SEED);
  const next = random(7);
  const words = SEED.split(/\s+/).filter(Boolean);
  for (let version = 2; version <= EDITS + 1; version++) {
    const text = doc.getText();
    const at = Math.floor(next() * text.length);
    const end = Math.min(text.length, at + Math.floor(next() * 3));
    // typing a letter, a word or a space; deleting; pasting a word over a selection
    const kind = next();
    const inserted = kind < 0.4 ? 'ابپتسشمنوی'[Math.floor(next() * 10)] : kind < 0.6 ? ` ${words[Math.floor(next() * words.length)]}` : kind < 0.7 ? ' ' : '';
    const range = { start: doc.positionAt(at), end: doc.positionAt(kind < 0.7 ? at : end) };
    const change = { range, text: inserted };
    doc = TextDocument.update(doc, [change], version);
    void client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: URI, version }, contentChanges: [change] });
  }
  const final = await client.diagnostics(URI, EDITS + 1);
  const fresh = await client.open(FRESH, doc.getText());
  assert.ok(fresh.length > 0);
  assert.deepEqual(final.map(comparable), fresh.map(comparable));
  // every version the server published diagnostics for was published once at most, in order
  const published = client.publishedVersions(URI);
  assert.deepEqual(published, [...new Set(published)].sort((a, b) => (a ?? 0) - (b ?? 0)));
});
