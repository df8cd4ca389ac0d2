// Each kind of quick-fix applies and changes exactly the right text (the rest of the document is untouched).
import * as assert from 'node:assert/strict';
import { setup, suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { activateDabir, applyExactly, codeOf, count, dabirDiagnostics, editsOf, findDiagnostic, openArticle, quickFixesFor, revert, until } from './helpers';

/** The preferred quick-fix of the diagnostic of `code` on `text`, applied; returns the text before and after. */
async function applyPreferred(file: string, code: string, text: string, expectedReplacement: string) {
  const { doc, diagnostics } = await openArticle(file);
  const d = findDiagnostic(doc, diagnostics, code, text);
  const fixes = await quickFixesFor(doc, d);
  const preferred = fixes.find((a) => a.isPreferred);
  assert.ok(preferred, `no preferred fix for «${text}»: ${fixes.map((a) => a.title).join(', ')}`);
  const [edit] = editsOf(preferred, doc);
  assert.equal(edit.newText, expectedReplacement);
  const before = doc.getText();
  const after = await applyExactly(doc, preferred);
  return { doc, before, after };
}

suite('quick-fixes', () => {
  suiteSetup(activateDabir);
  setup(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));
  teardown(revert);

  test('garbled name: wrong dots «مشکو» → «مسکو» (one finding, the name check\'s)', async () => {
    const { before, after } = await applyPreferred('seed.txt', 'name/', 'مشکو', 'مسکو');
    assert.ok(after.includes('مسکو و باکو همکاری'));
    assert.equal(count(after, 'مشکو'), count(before, 'مشکو') - 1);
  });

  test('garbled word: merged «نیوزبه» → «نیوز به»', async () => {
    const { after } = await applyPreferred('seed.txt', 'garbled/', 'نیوزبه', 'نیوز به');
    assert.ok(after.includes('آران نیوز به نقل از'));
  });

  test('garbled phrase: stray «،» in «آموزش، های، نظامی،» → «آموزش‌های نظامی»', async () => {
    const { doc, diagnostics } = await openArticle('seed.txt');
    const d = diagnostics.find((x) => codeOf(x).startsWith('garbled/') && doc.getText(x.range).startsWith('آموزش،'));
    assert.ok(d);
    const preferred = (await quickFixesFor(doc, d)).find((a) => a.isPreferred);
    assert.ok(preferred);
    const after = await applyExactly(doc, preferred);
    assert.ok(after.includes('در زمینه آموزش\u200cهای نظامی'), 'the phrase is not joined with a half-space');
  });

  test('name: «use X for every mention» rewrites every other spelling and nothing else', async () => {
    const { doc, diagnostics } = await openArticle('paris.fa.txt');
    const d = diagnostics.find((x) => codeOf(x).startsWith('name/'));
    assert.ok(d, 'no name diagnostic');
    const fixes = await quickFixesFor(doc, d);
    // the fix that respells the name (with one other spelling in the article, «use X for every mention» is the
    // same edit as the replacement, and the two are merged); the probable-name hint's word suggestions are not it
    const spellings = new Set(['ماکرون', 'مکرون']);
    const everywhere = fixes
      .filter((a) => a.edit && editsOf(a, doc).length > 0 && editsOf(a, doc).every((e) => spellings.has(e.newText)))
      .sort((a, b) => editsOf(b, doc).length - editsOf(a, doc).length)[0];
    assert.ok(everywhere, `no "every mention" fix: ${fixes.map((a) => a.title).join(', ')}`);
    const edits = editsOf(everywhere, doc);
    const target = edits[0].newText;
    for (const e of edits) {
      assert.equal(e.newText, target);
      assert.match(doc.getText(e.range), /^م(ا)?کرون$/, 'an edit touches something that is not a mention');
    }
    const after = await applyExactly(doc, everywhere);
    const other = target === 'ماکرون' ? 'مکرون' : 'ماکرون';
    assert.equal(count(after, other), 0, `«${other}» is still there`);
  });

  test('duplicate: the repeated «دیدار» is removed, one copy stays', async () => {
    const { doc, diagnostics } = await openArticle('seed.txt');
    const d = diagnostics.find((x) => codeOf(x).startsWith('duplicate/') && doc.getText(x.range).trim() === 'دیدار');
    assert.ok(d);
    const preferred = (await quickFixesFor(doc, d)).find((a) => a.isPreferred);
    assert.ok(preferred);
    const after = await applyExactly(doc, preferred);
    assert.ok(after.includes('جهت دیدار و گفتگو'), 'the sentence does not read «جهت دیدار و گفتگو»');
    assert.ok(!after.includes('دیدار دیدار'));
  });

  test('style: the half-space is inserted in «جاده های»', async () => {
    const { after } = await applyPreferred('tehran.txt', 'style/', 'جاده های', 'جاده\u200cهای');
    assert.ok(after.includes('در جاده\u200cهای کوهستانی'));
  });

  test('a fixed word is no longer flagged', async () => {
    const { doc } = await applyPreferred('tehran.txt', 'garbled/', 'احتیاظ', 'احتیاط');
    await until('the diagnostic of «احتیاظ» to go', () =>
      dabirDiagnostics(doc.uri).some((x) => doc.getText(x.range).includes('احتیا')) ? undefined : true);
  });
});
