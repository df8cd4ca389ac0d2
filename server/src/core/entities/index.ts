// Recognising people, places and organisations in Persian news without a statistical model.
//
// 1. Seed spans from evidence (seeds.ts): the gazetteer, titles and roles before a person («ژنرال …»), words
//    that open an organisation («وزارت …») or a place («استان …»), given names, foreign surname endings
//    («…اف», «…ویچ»), attribution («به نقل از …»). The rules for where each kind of name ends live in
//    persons.ts, places.ts and organisations.ts.
// 2. Agreement (agreement.ts): every form recognised once (and a person's surname alone) is a mention
//    wherever it occurs.
// 3. Spelling variants (agreement.ts): an unknown word sequence one slip away from a recognised name (dots,
//    a vowel letter, ی/ئ, spacing …) is another mention of it, so the name check can report the inconsistency.
// 4. Mentions are grouped into entities with a canonical spelling (here).
import { nameKey } from '../name-match';
import type { NamesIndex } from '../names-list';
import { spellingForms } from '../spelling-forms';
import type { Sentence, Token } from '../text';
import type { Entity, Mention } from '../types';
import { spreadForms } from './agreement';
import type { Form, RawMention } from './agreement';
import { widenUnits } from './organisations';
import { listNeighbours } from './persons';
import { chooseSpans, listedSpans, seedSpans } from './seeds';
import { readTokens } from './tokens';
import type { Tok } from './tokens';

export { gazetteerSpelling, isKnownName } from './gazetteer-index';

export interface EntityInput {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  knows(word: string): boolean;
  /** The newsroom's names list: its spellings are names wherever they occur. */
  namesList?: NamesIndex;
}

/** The people, places and organisations of an article, each with its mentions and spellings. */
export function recognizeEntities(input: EntityInput): Entity[] {
  const toks = readTokens(input.tokens, input.knows);
  const seeds = seedSpans(toks);
  if (input.namesList) seeds.push(...listedSpans(toks, input.namesList));
  const kept = chooseSpans(seeds);
  widenUnits(toks, kept);
  kept.push(...listNeighbours(toks, kept));
  kept.sort((a, b) => a.first - b.first);
  const { forms, mentions } = spreadForms(toks, kept, (w) => input.knows(w));
  return groupEntities(input.text, toks, forms, mentions);
}

/** Groups mentions by the full name they stand for; the name is the spelling written most often. */
function groupEntities(text: string, toks: Tok[], forms: Map<string, Form>, raw: RawMention[]): Entity[] {
  const byFull = new Map<string, { mentions: Mention[]; fullSpellings: Map<string, number> }>();
  for (const m of raw) {
    const start = toks[m.first].token.start;
    const end = toks[m.last - 1].token.end;
    const mention: Mention = { span: { start, end }, text: text.slice(start, end) };
    let group = byFull.get(m.full);
    if (!group) byFull.set(m.full, (group = { mentions: [], fullSpellings: new Map() }));
    group.mentions.push(mention);
    if (nameKey(mention.text) === m.full) group.fullSpellings.set(mention.text, (group.fullSpellings.get(mention.text) ?? 0) + 1);
  }
  // the kind and canonical spelling of each full form come from its recognised seed
  const entities: Entity[] = [];
  for (const [full, group] of byFull) {
    const spellings = new Map<string, number>();
    for (const m of group.mentions) spellings.set(m.text, (spellings.get(m.text) ?? 0) + 1);
    const info = forms.get(full);
    // the spelling written most often; on a tie, the gazetteer's
    const fullSpellings = [...group.fullSpellings].sort((a, b) => b[1] - a[1] || Number(b[0] === info?.canonical) - Number(a[0] === info?.canonical));
    const name = info?.listed?.preferred ?? fullSpellings[0]?.[0] ?? info?.canonical ?? group.mentions[0].text;
    const ordered = [...spellings].sort((a, b) => b[1] - a[1]);
    const formOf = spellingForms(ordered.map(([text]) => text));
    entities.push({
      key: nameKey(name),
      name,
      kind: info?.kind ?? 'other',
      mentions: group.mentions,
      spellings: ordered.map(([text, count]) => ({ text, count, form: formOf.get(text) })),
    });
  }
  return entities;
}
