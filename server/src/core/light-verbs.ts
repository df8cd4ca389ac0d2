// Light verbs: the verbs that make a compound verb with the noun before them («اعلام کرد», «انجام شد»).
// Two checks ask whether the next word is one, and a wrong yes costs them differently, so each takes its
// own set from this one module:
// - the entity recogniser (`lightVerbForms`) takes every inflection, bare stems that are also everyday
//   nouns included («زن», «ده», «ساز»): a name never runs into a verb, and a missed name start costs little;
// - the garbled check (`NOUN_SLOT_VERBS`) reads the word before one as a noun and searches wider for a
//   real-word slip there, so it takes only forms that are never nouns (a noun taken for a verb would
//   raise false alarms), and also the light verbs of formal and possessive compounds («انجام گردید»,
//   «دوست داشت»), which the recogniser counts among its common verbs instead.

/** The light verbs as past and present stem: کردن, شدن, دادن, نمودن, گرفتن, زدن, یافتن, ساختن. */
export const LIGHT_VERB_STEMS: readonly (readonly [past: string, present: string])[] = [
  ['کرد', 'کن'],
  ['شد', 'شو'],
  ['داد', 'ده'],
  ['نمود', 'نما'],
  ['گرفت', 'گیر'],
  ['زد', 'زن'],
  ['یافت', 'یاب'],
  ['ساخت', 'ساز'],
];

/** Person endings, the participle and the perfect, put after either stem (a few forms so made are not words). */
const ENDINGS = ['', 'م', 'ی', 'یم', 'ید', 'ند', 'ه', 'د', 'ن', 'ه است', 'ه‌اند', 'ه‌است', 'ه‌ایم'];
/** The negative and aspect prefixes, written joined. */
const PREFIXES = ['', 'ن', 'می', 'نمی', 'ب'];

/** Every inflection of the light verbs: prefix + past or present stem + ending, as raw (unfolded) text. */
export function lightVerbForms(): string[] {
  return LIGHT_VERB_STEMS.flat().flatMap((stem) => ENDINGS.flatMap((ending) => PREFIXES.map((prefix) => prefix + stem + ending)));
}

/** Forms of light verbs that are never nouns, so the word before one is a noun (normalised spelling). */
export const NOUN_SLOT_VERBS: ReadonlySet<string> = new Set(
  ('کرد کردند کرده کردم کردیم کند کنند کنیم کنم کردن نمود نمودند نموده نماید نمایند شد شدند شده شود شوند ' +
    'گردید گردیدند گردد داشت داشتند دارد دارند')
    .split(' '),
);
