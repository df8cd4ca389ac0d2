// The Entities view: what it lists for an article, and its context-menu commands — use this spelling everywhere,
// add to the names list, not a name, copy name. The view's model comes from the extension's API (`activate`'s
// return value); the commands get the same tree nodes the view passes them.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { count, dabirApi, emptyListFile, openArticle, revert, until, workspaceFile, writeWorkspaceFile, type DabirApi, type EntityInfo } from './helpers';

const FILE = 'entities.fa.txt';

suite('the Entities view', () => {
  let api: DabirApi;
  suiteSetup(async () => {
    api = await dabirApi();
  });
  suiteTeardown(async () => {
    for (const f of ['.dabir/names.txt', '.dabir/not-names.txt']) writeWorkspaceFile(f, undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  /** Opens the article and waits until the view describes its current version; `ok` may ask for more. */
  async function entitiesOf(doc: vscode.TextDocument, what: string, ok: (es: EntityInfo[]) => boolean = (es) => es.length > 0): Promise<EntityInfo[]> {
    return until(what, async () => {
      const m = await api.refreshEntities();
      return m.uri === doc.uri.toString() && m.version === doc.version && ok(m.entities) ? m.entities : undefined;
    });
  }
  const named = (es: EntityInfo[], name: string) => es.find((e) => e.spellings.some((s) => s.text === name));

  test('lists the people, places and organisations of the active article, with the inconsistent name marked', async () => {
    const { doc } = await openArticle(FILE);
    await vscode.commands.executeCommand('dabir.showEntities');
    const entities = await entitiesOf(doc, `the entities of ${FILE}`);
    const macron = named(entities, 'ماکرون');
    assert.ok(macron, `no «ماکرون»: ${entities.map((e) => e.name).join(', ')}`);
    assert.equal(macron.kind, 'person');
    // the full name is a form of its own; «ماکرون» and «مکرون» are one form written two ways
    assert.deepEqual(new Set(macron.spellings.map((s) => s.text)), new Set(['امانوئل ماکرون', 'ماکرون', 'مکرون']));
    const form = (t: string) => macron.spellings.find((s) => s.text === t)?.form;
    assert.equal(form('ماکرون'), form('مکرون'));
    assert.notEqual(form('ماکرون'), form('امانوئل ماکرون'));
    assert.equal(macron.inconsistent, true);
    assert.equal(macron.mentions.length, 3);
    for (const m of macron.mentions) assert.equal(doc.getText(new vscode.Range(m.range.start.line, m.range.start.character, m.range.end.line, m.range.end.character)), m.text);
    for (const place of ['پاریس', 'برلین', 'فرانسه', 'آلمان']) assert.equal(named(entities, place)?.kind, 'place', `«${place}» is not a place`);
    assert.ok(entities.some((e) => e.kind === 'organization'), 'no organisation');
    assert.ok(!entities.some((e) => e !== macron && e.inconsistent), 'only «ماکرون» is spelled two ways');
  });

  test('«Use this spelling everywhere» rewrites the other spellings of that form in one edit, not the full name', async () => {
    const { doc } = await openArticle(FILE);
    const macron = named(await entitiesOf(doc, 'the entities'), 'ماکرون')!;
    const before = doc.getText();
    const version = doc.version;
    await vscode.commands.executeCommand('dabir.entities.useSpelling', { type: 'spelling', entity: macron, text: 'ماکرون', count: 2 });
    await until('the edit to be applied', () => (doc.version > version ? true : undefined));
    assert.equal(doc.version, version + 1, 'one edit, one undo step');
    assert.equal(count(doc.getText(), 'مکرون'), 0);
    assert.equal(count(doc.getText(), 'ماکرون'), count(before, 'ماکرون') + count(before, 'مکرون'));
    assert.equal(count(doc.getText(), 'امانوئل ماکرون'), count(before, 'امانوئل ماکرون'), 'the full name is kept');
    assert.equal(doc.getText().length, before.length + count(before, 'مکرون'), 'only the mentions changed');
    const after = await entitiesOf(doc, 'the view to follow the edit', (es) => named(es, 'ماکرون')?.spellings.some((s) => s.text === 'مکرون') === false);
    assert.notEqual(named(after, 'ماکرون')?.inconsistent, true);
    await revert();
  });

  test('«Add to names list» writes .dabir/names.txt with the entity\'s kind and spellings', async () => {
    const { doc } = await openArticle(FILE);
    const macron = named(await entitiesOf(doc, 'the entities'), 'ماکرون')!;
    await vscode.commands.executeCommand('dabir.entities.addToNamesList', { type: 'spelling', entity: macron, text: 'ماکرون', count: 2 });
    const file = workspaceFile('.dabir/names.txt').fsPath;
    const line = fs.readFileSync(file, 'utf8').split('\n').find((l) => l.includes('ماکرون'));
    assert.ok(line, `${file} does not list «ماکرون»`);
    // the chosen spelling first, then the variant
    assert.match(line, /^person:\s*ماکرون\s*\|\s*مکرون\s*$/);
    // the list now decides: «مکرون» is the variant, so the article's other spelling is the one flagged
    const entities = await entitiesOf(doc, 'the list to make «ماکرون» preferred', (es) => named(es, 'مکرون')?.name === 'ماکرون');
    assert.equal(named(entities, 'مکرون')?.inconsistent, true);
    emptyListFile('.dabir/names.txt');
  });

  test('«Not a name» is remembered in the workspace and the entity leaves the view', async () => {
    const { doc } = await openArticle(FILE);
    const paris = named(await entitiesOf(doc, 'the entities'), 'پاریس')!;
    await vscode.commands.executeCommand('dabir.entities.notAName', { type: 'entity', entity: paris });
    const file = workspaceFile('.dabir/not-names.txt').fsPath;
    assert.ok(fs.readFileSync(file, 'utf8').split('\n').includes('پاریس'), `${file} does not list «پاریس»`);
    await entitiesOf(doc, '«پاریس» to leave the view', (es) => es.length > 0 && !named(es, 'پاریس'));
    emptyListFile('.dabir/not-names.txt');
    await entitiesOf(doc, '«پاریس» to come back once the file is emptied', (es) => !!named(es, 'پاریس'));
  });

  test('«Copy name» puts the entity\'s name on the clipboard', async () => {
    const { doc } = await openArticle(FILE);
    const berlin = named(await entitiesOf(doc, 'the entities'), 'برلین')!;
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('dabir.entities.copyName', { type: 'entity', entity: berlin });
    assert.equal(await vscode.env.clipboard.readText(), berlin.name);
  });
});
