// Acceptance on the seed article (issue 2): each kind of damage is found and its first suggestion repairs it;
// nothing else is flagged above hint level; the article's cast is listed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { runJson, SEED, textAt, type JsonDiagnostic } from '../helpers/cli';

const text = readFileSync(SEED, 'utf8');
const { files } = runJson([SEED]);
const diagnostics = files[0].diagnostics;

function offsetOf(range: JsonDiagnostic['range']['start']): number {
  const lines = text.split('\n');
  let off = 0;
  for (let i = 0; i < range.line; i++) off += lines[i].length + 1;
  return off + range.character;
}

/** All places where `region` occurs; for each, the findings of `prefix` (or with a reason of it) overlapping `word` inside it. */
function expectFix(prefix: string, region: string, word: string, repaired: string, times = 1) {
  let from = 0;
  let seen = 0;
  for (;;) {
    const at = text.indexOf(region, from);
    if (at < 0) break;
    from = at + region.length;
    seen++;
    const wStart = at + region.indexOf(word);
    const wEnd = wStart + word.length;
    const hits = diagnostics.filter((d) => {
      const s = offsetOf(d.range.start);
      const e = offsetOf(d.range.end);
      return [d.code, ...(d.also ?? [])].some((c) => c.startsWith(prefix)) && s < wEnd && wStart < e && s >= at && e <= at + region.length;
    });
    assert.ok(hits.length > 0, `no ${prefix} finding on «${word}» in «${region}»`);
    const fixed = hits.some((d) => {
      const s = offsetOf(d.range.start);
      const e = offsetOf(d.range.end);
      const after = text.slice(at, s) + d.suggestions[0] + text.slice(e, at + region.length);
      return after.includes(repaired);
    });
    assert.ok(fixed, `«${word}»: first suggestion(s) ${JSON.stringify(hits.map((h) => h.suggestions.slice(0, 3)))} do not give «${repaired}»`);
  }
  assert.equal(seen, times, `«${region}» expected ${times} time(s) in the seed`);
}

test('garbled words are found and fixed', () => {
  expectFix('garbled/', 'مشکو و باکو', 'مشکو', 'مسکو و باکو');
  expectFix('garbled/', 'مسائل، دوحانبه نیز', 'دوحانبه', 'دوجانبه');
  expectFix('garbled/', 'تاکند کرد', 'تاکند', 'تأکید کرد', 2);
  expectFix('garbled/', 'ژنرال والرئ گراسیموف', 'والرئ', 'والری گراسیموف', 2);
  expectFix('garbled/', 'آران نیوزبه نقل', 'نیوزبه', 'نیوز به نقل');
});

test('one mistake is one finding: «مشکو» is a garbled word and a minority spelling of «مسکو», reported once with both reasons', () => {
  const at = diagnostics.filter((d) => textAt(text, d.range) === 'مشکو');
  assert.equal(at.length, 1, JSON.stringify(at.map((d) => d.code)));
  const [d] = at;
  assert.match(d.code, /^name\//);
  assert.ok(d.also?.some((c) => c.startsWith('garbled/')), `also: ${JSON.stringify(d.also)}`);
  assert.equal(d.severity, 'error', 'the graver severity of the two');
  assert.equal(d.suggestions[0], 'مسکو');
  assert.equal(new Set(d.suggestions).size, d.suggestions.length, 'each replacement once');
});

test('stray commas glued into phrases are found and fixed', () => {
  expectFix('garbled/', 'اصول، حقو، س، المللا، تاکند', 'حقو، س، المللا،', 'حقوق بین‌المللی');
  expectFix('garbled/', 'زمینه آموزش، های، نظامی، بحث', 'آموزش، های، نظامی،', 'زمینه آموزش‌های نظامی بحث');
  expectFix('garbled/', 'همکاری، نظامی، و فنی-نظامی، تاکند', 'همکاری، نظامی، و فنی-نظامی،', 'همکاری نظامی و فنی-نظامی');
});

test('the repeated word is found and removed cleanly', () => {
  expectFix('duplicate/', 'جهت دیدار دیدار و گفتگو', 'دیدار دیدار', 'جهت دیدار و گفتگو');
});

test('nothing else is flagged above hint level by the garbled check', () => {
  const damaged = ['مشکو', 'دوحانبه', 'تاکند', 'والرئ', 'نیوزبه', 'حقو', 'المللا', 'آموزش،', 'همکاری،'];
  for (const d of diagnostics) {
    if (!d.code.startsWith('garbled/') || d.severity === 'hint') continue;
    const written = textAt(text, d.range);
    assert.ok(damaged.some((w) => written.includes(w) || w.includes(written)), `false alarm on «${written}» (${d.code})`);
  }
});

test('recognised names are not reported as garbled above hint level', () => {
  for (const d of diagnostics) {
    const written = textAt(text, d.range);
    if (/صدیقوف|گراسیموف|^تاد$/.test(written) && d.code.startsWith('garbled/')) assert.equal(d.severity, 'hint', written);
  }
});

test('the entities include the article cast', () => {
  const names = files[0].entities.map((e) => e.name.replace(/\u200c/g, ' '));
  const mentions = files[0].entities.flatMap((e) => e.mentions.map((m) => m.text.replace(/\u200c/g, ' ')));
  for (const expected of ['روسیه', 'جمهوری آذربایجان', 'باکو', 'مسکو', 'ناتو', 'قره باغ', 'نجم الدین صدیقوف', 'گراسیموف', 'تاد والترز', 'الهام علی اف', 'ایالات متحده', 'افغانستان']) {
    assert.ok(
      names.some((n) => n === expected || n.endsWith(' ' + expected)) || mentions.includes(expected),
      `entity «${expected}» missing; have ${JSON.stringify(names)}`,
    );
  }
  const kindOf = (n: string) => files[0].entities.find((e) => e.name.replace(/\u200c/g, ' ').includes(n))?.kind;
  assert.equal(kindOf('صدیقوف'), 'person');
  assert.equal(kindOf('باکو'), 'place');
  assert.equal(kindOf('ناتو'), 'organization');
});
