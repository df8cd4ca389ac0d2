// What the gazetteer says about a spelling: its kind and canonical form (matched by name key, with the
// titles news writing keeps outside a person's name stripped), how it is written exactly (a lexicon word
// matches a one-word entry only as written: «ریال» is not «رئال»), and the given names. Also the two
// lookups the name check uses.
import { GAZETTEER, GIVEN_NAMES } from '../gazetteer';
import { nameKey } from '../name-match';
import { normalizeWord } from '../persian';
import type { EntityKind } from '../types';
import { keySet } from './word-classes';

interface GazetteerEntry {
  kind: EntityKind;
  name: string;
}

/** Titles that news writing keeps outside a person's name («آیت الله | سیستانی», «شهید | رجایی»). */
const OUTER_TITLES = /^(آیت الله|آیت‌الله|حجت الاسلام|حجت‌الاسلام|شهید|سرلشکر|سردار|دکتر|مهندس|شیخ) /;

export const GAZETTEER_INDEX = new Map<string, GazetteerEntry>();
for (const [kind, names] of GAZETTEER) {
  for (const listed of names) {
    const name = kind === 'person' ? listed.replace(OUTER_TITLES, '') : listed;
    // a single word left after the title may be an everyday word («شهید همت»): the title's cue reads it
    if (name !== listed && !name.includes(' ')) continue;
    const key = nameKey(name.replace(/،/g, ' '));
    if (!GAZETTEER_INDEX.has(key)) GAZETTEER_INDEX.set(key, { kind, name });
  }
}

/** A spelling as written (letters normalised, spacing dropped), without folding ئ/ی, آ/ا …: «رئال» ≠ «ریال». */
export const compact = (s: string) => normalizeWord(s).replace(/[\s\u200c]/g, '');

/** Every spelling the gazetteer writes; a one-word entry matches a lexicon word only as written. */
export const GAZETTEER_SPELLINGS = new Set<string>();
for (const [, names] of GAZETTEER) {
  for (const name of names) {
    const spelling = compact(name.replace(/،/g, ' '));
    // «ئی» is also written «یی» (اسرائیل/اسراییل, سوئیس/سوییس)
    GAZETTEER_SPELLINGS.add(spelling).add(spelling.replace(/ئی/g, 'یی'));
  }
}

/** The gazetteer's one-word spellings («صداوسیما», «بندرعباس»). */
export const ONE_WORD_SPELLINGS = new Set(GAZETTEER.flatMap(([, names]) => names.filter((n) => !n.includes(' ')).map(compact)));

/** Every spelling the gazetteer lists as an organisation, even when the same word is also a place («فارس»). */
export const ORG_KEYS = new Set<string>();
for (const [kind, names] of GAZETTEER) if (kind === 'organization') for (const name of names) ORG_KEYS.add(nameKey(name.replace(/،/g, ' ')));

export const isPlaceKey = (k: string) => GAZETTEER_INDEX.get(k)?.kind === 'place';

export const isOrgKey = (k: string) => GAZETTEER_INDEX.get(k)?.kind === 'organization';

/** True when the gazetteer lists this spelling (compared by nameKey, then exactly). */
export function gazetteerSpelling(text: string): string | undefined {
  return GAZETTEER_INDEX.get(nameKey(text))?.name;
}

/** Given names, also with «سید» written onto them («سیدمحمد») and the compounds of «محمد» and «علی» («محمدسعید»). */
export const GIVEN = keySet(GIVEN_NAMES.flatMap((g) => [g, `سید${g}`, `محمد${g}`, `علی${g}`, `سیدمحمد${g}`]));

/** True when the gazetteer lists this spelling or it is a listed given name. */
export function isKnownName(text: string): boolean {
  const key = nameKey(text);
  return GAZETTEER_INDEX.has(key) || GIVEN.has(key);
}
