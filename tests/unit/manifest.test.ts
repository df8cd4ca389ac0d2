// The extension manifest, its translations and the client's code agree: every contributed command is registered,
// every %key% has an English and a Persian text, every message the client localises has a Persian translation.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const ROOT = path.join(__dirname, '..', '..');
const read = (p: string) => readFileSync(path.join(ROOT, p), 'utf8');
const pkg = JSON.parse(read('package.json'));
const clientSource = readdirSync(path.join(ROOT, 'client', 'src')).map((f) => read(path.join('client', 'src', f))).join('\n');
const protocol = read('server/src/protocol.ts');

test('activation only for the served languages, never "*"; icon, categories and keywords are set', () => {
  assert.ok(!pkg.activationEvents.includes('*'));
  for (const e of pkg.activationEvents) assert.match(e, /^onLanguage:/);
  assert.ok(existsSync(path.join(ROOT, pkg.icon)));
  assert.ok(pkg.categories.length > 0 && pkg.keywords.length > 0);
  for (const c of pkg.contributes.viewsContainers.activitybar) assert.ok(existsSync(path.join(ROOT, c.icon)), c.icon);
});

test('every contributed command is registered by the client', () => {
  for (const { command } of pkg.contributes.commands) {
    const registered = clientSource.includes(`registerCommand('${command}'`) || (protocol.includes(`'${command}'`) && clientSource.includes('registerCommand(ClientCommands.'));
    assert.ok(registered, command);
  }
});

test('the Entities view is in the Explorer and in Dabir\'s own container, with its context menu', () => {
  const views = pkg.contributes.views;
  assert.ok(views.explorer.some((v: { id: string }) => v.id === 'dabir.entities'));
  assert.ok(views.dabir.some((v: { id: string }) => v.id === 'dabir.entitiesPanel'));
  const menu = pkg.contributes.menus['view/item/context'].map((m: { command: string }) => m.command);
  for (const c of ['dabir.entities.useSpelling', 'dabir.entities.addToNamesList', 'dabir.entities.notAName', 'dabir.entities.copyName']) assert.ok(menu.includes(c), c);
});

test('every %key% of the manifest has an English and a Persian text', () => {
  const en = JSON.parse(read('package.nls.json'));
  const fa = JSON.parse(read('package.nls.fa.json'));
  assert.deepEqual(Object.keys(fa).sort(), Object.keys(en).sort());
  const keys = [...JSON.stringify(pkg.contributes).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length > 20);
  for (const k of keys) assert.ok(en[k] && fa[k], k);
  for (const v of Object.values(fa) as string[]) assert.match(v, /[\u0600-\u06ff]|^[A-Za-z.]+$/);
});

test('every message the client localises has a Persian translation', () => {
  const fa = JSON.parse(read('l10n/bundle.l10n.fa.json'));
  const used = [...clientSource.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\'/g, "'"));
  assert.ok(used.length > 10);
  for (const s of used) assert.ok(fa[s], `missing Persian for: ${s}`);
});

test('every setting has a description in both languages; per-check enable and severity exist', () => {
  const props = pkg.contributes.configuration.properties;
  for (const id of ['garbled', 'name', 'duplicate', 'style']) {
    assert.ok(props[`dabir.checks.${id}.enabled`]);
    assert.ok(props[`dabir.checks.${id}.severity`]);
  }
  for (const key of ['dabir.languages', 'dabir.include', 'dabir.exclude', 'dabir.files.words', 'dabir.files.names', 'dabir.maxFileSizeKB', 'dabir.debounceMs', 'dabir.showInvisibles']) {
    assert.ok(props[key], key);
  }
});
