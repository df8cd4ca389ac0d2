// Place rules: a place's side or status adjective («… شمالی»), a plural province head and its list of
// places («استان های تهران، البرز و قزوین»), and the context that makes a place whose name is an everyday
// word («مالی», «کره») a place.
import { isPlaceKey } from './gazetteer-index';
import { inLine, isListSeparator, isPlace, longestMatch } from './tokens';
import type { Tok } from './tokens';
import { DIRECTION, PLACE_CUE, PLACE_HEAD, keySet } from './word-classes';

/**
 * Places whose name is also an everyday word («مالی» financial, «صحنه» stage, «بافت» texture, «میانه» middle,
 * «جنین» foetus, «کره» butter or globe …): a place only after a place cue or next to another listed place («مالی و نیجر»).
 */
export const AMBIGUOUS_PLACES = keySet('مالی|صحنه|بافت|میانه|جنین|پردیس|چک|امید|بهار|نور|کار|جم|دیر|گز|خور|سیب|کره|کبک'.split('|'));

/** Plural province heads, written with «ها» apart or joined: «استان های», «شهرستانهای». */
const PLURAL_PLACE_HEADS = keySet(['استانهای', 'شهرستانهای']);

/**
 * A plural place head followed by a list of at least two places («استان های تهران، البرز و قزوین»), which
 * news writing counts as one place. The end of the list, or i.
 */
export function placeListEnd(toks: Tok[], i: number): number {
  let key = '';
  let j = i;
  while (j < i + 2 && toks[j]?.word && !PLURAL_PLACE_HEADS.has(key)) key += toks[j++].key;
  if (!PLURAL_PLACE_HEADS.has(key)) return i;
  let items = 0;
  let end = j;
  for (;;) {
    const n = inLine(toks, j) ? longestMatch(toks, j, isPlaceKey) : 0;
    if (!n) break;
    items++;
    end = placeTailEnd(toks, j + n);
    if (!isListSeparator(toks[end]) || toks[end + 1]?.token.newlineBefore) break;
    j = end + 1;
  }
  return items >= 2 ? end : i;
}

/** Adjectives that belong to a place's name: «سوادکوه شمالی», «بیت المقدس شرقی», «قدس اشغالی». */
const PLACE_ADJECTIVES = keySet('شمالی|جنوبی|شرقی|غربی|مرکزی|اشغالی'.split('|'));

/** The end of a place name at j, taking a following side or status adjective. */
export function placeTailEnd(toks: Tok[], j: number): number {
  return inLine(toks, j) && PLACE_ADJECTIVES.has(toks[j].key) ? j + 1 : j;
}

/** True when a place cue or head stands before token i, or a listed place is its neighbour in a list. */
export function placeContext(toks: Tok[], i: number): boolean {
  const p = toks[i - 1];
  if (p && (PLACE_CUE.has(p.key) || PLACE_HEAD.has(p.key) || DIRECTION.has(p.key))) return true;
  const listed = (t: Tok | undefined) => !!t && isPlace(t) && !AMBIGUOUS_PLACES.has(t.key);
  return (isListSeparator(p) && listed(toks[i - 2])) || (isListSeparator(toks[i + 1]) && listed(toks[i + 2]));
}
