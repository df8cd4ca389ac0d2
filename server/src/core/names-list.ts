// A newsroom's names list: the spellings a desk has settled on, kept in a plain text file in the
// workspace (e.g. `.dabir/names.txt`) so that every article spells «گراسیموف» the same way.
//
// Format, one entity per line:
//
//     # a comment (also after an entry)
//     person: گراسیموف | گراسیمف | گراسیموو
//     place: جمهوری آذربایجان
//     سازمان ملل متحد	سازمان ملل
//
// - The first field is the preferred spelling, the others are known variants (flagged wherever they occur).
// - Fields are separated by «|» or by tabs. Commas are NOT separators: Persian organisation names contain
//   «،» («وزارت بهداشت، درمان و آموزش پزشکی»).
// - An optional kind prefix names the entity's kind: `person:`, `place:`, `organization:` (also `org:`,
//   `other:` and the Persian `شخص:`, `مکان:`, `سازمان:`).
// Parsing never throws: a malformed line is skipped and reported with its (1-based) line number.
import { nameKey } from './name-match';
import { normalizeWord } from './persian';
import type { EntityKind, Localized } from './types';

export interface NamesListEntry {
  /** The spelling to use, exactly as written in the list. */
  preferred: string;
  /** Known wrong or dispreferred spellings, as written in the list. */
  variants: string[];
  /** The entity's kind when the line gives one. */
  kind?: EntityKind;
  /** 1-based line number in the file. */
  line: number;
}

export interface NamesListProblem {
  /** 1-based line number in the file. */
  line: number;
  message: Localized;
}

export interface NamesList {
  entries: NamesListEntry[];
  problems: NamesListProblem[];
}

const KIND_PREFIXES: Record<string, EntityKind> = {
  person: 'person',
  per: 'person',
  place: 'place',
  loc: 'place',
  location: 'place',
  organization: 'organization',
  organisation: 'organization',
  org: 'organization',
  other: 'other',
  شخص: 'person',
  مکان: 'place',
  سازمان: 'organization',
};

/** `kind:` at the start of a line (Latin letters or a Persian word, then a colon). */
const PREFIX = /^\s*([A-Za-z]+|[\u0600-\u06ff]+)\s*:\s*/;

/**
 * How a spelling is compared with the text: each word normalised (Arabic letter forms, diacritics), words
 * joined by one space, ZWNJ kept inside a word. So «علی‌اف» and «علی اف» are different spellings, and a
 * variant like that can be listed.
 */
export function spellingId(text: string): string {
  return text
    .trim()
    .split(/\s+/)
    .map(normalizeWord)
    .filter(Boolean)
    .join(' ');
}

const problem = (line: number, fa: string, en: string): NamesListProblem => ({ line, message: { fa, en } });

/** Parses the text of a names file. Never throws. */
export function parseNamesList(text: string): NamesList {
  const entries: NamesListEntry[] = [];
  const problems: NamesListProblem[] = [];
  /** Which line already claims a spelling (as preferred or variant). */
  const owner = new Map<string, number>();
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    let body = raw.replace(/^\ufeff/, '');
    const hash = body.indexOf('#');
    if (hash >= 0) body = body.slice(0, hash);
    if (!body.trim()) return;

    let kind: EntityKind | undefined;
    const prefix = PREFIX.exec(body);
    if (prefix) {
      kind = KIND_PREFIXES[prefix[1].toLowerCase()];
      if (!kind) {
        problems.push(
          problem(
            line,
            `نوع «${prefix[1]}» شناخته نیست؛ یکی از person، place، organization یا other را به کار ببرید.`,
            `Unknown kind “${prefix[1]}”; use person, place, organization or other.`,
          ),
        );
        return;
      }
      body = body.slice(prefix[0].length);
    }

    const fields = body.split(/[|\t]/).map((f) => f.trim());
    if (fields.some((f) => f === '')) {
      problems.push(problem(line, 'یک بخش این سطر خالی است (دو جداکننده پشت سر هم یا در ابتدا/انتهای سطر).', 'A field of this line is empty (two separators in a row, or one at the start or end).'));
      return;
    }
    const unusable = fields.find((f) => !/\p{L}/u.test(f));
    if (unusable !== undefined) {
      problems.push(problem(line, `«${unusable}» حرفی ندارد و نام نیست.`, `“${unusable}” has no letters and is not a name.`));
      return;
    }

    const [preferred, ...rest] = fields;
    const seen = new Set([spellingId(preferred)]);
    const variants: string[] = [];
    for (const v of rest) {
      const id = spellingId(v);
      if (seen.has(id)) {
        problems.push(problem(line, `«${v}» دو بار در این سطر آمده است.`, `“${v}” appears twice on this line.`));
        continue;
      }
      seen.add(id);
      variants.push(v);
    }
    const clash = [...seen].find((id) => owner.has(id));
    if (clash !== undefined) {
      problems.push(
        problem(
          line,
          `«${clash}» در سطر ${owner.get(clash)} هم آمده است؛ هر املا فقط در یک سطر بیاید.`,
          `“${clash}” is already listed on line ${owner.get(clash)}; list each spelling on one line only.`,
        ),
      );
      return;
    }
    for (const id of seen) owner.set(id, line);
    entries.push({ preferred, variants, kind, line });
  });
  return { entries, problems };
}

/** Lookups over a names list: which entry a spelling belongs to, and whether it is the preferred one. */
export class NamesIndex {
  private readonly bySpelling = new Map<string, { entry: NamesListEntry; preferred: boolean }>();
  /** Name keys (spacing and letter forms ignored) of every listed spelling, for recognition. */
  readonly byKey = new Map<string, NamesListEntry>();

  constructor(readonly entries: readonly NamesListEntry[]) {
    for (const entry of entries) {
      this.bySpelling.set(spellingId(entry.preferred), { entry, preferred: true });
      for (const v of entry.variants) this.bySpelling.set(spellingId(v), { entry, preferred: false });
      for (const s of [entry.preferred, ...entry.variants]) if (!this.byKey.has(nameKey(s))) this.byKey.set(nameKey(s), entry);
    }
  }

  /** The entry listing this exact spelling (compared by `spellingId`), if any. */
  lookup(spelling: string): { entry: NamesListEntry; preferred: boolean } | undefined {
    return this.bySpelling.get(spellingId(spelling));
  }

  get size(): number {
    return this.entries.length;
  }
}
