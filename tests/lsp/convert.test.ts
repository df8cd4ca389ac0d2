// The LSP host's pure parts on synthetic findings: conversion to diagnostics, code actions, the outline and settings.
// No process, no checks: these pin the plumbing independent of what the checks find.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CodeActionParams, Diagnostic, TextDocumentEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Entity, Finding } from '../../server/src/core';
import { codeActions, fixAllAction, kindRequested } from '../../server/src/lsp/codeActions';
import { diagnosticData, documentSymbols, toDiagnostic } from '../../server/src/lsp/convert';
import { MESSAGES, pickLanguage } from '../../server/src/lsp/messages';
import { analyzeOptions, parseSettings } from '../../server/src/lsp/settings';
import { FIX_ALL_KIND } from '../../server/src/protocol';

// CRLF line ends and an astral character before the findings: ranges must still be exact UTF-16 LSP positions.
const TEXT = 'سرخط 𝄞\r\nهیئت به مشکو رفت و در مسکو و مسکو ماند.\r\nدیدار دیدار کرد.';
const doc = TextDocument.create('file:///t.fa.txt', 'persian-news', 7, TEXT);
const spanOf = (s: string, from = 0) => {
  const start = TEXT.indexOf(s, from);
  assert.ok(start >= 0, s);
  return { start, end: start + s.length };
};
const textAt = (d: Diagnostic) => TEXT.slice(doc.offsetAt(d.range.start), doc.offsetAt(d.range.end));

const moscow: Entity = {
  key: 'مسکو',
  name: 'مسکو',
  kind: 'place',
  mentions: [
    { span: spanOf('مشکو'), text: 'مشکو' },
    { span: spanOf('مسکو'), text: 'مسکو' },
    { span: spanOf('مسکو', spanOf('مسکو').end), text: 'مسکو' },
  ],
  spellings: [{ text: 'مسکو', count: 2 }, { text: 'مشکو', count: 1 }],
};
const nameFinding: Finding = {
  check: 'name', code: 'name/inconsistent-spelling', severity: 'warning', span: spanOf('مشکو'),
  message: { fa: 'نام ناهمسان', en: 'inconsistent name' }, suggestions: ['مسکو'], entity: 'مسکو', safe: true,
};
const dupFinding: Finding = {
  check: 'duplicate', code: 'duplicate/repeated-word', severity: 'warning', span: { start: spanOf('دیدار دیدار').start + 5, end: spanOf('دیدار دیدار').end },
  message: { fa: 'تکرار', en: 'repeated' }, suggestions: [''], related: [{ span: spanOf('دیدار'), message: { fa: 'نخست', en: 'first copy' } }],
};
const manyFinding: Finding = {
  check: 'garbled', code: 'garbled/unknown-word', severity: 'error', span: spanOf('رفت'),
  message: { fa: 'ناشناخته', en: 'unknown' }, suggestions: ['ا', 'ب', 'پ', 'ت', 'ث', 'ج', 'چ'],
};
const analysis: Analysis = { findings: [nameFinding, manyFinding, dupFinding], entities: [moscow] };

const paramsFor = (d: Diagnostic, only?: string[]): CodeActionParams => ({
  textDocument: { uri: doc.uri }, range: d.range, context: { diagnostics: [d], only },
});
const change = (a: { edit?: { documentChanges?: unknown[] } }) => a.edit!.documentChanges![0] as TextDocumentEdit;

test('a finding becomes a diagnostic with exact UTF-16 ranges across CRLF and astral characters', () => {
  const d = toDiagnostic(doc, dupFinding, 'en');
  assert.equal(d.source, 'dabir');
  assert.equal(d.code, 'duplicate/repeated-word');
  assert.equal(d.message, 'repeated');
  assert.equal(d.range.start.line, 2);
  assert.equal(textAt(d), ' دیدار');
  assert.deepEqual(d.data, { suggestions: [''], version: 7 });
  assert.equal(d.relatedInformation?.[0].message, 'first copy');
  assert.equal(toDiagnostic(doc, dupFinding, 'fa').message, 'تکرار');
  assert.deepEqual(diagnosticData(toDiagnostic(doc, nameFinding, 'en')), { suggestions: ['مسکو'], version: 7, safe: true, entity: 'مسکو' });
  assert.equal(diagnosticData({ ...d, source: 'other' }), undefined);
  assert.equal(diagnosticData({ ...d, data: { suggestions: [1], version: 7 } }), undefined);
});

test('replacements: one per top suggestion (max five), the first preferred, each on its own range only', () => {
  const d = toDiagnostic(doc, manyFinding, 'en');
  const actions = codeActions(doc, paramsFor(d), analysis, MESSAGES.en);
  assert.equal(actions.length, 5);
  assert.deepEqual(actions.map((a) => a.isPreferred === true), [true, false, false, false, false]);
  actions.forEach((a, i) => {
    assert.equal(a.kind, 'quickfix');
    assert.deepEqual(change(a).textDocument, { uri: doc.uri, version: 7 });
    assert.deepEqual(change(a).edits, [{ range: d.range, newText: manyFinding.suggestions[i] }]);
  });
});

test('an empty suggestion removes the repeated copy', () => {
  const d = toDiagnostic(doc, dupFinding, 'en');
  const [a] = codeActions(doc, paramsFor(d), analysis, MESSAGES.en);
  assert.equal(a.title, 'Remove the repeated copy');
  assert.equal(TextDocument.applyEdits(doc, change(a).edits as never), TEXT.replace('دیدار دیدار', 'دیدار'));
});

test('a name diagnostic also offers one edit for every differently spelled mention', () => {
  // the article's only other spelling: «every mention» is the replacement itself, offered once
  const d = toDiagnostic(doc, nameFinding, 'fa');
  const single = codeActions(doc, paramsFor(d), analysis, MESSAGES.fa);
  assert.equal(single.length, 1);
  assert.equal(single[0].isPreferred, true);
  assert.equal(TextDocument.applyEdits(doc, change(single[0]).edits as never), TEXT.replace('مشکو', 'مسکو'));

  // two mentions spelled the other way: the replacement, and one edit for both
  const toMinority: Finding = { ...nameFinding, span: spanOf('مسکو'), suggestions: ['مشکو'] };
  const d2 = toDiagnostic(doc, toMinority, 'fa');
  const actions = codeActions(doc, paramsFor(d2), { ...analysis, findings: [toMinority] }, MESSAGES.fa);
  assert.equal(actions.length, 2);
  const everywhere = actions[1];
  assert.equal(everywhere.title, MESSAGES.fa.useEverywhere('مشکو', 2));
  assert.equal(change(everywhere).textDocument.version, 7);
  const fixed = TextDocument.applyEdits(doc, change(everywhere).edits as never);
  assert.equal(fixed, TEXT.replaceAll('مسکو', 'مشکو'));
});

test('a diagnostic computed for another version gets no action', () => {
  const d = toDiagnostic(TextDocument.create(doc.uri, 'persian-news', 6, TEXT), manyFinding, 'en');
  assert.deepEqual(codeActions(doc, paramsFor(d), analysis, MESSAGES.en), []);
});

test('fix-all applies safe first suggestions only, never two overlapping edits, and only when asked for', () => {
  const overlapping: Finding = { ...nameFinding, code: 'garbled/unknown-word', check: 'garbled', span: { start: nameFinding.span.start, end: nameFinding.span.end + 4 }, suggestions: ['X'] };
  const fix = fixAllAction(doc, [overlapping, nameFinding, manyFinding, dupFinding], MESSAGES.en)!;
  assert.equal(fix.kind, FIX_ALL_KIND);
  assert.equal(change(fix).textDocument.version, 7);
  // Both start at «مشکو»; the shorter edit is kept and the overlapping longer one dropped.
  assert.deepEqual(change(fix).edits.map((e) => 'newText' in e && e.newText), ['مسکو']);
  assert.equal(fixAllAction(doc, [manyFinding, dupFinding], MESSAGES.en), undefined);

  const d = toDiagnostic(doc, manyFinding, 'en');
  assert.ok(!codeActions(doc, paramsFor(d), analysis, MESSAGES.en).some((a) => a.kind === FIX_ALL_KIND));
  const source = codeActions(doc, paramsFor(d, ['source']), analysis, MESSAGES.en);
  assert.deepEqual(source.map((a) => a.kind), [FIX_ALL_KIND]);
  assert.ok(kindRequested(['source.fixAll'], FIX_ALL_KIND));
  assert.ok(!kindRequested(['source.organizeImports'], FIX_ALL_KIND));
  assert.ok(!kindRequested(['quick'], 'quickfix'));
});

test('the outline groups entities by kind; parents enclose their children', () => {
  const person: Entity = { key: 'p', name: 'دیدار', kind: 'person', mentions: [{ span: spanOf('دیدار'), text: 'دیدار' }], spellings: [{ text: 'دیدار', count: 1 }] };
  const symbols = documentSymbols(doc, [moscow, person], MESSAGES.en);
  assert.deepEqual(symbols.map((s) => s.name), ['People', 'Places']);
  const place = symbols[1].children![0];
  assert.equal(place.name, 'مسکو');
  assert.equal(place.detail, '3 mentions · مسکو (2)، مشکو (1)');
  assert.deepEqual(place.children!.map((c) => c.name), ['مشکو', 'مسکو', 'مسکو']);
  assert.deepEqual(place.selectionRange, place.children![0].range);
  assert.deepEqual(place.range.end, place.children![2].range.end);
  assert.deepEqual(symbols[0].range.start, person.mentions[0] && doc.positionAt(person.mentions[0].span.start));
  assert.deepEqual(documentSymbols(doc, [], MESSAGES.fa), []);
});

test('settings: defaults, validation with warnings, and the core options they give', () => {
  assert.deepEqual(parseSettings(undefined).warnings, []);
  const { settings, warnings } = parseSettings({
    enable: 'yes', debounceMs: -5, maxFileSizeKB: 64, language: 'en', userWords: ['تاد', 7, ' '],
    checks: { style: { enabled: false }, garbled: { severity: 'fatal' }, name: { severity: 'hint' }, duplicate: 'off' },
  });
  assert.equal(settings.enable, true);
  assert.equal(settings.debounceMs, 300);
  assert.equal(settings.maxFileSizeKB, 64);
  assert.equal(settings.language, 'en');
  assert.deepEqual(settings.userWords, ['تاد']);
  assert.equal(settings.checks.garbled.severity, 'default');
  assert.deepEqual(
    warnings.map((w) => w.split(':')[0]).sort(),
    ['dabir.checks.duplicate', 'dabir.checks.garbled.severity', 'dabir.debounceMs', 'dabir.enable', 'dabir.userWords', 'dabir.userWords'],
  );
  const options = analyzeOptions(settings, ['garbled']);
  assert.deepEqual([...options.disabled!].sort(), ['garbled', 'style']);
  assert.deepEqual(options.severity, { name: 'hint' });
  assert.deepEqual(parseSettings('nonsense').warnings.length, 1);
});

test('message language: Persian by default, English for an English UI or when asked', () => {
  assert.equal(pickLanguage('auto', undefined), 'fa');
  assert.equal(pickLanguage('auto', 'fa'), 'fa');
  assert.equal(pickLanguage('auto', 'en-GB'), 'en');
  assert.equal(pickLanguage('fa', 'en'), 'fa');
  assert.equal(pickLanguage('en', 'de'), 'en');
});

test('Persian quoted inside an English message is isolated, so its quotes and full stop stay put; Persian messages are untouched', () => {
  const finding: Finding = {
    ...manyFinding,
    message: { fa: 'نشانه‌های سرگردان در «اصول، حقو، س،». شاید «اصول حقوق»؟', en: 'Stray punctuation inside “اصول، حقو، س،”. Did you mean “اصول حقوق”?' },
  };
  assert.equal(toDiagnostic(doc, finding, 'en').message, 'Stray punctuation inside “\u2068اصول، حقو، س،\u2069”. Did you mean “\u2068اصول حقوق\u2069”?');
  assert.equal(toDiagnostic(doc, finding, 'fa').message, finding.message.fa);
  // a quoted phrase is one isolate even with a hyphen or Latin inside; unquoted Persian is isolated run by run
  const hyphen: Finding = { ...manyFinding, message: { fa: '', en: 'Stray punctuation inside “همکاری، و فنی-نظامی،”. See مسکو.' } };
  assert.equal(toDiagnostic(doc, hyphen, 'en').message, 'Stray punctuation inside “\u2068همکاری، و فنی-نظامی،\u2069”. See \u2068مسکو\u2069.');
});
