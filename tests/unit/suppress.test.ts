// Inline disable markers and "ignore here" keys (server/src/core/suppress.ts), alone and through the analyzer.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createAnalyzer } from '../../server/src/core/analyze';
import { Lexicon } from '../../server/src/core/lexicon';
import { dropNotNames, findMarkers, ignoreKey, silencedRegions, suppressFindings } from '../../server/src/core/suppress';
import type { Entity, Finding } from '../../server/src/core/types';

/** A fake finding on the first occurrence of `word` (after `from`). */
function finding(text: string, word: string, code = 'garbled/unknown-word', from = 0): Finding {
  const start = text.indexOf(word, from);
  assert.ok(start >= 0, word);
  return {
    check: code.split('/')[0] as Finding['check'],
    code,
    severity: 'warning',
    span: { start, end: start + word.length },
    message: { fa: '', en: '' },
    suggestions: [],
  };
}

const kept = (text: string, fs: Finding[], keys?: string[]) =>
  suppressFindings(text, fs, { ignoreKeys: keys }).map((f) => text.slice(f.span.start, f.span.end));

describe('inline markers', () => {
  test('are found in Markdown comments and as bare plain-text lines, with their selectors', () => {
    const text = 'الف\n<!-- dabir-disable-next-line garbled name/inconsistent-spelling -->\nب\ndabir-disable\nج\n  dabir-enable  \nنه dabir-disable وسط سطر';
    const markers = findMarkers(text);
    assert.deepEqual(markers.map((m) => [m.kind, m.selectors]), [
      ['disable-next-line', ['garbled', 'name/inconsistent-spelling']],
      ['disable', []],
      ['enable', []],
    ]);
    assert.equal(text.slice(markers[0].span.start, markers[0].span.end), '<!-- dabir-disable-next-line garbled name/inconsistent-spelling -->');
  });

  test('disable-next-line silences the next line with text, even after a blank line, and only that line', () => {
    const text = 'مشکو یک\n<!-- dabir-disable-next-line -->\n\nمشکو دو\nمشکو سه';
    const fs = [finding(text, 'مشکو یک'), finding(text, 'مشکو دو'), finding(text, 'مشکو سه')];
    assert.deepEqual(kept(text, fs), ['مشکو یک', 'مشکو سه']);
  });

  test('disable-line silences its own line', () => {
    const text = 'مشکو یک <!-- dabir-disable-line -->\nمشکو دو';
    assert.deepEqual(kept(text, [finding(text, 'مشکو یک'), finding(text, 'مشکو دو')]), ['مشکو دو']);
  });

  test('a disable/enable block silences what lies between, for the selected checks only', () => {
    const text = 'الف مشکو\n<!-- dabir-disable garbled -->\nب مشکو تکرار\n<!-- dabir-enable garbled -->\nج مشکو';
    const fs = [
      finding(text, 'الف مشکو'),
      finding(text, 'ب مشکو'),
      finding(text, 'تکرار', 'duplicate/repeated-word'),
      finding(text, 'ج مشکو'),
    ];
    assert.deepEqual(kept(text, fs), ['الف مشکو', 'تکرار', 'ج مشکو']);
  });

  test('an unclosed block runs to the end; a bare enable closes every block', () => {
    const text = 'dabir-disable name\ndabir-disable garbled\nیک\ndabir-enable\nدو\ndabir-disable\nسه';
    const regions = silencedRegions(text);
    const at = (w: string) => regions.filter((r) => text.indexOf(w) >= r.start && text.indexOf(w) < r.end).map((r) => r.selectors.join()).sort();
    assert.deepEqual(at('یک'), ['garbled', 'name']);
    assert.deepEqual(at('دو'), []);
    assert.deepEqual(at('سه'), ['']);
  });

  test('text without markers is untouched', () => {
    const text = 'متن بدون نشانه disable';
    assert.deepEqual(findMarkers(text), []);
    assert.deepEqual(kept(text, [finding(text, 'متن')]), ['متن']);
  });
});

describe('ignore keys', () => {
  test('name the code, the words and their neighbours, normalised', () => {
    const text = 'هیئت روسیه در مشکو، با مقامات دیدار کرد.';
    assert.equal(ignoreKey(text, finding(text, 'مشکو')), 'garbled/unknown-word|در|مشکو|با');
    // Arabic letter forms and ZWNJ variants give the same key
    const arabic = 'هيئت روسيه در مشکو، با مقامات';
    assert.equal(ignoreKey(arabic, finding(arabic, 'مشکو')), 'garbled/unknown-word|در|مشکو|با');
    // at the edges of the text
    assert.equal(ignoreKey('مشکو', finding('مشکو', 'مشکو')), 'garbled/unknown-word||مشکو|');
  });

  test('survive edits elsewhere and die with a change of the neighbouring words', () => {
    const text = 'هیئت در مشکو با مقامات دیدار کرد. سپس در مشکو با دیگران.';
    const key = ignoreKey(text, finding(text, 'مشکو'));
    const edited = 'خبر تازه. ' + text;
    assert.deepEqual(kept(edited, [finding(edited, 'مشکو')], [key]), []);
    // the same word with the same neighbours elsewhere is the same finding (ignored too); other neighbours are not
    const other = 'هیئت در مشکو ماند.';
    assert.deepEqual(kept(other, [finding(other, 'مشکو')], [key]), ['مشکو']);
    // a different code on the same words is not ignored
    assert.deepEqual(kept(text, [finding(text, 'مشکو', 'style/arabic-letter')], [key]), ['مشکو']);
  });

  test('a long stretch without spaces around the finding gives a stable key', () => {
    const filler = 'ا'.repeat(200);
    const text = `${filler} مشکو ${filler}`;
    const key = ignoreKey(text, finding(text, 'مشکو'));
    assert.equal(key.split('|')[2], 'مشکو');
  });
});

describe('through the analyzer', () => {
  const analyzer = createAnalyzer(Lexicon.fromWords(['آنها', 'دیدار', 'کردند', 'و', 'گفتگو', 'سپس', 'رفتند']));

  test('markers and ignore keys silence real findings; the CLI and the server share this path', () => {
    const text = 'آنها دیدار دیدار کردند.\n<!-- dabir-disable-next-line duplicate -->\nآنها گفتگو گفتگو کردند.\nسپس رفتند رفتند.';
    const all = analyzer.analyze(text, {}).findings.filter((f) => f.check === 'duplicate');
    const words = all.map((f) => text.slice(f.span.start, f.span.end).trim());
    assert.deepEqual(words, ['دیدار', 'رفتند']);
    const key = ignoreKey(text, all[1]);
    const left = analyzer.analyze(text, { ignoreKeys: [key] }).findings.filter((f) => f.check === 'duplicate');
    assert.deepEqual(left.map((f) => text.slice(f.span.start, f.span.end).trim()), ['دیدار']);
  });
});

describe('not a name', () => {
  test('drops the entity (by any spelling) and its name findings, keeping the rest', () => {
    const entity = (key: string, name: string, spellings: string[]): Entity => ({
      key, name, kind: 'person', mentions: [], spellings: spellings.map((text) => ({ text, count: 1 })),
    });
    const entities = [entity('a', 'گراسیموف', ['گراسیموف', 'گراسیمف']), entity('b', 'باکو', ['باکو'])];
    const nameFinding = { ...finding('گراسیمف', 'گراسیمف', 'name/inconsistent-spelling'), entity: 'a' };
    const other = finding('مشکو', 'مشکو');
    const out = dropNotNames(entities, [nameFinding, other], ['گراسيمف']);
    assert.deepEqual(out.entities.map((e) => e.key), ['b']);
    assert.deepEqual(out.findings, [other]);
  });
});
