// The persian-news TextMate grammar, run through the same engine VS Code uses (vscode-textmate + vscode-oniguruma).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = path.join(__dirname, '..', '..');
const GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'persian-news.tmLanguage.json');
const SCOPE = 'text.persian-news';

let grammar: textmate.IGrammar;

before(async () => {
  const wasm = readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope) => (scope === SCOPE ? textmate.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null),
  });
  const g = await registry.loadGrammar(SCOPE);
  assert.ok(g, 'grammar loads');
  grammar = g;
});

interface Tok { text: string; scopes: string[] }

/** Tokenises a document line by line, carrying the rule stack as VS Code does. */
function tokenize(text: string): Tok[][] {
  let state = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The text of every token on the line(s) carrying a scope that starts with `prefix`, joined per run. */
function scoped(lines: Tok[][], prefix: string): string[] {
  const out: string[] = [];
  for (const line of lines) {
    let run = '';
    for (const t of line) {
      if (t.scopes.some((s) => s.startsWith(prefix))) run += t.text;
      else if (run) { out.push(run); run = ''; }
    }
    if (run) out.push(run);
  }
  return out;
}

test('the grammar file is valid JSON and the manifest points at it', () => {
  const json = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8'));
  assert.equal(json.scopeName, SCOPE);
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const entry = pkg.contributes.grammars.find((g: { scopeName: string }) => g.scopeName === SCOPE);
  assert.equal(path.join(ROOT, entry.path), GRAMMAR_PATH);
  assert.ok(pkg.contributes.languages.some((l: { id: string }) => l.id === entry.language));
});

test('every regex of the grammar compiles in Oniguruma', () => {
  const json = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8'));
  const regexes: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if ((k === 'match' || k === 'begin' || k === 'end') && typeof v === 'string') regexes.push(v);
        else walk(v);
      }
    }
  };
  walk(json.repository);
  assert.ok(regexes.length >= 10);
  for (const re of regexes) assert.doesNotThrow(() => new oniguruma.OnigScanner([re]).dispose(), re);
});

test('the headline is the first non-empty line, and only that line', () => {
  const lines = tokenize(' \n\nمذاکره مقامات نظامی روسیه درباره قره باغ\n\nهیئت نظامی روسیه به باکو رفت.');
  assert.deepEqual(scoped(lines, 'markup.heading'), ['مذاکره مقامات نظامی روسیه درباره قره باغ']);
});

test('quotations in guillemets and double quotes', () => {
  const lines = tokenize('عنوان\nوی گفت: «ما آماده‌ایم» و سپس "دوباره" تکرار کرد.');
  assert.deepEqual(scoped(lines, 'string.quoted.other.guillemets'), ['«ما آماده‌ایم»']);
  assert.deepEqual(scoped(lines, 'string.quoted.double'), ['"دوباره"']);
});

test('dates and numbers in Persian and ASCII digits', () => {
  const lines = tokenize('عنوان\nدر تاریخ ۱۴۰۲/۰۵/۱۲ و 10 ژوئیه، ۲۵ درصد یعنی ۳٫۵ میلیون نفر، ۵ میلیون نیز.');
  assert.deepEqual(scoped(lines, 'constant.numeric.date'), ['۱۴۰۲/۰۵/۱۲', '10 ژوئیه']);
  // «۵ میلیون» is a number, not the month «می».
  assert.deepEqual(scoped(lines, 'constant.numeric.persian-news'), ['۲۵', '۳٫۵', '۵']);
});

test('attributions: the phrase, its source, and verbs of claim', () => {
  const lines = tokenize(
    'عنوان\nبه گزارش خبرگزاری ایرنا به نقل از رویترز، وزیر ادعا کرد که آماده است و افزود که بر صلح تأکید کرده است. به گفتهٔ او این راه طولانی و دشوار خواهد بود.',
  );
  assert.deepEqual(scoped(lines, 'keyword.other.attribution.persian-news'), ['به گزارش', 'به نقل از', 'به گفتهٔ']);
  // A source is taken only when a comma or another attribution closes it within a few words.
  assert.deepEqual(scoped(lines, 'entity.name.source'), ['خبرگزاری ایرنا', 'رویترز']);
  assert.deepEqual(scoped(lines, 'keyword.other.attribution.verb'), ['ادعا کرد', 'افزود', 'تأکید کرده است']);
});

test('Latin words', () => {
  const lines = tokenize('عنوان\nسازمان NATO و شرکت Open-AI اعلام کردند.');
  assert.deepEqual(scoped(lines, 'variable.other.latin'), ['NATO', 'Open-AI']);
});

test('the seed article: its headline, attribution and date', () => {
  const lines = tokenize(readFileSync(path.join(ROOT, 'seeds', '000_909a3f8488f71ad3.txt'), 'utf8').replace(/\r\n?/g, '\n'));
  assert.deepEqual(scoped(lines, 'markup.heading'), ['مذاکره مقامات بلندپایه نظامی روسیه و جمهوری آذربایجان درباره مناقشه قره باغ']);
  assert.ok(scoped(lines, 'keyword.other.attribution.persian-news').includes('به گزارش'));
  assert.ok(scoped(lines, 'constant.numeric.date').includes('10 ژوئیه'));
});

test('half-spaces and bidi controls get their own scopes, also inside quotations and the headline', () => {
  const lines = tokenize('عنوان\u200cها\nمی\u200cرود و «نشست\u200cها» \u200fاینجا\u202bآنجا\u202c');
  assert.deepEqual(scoped(lines, 'constant.character.zwnj'), ['\u200c', '\u200c', '\u200c']);
  assert.deepEqual(scoped(lines, 'invalid.deprecated.bidi-control'), ['\u200f', '\u202b', '\u202c']);
});

test('Markdown headings in a .fa.md article', () => {
  const lines = tokenize('عنوان اصلی\n\n## بخش دوم در ۱۰ ژوئیه\nمتن.');
  assert.deepEqual(scoped(lines, 'markup.heading.section'), ['بخش دوم در ۱۰ ژوئیه']);
  assert.deepEqual(scoped(lines, 'constant.numeric.date'), ['۱۰ ژوئیه']);
});
