// Diagnostics of each kind appear on the seed article and on our own articles, each on exactly the damaged text.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateDabir, codeOf, findDiagnostic, openArticle } from './helpers';

suite('diagnostics', () => {
  suiteSetup(activateDabir);

  test('the seed article has findings of every kind', async () => {
    const { diagnostics } = await openArticle('seed.txt');
    const kinds = new Set(diagnostics.map((d) => codeOf(d).split('/')[0]));
    for (const kind of ['garbled', 'name', 'duplicate', 'style']) assert.ok(kinds.has(kind), `no ${kind}/… diagnostic on the seed`);
  });

  test('each kind of damage in the seed is flagged on exactly its text', async () => {
    const { doc, diagnostics } = await openArticle('seed.txt');
    // «مشکو»: wrong dots for «مسکو», and so the city spelled two ways. One mistake, one finding: the name's code,
    // the garbled check's severity, both messages.
    const moscow = findDiagnostic(doc, diagnostics, 'name/', 'مشکو');
    assert.equal(moscow.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(!diagnostics.some((d) => d !== moscow && moscow.range.contains(d.range)), 'a second finding on «مشکو»');
    findDiagnostic(doc, diagnostics, 'garbled/', 'دوحانبه'); // wrong dots: دوجانبه
    findDiagnostic(doc, diagnostics, 'garbled/', 'نیوزبه'); // merged words
    const stray = diagnostics.find((d) => codeOf(d).startsWith('garbled/') && doc.getText(d.range).startsWith('آموزش،'));
    assert.ok(stray, 'the stray «،» of «آموزش، های، نظامی،» is not flagged');
    findDiagnostic(doc, diagnostics, 'style/', 'سال های'); // lost half-space
    const dup = diagnostics.find((d) => codeOf(d).startsWith('duplicate/') && doc.getText(d.range).trim() === 'دیدار');
    assert.ok(dup, 'the repeated «دیدار دیدار» is not flagged');
  });

  test('our own articles: dot errors, a repeated word, a name spelled two ways, half-spaces', async () => {
    const tehran = await openArticle('tehran.txt');
    findDiagnostic(tehran.doc, tehran.diagnostics, 'garbled/', 'کارسناسان');
    findDiagnostic(tehran.doc, tehran.diagnostics, 'garbled/', 'احتیاظ');
    findDiagnostic(tehran.doc, tehran.diagnostics, 'style/', 'جاده های');
    assert.ok(tehran.diagnostics.some((d) => codeOf(d).startsWith('duplicate/') && tehran.doc.getText(d.range).trim() === 'باز'));

    const paris = await openArticle('paris.fa.txt');
    assert.equal(paris.doc.languageId, 'persian-news', '.fa.txt files get the persian-news language');
    const names = paris.diagnostics.filter((d) => codeOf(d).startsWith('name/'));
    assert.ok(names.length > 0, 'no name/… diagnostic for «ماکرون» / «مکرون»');
    for (const d of names) assert.match(paris.doc.getText(d.range), /^م(ا)?کرون$/);
    findDiagnostic(paris.doc, paris.diagnostics, 'style/', 'می کند');
  });

  test('document symbols list the article\'s names (the Outline)', async () => {
    const { doc } = await openArticle('seed.txt');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const names = (symbols ?? []).flatMap(function flat(s): string[] {
      return [s.name, ...(s.children ?? []).flatMap(flat)];
    });
    for (const name of ['باکو', 'روسیه', 'ناتو']) {
      assert.ok(names.some((n) => n.includes(name)), `the outline lacks «${name}»: ${names.join(' | ')}`);
    }
  });
});
