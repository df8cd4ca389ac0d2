// Spoken (colloquial) spellings that news text meets in reported speech, interviews and fiction: a word
// written as it is said is no damaged word, so the garbled check reports it as a hint at most. Each rule
// reads the word back to its written form, which must be a word the lexicon knows.
import { isVerbForm } from './verbs';
import { ZWNJ } from '../persian';

/** Pronoun clitics that informal writing joins solid (مربیش for مربی‌اش، دیدمش). */
const SOLID_CLITICS = ['شان', 'تان', 'مان', 'ش', 'ت', 'م'];

/**
 * The written form a colloquial spelling stands for, or undefined when the word reads as no spoken form:
 * - «ان» said «ون» before a consonant (مونده → مانده، تونسته → توانسته، خونه → خانه);
 * - the verb ending «ین» for «ید» (کردین → کردید، رفتین → رفتید);
 * - «است» said «ه» after «ی» (مشکلیه → مشکلی است);
 * - a clitic joined to a finite verb or to a word ending in «ی» (دیدمش، مربیش، قهرمانیش).
 * `isWord` says whether a form is a word in use (a rare look-alike is no evidence).
 */
export function colloquialStandard(word: string, isWord: (w: string) => boolean): string | undefined {
  for (let i = word.indexOf('ون'); i > 0; i = word.indexOf('ون', i + 1)) {
    for (const vowel of ['ان', 'وان']) {
      const written = word.slice(0, i) + vowel + word.slice(i + 2);
      if (isWord(written)) return written;
    }
  }
  if (word.endsWith('ین') && word.length > 3) {
    const written = `${word.slice(0, -2)}ید`;
    if (isVerbForm(written) && isWord(written)) return written;
  }
  // (not after a verb in «ی»: خواهیه is a damaged خواهید)
  const beforeCopula = word.slice(0, -1);
  if (word.endsWith('یه') && word.length > 4 && isWord(beforeCopula) && !isVerbForm(beforeCopula)) return `${beforeCopula} است`;
  for (const clitic of SOLID_CLITICS) {
    const stem = word.slice(0, -clitic.length);
    if (!word.endsWith(clitic) || stem.length < 4 || !isWord(stem)) continue;
    // (a verb takes its object clitic solid in standard writing too: دیدمش)
    if (isVerbForm(stem) && !/[نه]$/.test(stem)) return word;
    // (after a noun in «ی» only the third person is said so: مربیش، روبرویش)
    if (stem.endsWith('ی') && clitic.startsWith('ش')) return `${stem}${ZWNJ}${clitic.length === 1 ? 'ا' : ''}${clitic}`;
  }
  return undefined;
}
