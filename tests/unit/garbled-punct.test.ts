// Marks, digits and spaces in the wrong place (garbled/punctuation.ts and the garbled check): a hyphen glued to a word at
// a line's end, an unpaired bracket that reads as a letter, a speck read as «۱», «و» glued to a number, a
// function word cut in two; hyphens in compounds, real brackets and counts are left alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../server/src/core/analyze';
import { findPunctuationDamage, softLineBreaks } from '../../server/src/core/garbled/punctuation';
import { Commonness, Lexicon, Tier } from '../../server/src/core/lexicon';
import { tokenize } from '../../server/src/core/text';

const damaged = (text: string) =>
  findPunctuationDamage(tokenize(text), new Set(), () => true).map((d) => [text.slice(d.start, d.end), d.suggestions[0]]);

test('a hyphen glued after a word at the end of a line is stray', () => {
  assert.deepEqual(damaged('او به خانه رفت-\nو برگشت'), [['-', '']]);
  assert.deepEqual(damaged('او به خانه رفت-'), [['-', '']]);
});

test('hyphens in compounds, ranges and list dashes are left alone', () => {
  assert.deepEqual(damaged('همکاری فنی-نظامی ادامه دارد'), []);
  assert.deepEqual(damaged('او به خانه - و نه مدرسه - رفت'), []);
  assert.deepEqual(damaged('موارد:\n- اول\n- دوم'), []);
});

test('an unpaired bracket or «#» glued to a word reads as a look-alike letter when that makes a common word', () => {
  const words = new Set(['زدن', 'دن', 'گامی', 'امی', 'نمازجمعه', 'او', 'را', 'به', 'رفت', 'کتاب']);
  const known = (w: string) => words.has(w);
  const common = (w: string) => words.has(w) && w !== 'دن' && w !== 'امی';
  const found = (text: string) => findPunctuationDamage(tokenize(text), new Set(), known, common).map((d) => [text.slice(d.start, d.end), d.suggestions[0]]);
  assert.deepEqual(found('او را (دن رفت'), [['(دن', 'زدن']]);
  assert.deepEqual(found('او #امی رفت'), [['#امی', 'گامی']]);
  assert.deepEqual(found('او به نما(جمعه رفت'), [['نما(جمعه', 'نمازجمعه']]);
  // paired, mirrored, or glued to a common word: a real bracket
  assert.deepEqual(found('او (زدن) رفت'), []);
  assert.deepEqual(found('او) را (رفت'), []);
  assert.deepEqual(found('او (کتاب رفت'), []);
});

test('a full stop glued between two words is a speck, unless a verb ends the sentence before it', () => {
  assert.deepEqual(damaged('او کت.اب خرید'), [['.', '']]);
  assert.deepEqual(damaged('او به خانه رفت.اما برگشت'), []);
});

test('a lone Persian «۱» or «۰» ending a line after a word is a speck; a Latin digit there ends a score line', () => {
  assert.deepEqual(damaged('او به خانه رفت ۱\nو برگشت'), [['۱', '']]);
  assert.deepEqual(damaged('استقلال تبریز 1\nانتهای پیام'), []);
  assert.deepEqual(damaged('او ۱۰\nسال ماند'), []);
  // right before a full stop set apart; a list number keeps its stop glued
  assert.deepEqual(damaged('برخورد انتقادی ۱ . دارند'), [['۱', '']]);
  assert.deepEqual(damaged('موارد:\n۱. اول'), []);
});

test('«و» glued to the number before it is split off; a lone «۱» before a preposition reads as «را»', () => {
  const lex = Lexicon.fromEntries([
    ...['او', 'دقیقه', 'امین', 'کتاب', 'خواند', 'نفر', 'آمد'].map((w) => [w, Tier.base, Commonness.common] as const),
    ...['و', 'در', 'از', 'را'].map((w) => [w, Tier.base, Commonness.function] as const),
  ]);
  const found = (text: string) =>
    createAnalyzer(lex)
      .analyze(text, { disabled: ['name', 'duplicate', 'style'] })
      .findings.map((f) => [f.code, text.slice(f.span.start, f.span.end), f.suggestions[0]]);
  assert.deepEqual(found('او در دقیقه ۳۱و امین آمد'), [['garbled/merged-words', '۳۱و', '۳۱ و']]);
  assert.deepEqual(found('او کتاب ۱ از او خواند'), [['garbled/unknown-word', '۱', 'را']]);
  // a count before what it counts
  assert.deepEqual(found('او ۱ نفر آمد'), []);
});

test('a function word cut in two, one half a short word that is no function word, is a hint', () => {
  const lex = Lexicon.fromEntries([
    ...['او', 'رفت', 'باران', 'بود', 'زی'].map((w) => [w, Tier.base, Commonness.common] as const),
    ...['زیرا', 'را', 'و'].map((w) => [w, Tier.base, Commonness.function] as const),
  ]);
  const found = (text: string) =>
    createAnalyzer(lex)
      .analyze(text, { disabled: ['name', 'duplicate', 'style'] })
      .findings.map((f) => [f.severity, text.slice(f.span.start, f.span.end), f.suggestions[0]]);
  assert.deepEqual(found('او رفت زی را باران بود'), [['hint', 'زی را', 'زیرا']]);
  assert.deepEqual(found('او باران را بود'), []);
});

test('in text wrapped at the page\'s lines a line break is a space: a full stop before one after a non-verb is read as «،»', () => {
  // (every word known; only verbs may end a sentence)
  const knows = () => true;
  const wrapped = 'مردم در شهرهای بزرگ و کوچک.\nروستاهای دور از مرکز و مناطق\nمرزی کشور در این طرح شرکت\nکردند و نتایج را دیدند.';
  const breaks = softLineBreaks(tokenize(wrapped), wrapped);
  assert.equal(breaks.size, 3);
  const found = findPunctuationDamage(tokenize(wrapped), new Set(), knows, knows, wrapped);
  assert.deepEqual(found.map((d) => [wrapped.slice(d.start, d.end), d.suggestions[0]]), [['.', '،']]);
  // lines that end their sentences, and paragraphs apart, are real breaks: the same stop is left alone
  const lines = 'مردم در شهرهای بزرگ و کوچک.\nروستاها شرکت کردند.\nمناطق مرزی شرکت کردند.\nنتایج را دیدند.';
  assert.equal(softLineBreaks(tokenize(lines), lines).size, 0);
  assert.deepEqual(findPunctuationDamage(tokenize(lines), new Set(), knows, knows, lines), []);
  const paragraphs = wrapped.replaceAll('\n', '\n\n');
  assert.equal(softLineBreaks(tokenize(paragraphs), paragraphs).size, 0);
});

test('in a text that lost its commas, a full stop after a verb running text often follows with «،» is a misread «،»', () => {
  const knows = () => true;
  // as the context model would say: «می‌خوانند» is followed by «،» more often than by «.», «کرد» by «.»
  const odds: Record<string, number> = { 'می\u200cخوانند': 2.5, کرد: -2.5 };
  const marks = { logOdds: (w: string, a: string, b: string) => (a === '،' && b === '.' ? odds[w] : undefined), commaRate: 0.03, stopRate: 0.03 };
  // sixty words, no «،» at all: about two commas missing
  const filler = 'مردم شهر کار خود را به خوبی انجام دادند و همه راضی بودند ';
  const noCommas = `${filler.repeat(4)}وقتی بندگان او را می\u200cخوانند. دعای آنها را استجابت می\u200cکند. او آن روز کار کرد. دیگران هم آمدند.`;
  const found = (text: string, evidence: typeof marks | undefined) =>
    findPunctuationDamage(tokenize(text), new Set(), knows, knows, text, evidence).map((d) => [text.slice(d.start - 9, d.end), d.suggestions[0]]);
  assert.deepEqual(found(noCommas, marks), [['می\u200cخوانند.', '،']]);
  // the same text with its commas: its full stops are full stops
  assert.deepEqual(found(noCommas.replaceAll('انجام دادند و', 'انجام دادند، و'), marks), []);
  // and without the context model's evidence a full stop after a verb is never read as a comma
  assert.deepEqual(found(noCommas, undefined), []);
});
