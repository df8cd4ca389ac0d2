// Seeding: one pass over the article that proposes every span some evidence reads as a name (the
// gazetteer, a title or role before a person, a head before an organisation or place, a speaker before a
// verb of saying, a credit or byline, an attribution to an outlet, the newsroom's names list), each with
// how sure its evidence is; then the longer and surer of overlapping spans is kept. Where a name of each
// kind ends is decided by the person, place and organisation rules.
import { nameKey } from '../name-match';
import type { NamesIndex } from '../names-list';
import { GAZETTEER_INDEX, GAZETTEER_SPELLINGS, GIVEN, ONE_WORD_SPELLINGS, ORG_KEYS, compact } from './gazetteer-index';
import { CLUB_WORDS, PUBLIC_SERVICES, SCOPE_WORDS, SPORTS_WORDS, describedOrgEnd, extend, isProduct, orgTailEnd, placeOnly, unitEnd } from './organisations';
import { DETACHED_ENDINGS, canSpeak, commaSpeakerEnd, holyNameStart, honorificEnd, looksForeignSurname, looksLikeSurname, nameLike, personAt, surnameTailEnd } from './persons';
import { AMBIGUOUS_PLACES, placeContext, placeListEnd, placeTailEnd } from './places';
import { MAX_NAME_TOKENS, canStart, continues, countedOrPlural, genericUnit, isPersonEntry, isPlaceOrOrg, isVerb, keyOf, longestMatch, nameWord, phraseAt, plainWord, quoted, sentenceStart } from './tokens';
import type { NameSpan, Tok } from './tokens';
import { BYLINES, CREDITS, DETERMINERS, DIRECTION, MINISTER, NAME_TITLE, ORG_HEAD, PLACE_CUE, PLACE_HEAD, ROLES, SPEAKER_VERBS, SPEECH_CUE, TITLES, UNIT_ROLES, WEAK_TITLE } from './word-classes';

/** Every span some evidence reads as a name; they may overlap (`chooseSpans` settles that). */
export function seedSpans(toks: Tok[]): NameSpan[] {
  const out: NameSpan[] = [];
  const sports = toks.filter((t) => SPORTS_WORDS.has(t.key)).length >= 2;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // a web address: «Entekhab.ir»
    // (not the domain of an e-mail address: «newsroom@irna.ir»)
    const email = toks[i - 1]?.token.text === '@' && t.token.glued;
    if (!email && t.token.kind === 'latin' && toks[i + 1]?.token.text === '.' && toks[i + 1].token.glued && toks[i + 2]?.token.kind === 'latin' && toks[i + 2].token.glued && /^(ir|com|net|org|info|news|co)$/i.test(toks[i + 2].token.text)) {
      // a site named by its address is the outlet or company that runs it
      out.push({ first: i, last: i + 3, kind: 'organization', strength: 4 });
    }
    if (!t.word) continue;

    // gazetteer
    const g = longestMatch(toks, i, (k) => GAZETTEER_INDEX.has(k), MAX_NAME_TOKENS, true);
    let entry = g ? GAZETTEER_INDEX.get(keyOf(toks, i, i + g)) : undefined;
    // a lexicon word that folds onto a one-word entry is that word, not the name («ریال» is not «رئال»)
    if (g === 1 && t.known && !GAZETTEER_SPELLINGS.has(compact(t.token.text))) entry = undefined;
    // words of a longer name run together without a half-space are damage, not the name («دستگاهقضایی»)
    if (g === 1 && entry?.name.includes(' ') && !t.token.text.includes('\u200c') && !ONE_WORD_SPELLINGS.has(compact(t.token.text))) entry = undefined;
    if (g === 1 && entry?.kind === 'place' && t.known && AMBIGUOUS_PLACES.has(t.key) && !placeContext(toks, i)) entry = undefined;
    if (g === 1 && entry?.kind === 'organization' && isProduct(toks, i)) entry = undefined;
    // «استقلال» is independence outside the sports pages
    if (g === 1 && entry?.kind === 'organization' && CLUB_WORDS.has(t.key) && !sports) entry = undefined;
    // «هزار روحانی»: a counted lexicon word is the common noun, not the listed person
    if (g === 1 && entry?.kind === 'person' && t.known && countedOrPlural(toks, i)) entry = undefined;
    if (entry) {
      const last =
        entry.kind === 'person' ? honorificEnd(toks, surnameTailEnd(toks, i + g)) : entry.kind === 'organization' ? orgTailEnd(toks, i + g) : entry.kind === 'place' ? placeTailEnd(toks, i + g) : i + g;
      out.push({ first: i, last, kind: entry.kind, strength: 3, canonical: last === i + g ? entry.name : undefined });
    }

    // organisation heads («وزارت دفاع …»), place heads («استان فارس»); not after a determiner («این بانک»),
    // and a listed organisation («بانک مرکزی») is not extended over the words after it
    const common = DETERMINERS.has(toks[i - 1]?.key ?? '');
    const orgHead = common || entry?.kind === 'organization' ? 0 : longestMatch(toks, i, (k) => ORG_HEAD.has(k), 2);
    if (orgHead) {
      const end = extend(toks, i + orgHead, 8);
      if (end > i + orgHead && !genericUnit(toks, i + orgHead, end) && !placeOnly(toks, i, i + orgHead)) {
        out.push({ first: i, last: end, kind: 'organization', strength: 2 });
      }
    }
    // a public service named with its province or city: «هواشناسی گیلان», «محیط زیست استان البرز»
    const service = common ? 0 : longestMatch(toks, i, (k) => PUBLIC_SERVICES.has(k), 3);
    if (service) {
      const end = orgTailEnd(toks, i + service);
      if (end > i + service && !SCOPE_WORDS.has(toks[end - 1].key)) out.push({ first: i, last: end, kind: 'organization', strength: 2 });
    }
    const described = common ? i : describedOrgEnd(toks, i);
    if (described > i) out.push({ first: i, last: described, kind: 'organization', strength: 2 });
    const placeHead = common ? 0 : longestMatch(toks, i, (k) => PLACE_HEAD.has(k), 2);
    if (placeHead) {
      const end = placeTailEnd(toks, extend(toks, i + placeHead, 2));
      if (end > i + placeHead && !genericUnit(toks, i + placeHead, end)) out.push({ first: i, last: end, kind: 'place', strength: 2 });
    }

    // «استان های تهران، البرز و قزوین»: a plural head and its list of places are one place
    const placeList = common ? i : placeListEnd(toks, i);
    if (placeList > i) out.push({ first: i, last: placeList, kind: 'place', strength: 3 });

    // «مدیرکل محیط زیست استان کرمانشاه»: after the head of a unit, words up to a place or an organisation
    const unitRole = longestMatch(toks, i, (k) => MINISTER.has(k), 2) ? 0 : longestMatch(toks, i, (k) => UNIT_ROLES.has(k), 2);
    if (unitRole) {
      const from = i + unitRole;
      const n = toks[from];
      if (n && n.known && !GIVEN.has(n.key) && !isPersonEntry(n) && !isPlaceOrOrg(n) && continues(toks, from)) {
        const end = unitEnd(toks, from, 10);
        if (end > from) out.push({ first: from, last: end, kind: 'organization', strength: 2 });
      }
    }

    // «وزیر امور خارجه فرانسه»: the ministry after a minister is an organisation
    const minister = longestMatch(toks, i, (k) => MINISTER.has(k), 2);
    if (minister) {
      const n = toks[i + minister];
      if (n && n.known && !GIVEN.has(n.key) && !isPersonEntry(n) && continues(toks, i + minister)) {
        // the country is part of the ministry's name: «وزیر خارجه آمریکا», «وزیر امور خارجه کشورمان»
        const end = orgTailEnd(toks, extend(toks, i + minister, 8));
        out.push({ first: i + minister, last: end, kind: 'organization', strength: 2 });
      }
    }

    // «شمال عراق», «کشور آلمان»: a direction or «کشور» before a listed place belongs to it
    const dir = longestMatch(toks, i, (k) => DIRECTION.has(k) || k === 'کشور', 2);
    if (dir) {
      const g2 = longestMatch(toks, i + dir, (k) => GAZETTEER_INDEX.get(k)?.kind === 'place');
      if (g2) out.push({ first: i, last: i + dir + g2, kind: 'place', strength: 3 });
    }

    // a speaker at the start of a sentence: «صالحی امیری گفت:», «رحیم پور با بیان اینکه»
    if (sentenceStart(toks, i)) {
      let j = i;
      while (j < i + 3 && nameWord(toks[j]) && (j === i || !toks[j].token.newlineBefore) && !isPlaceOrOrg(toks[j]) && !ORG_HEAD.has(toks[j].key) && !PLACE_HEAD.has(toks[j].key)) j++;
      if (j > i && (!plainWord(toks[j - 1]) || DETERMINERS.has(toks[j - 1].key))) j = i;
      const speech = j > i && phraseAt(toks, j, SPEECH_CUE, 3);
      // a paragraph opening on a name and a verb of saying names the speaker, whatever the words («تابش گفت:»)
      const paragraph = j > i && toks[i].token.newlineBefore && phraseAt(toks, j, SPEAKER_VERBS, 3);
      if (paragraph || (speech && looksLikeSurname(toks[j - 1]) && (j - i === 1 || !toks[i].known || GIVEN.has(toks[i].key) || looksLikeSurname(toks[i])))) {
        out.push({ first: i, last: j, kind: 'person', strength: 1 });
      }
    }

    // an unknown word right before a verb of saying, after a function word: «در همین حال برنان گفت»
    if (!t.known && t.key.length >= 3 && canSpeak(toks, i)) out.push({ first: i, last: i + 1, kind: 'person', strength: 1 });

    // a surname opening a sentence, set off by a comma: «پوراحمد، هدف از …», «X، کارشناس مسایل اقتصادی:»
    if (sentenceStart(toks, i)) {
      const end = commaSpeakerEnd(toks, i);
      if (end > i) out.push({ first: i, last: end, kind: 'person', strength: 1 });
    }

    // credits and bylines name a person: «به کارگردانی X», «با ترجمه X», «عکس: X»
    const credit = toks[i - 1]?.key === 'به' || toks[i - 1]?.key === 'با' ? longestMatch(toks, i, (k) => CREDITS.has(k), 2) : 0;
    const byline = !credit && sentenceStart(toks, i) ? longestMatch(toks, i, (k) => BYLINES.has(k), 2) : 0;
    const creditStart = credit ? i + credit : byline && toks[i + byline]?.token.text === ':' ? i + byline + 1 : 0;
    if (creditStart) {
      const n = toks[creditStart];
      if (nameLike(n) && !isPlaceOrOrg(n) && !ORG_HEAD.has(n.key) && canStart(toks, creditStart)) {
        const end = personAt(toks, creditStart, 'strong-title');
        if (end > creditStart) out.push({ first: creditStart, last: end, kind: 'person', strength: 2 });
      }
    }

    // a holy person named with an honorific: «امام زمان (عج)», «رسول خدا (ص)», «فاطمه زهرا (س)»
    const honored = honorificEnd(toks, i + 1);
    if (honored > i + 1) {
      const first = holyNameStart(toks, i);
      if (first <= i) out.push({ first, last: honored, kind: 'person', strength: 3, holy: true });
    }

    // titles and roles before a person («ژنرال …», «نخست وزیر …»)
    const nameTitle = longestMatch(toks, i, (k) => NAME_TITLE.has(k), 1);
    if (nameTitle) {
      const n = toks[i + 1];
      if (nameLike(n) && continues(toks, i + 1)) {
        const end = personAt(toks, i + 1, 'strong-title');
        if (end > i + 1) out.push({ first: i, last: end, kind: 'person', strength: 3 });
      }
    }
    const title = longestMatch(toks, i, (k) => TITLES.has(k), 4);
    const weak = title ? 0 : longestMatch(toks, i, (k) => WEAK_TITLE.has(k), 2);
    const role = title || weak ? 0 : longestMatch(toks, i, (k) => ROLES.has(k), 2);
    const cueLen = title || weak || role;
    if (cueLen) {
      const start = i + cueLen;
      const next = toks[start];
      // after a role or a weak title only a name-like word starts a name («وزیر دفاع» is not a person)
      const namelike = nameLike(next);
      if (next && !isPlaceOrOrg(next) && !ORG_HEAD.has(next.key) && (title || namelike)) {
        const end = personAt(toks, start, title ? 'strong-title' : 'weak-title');
        if (end > start) out.push({ first: start, last: end, kind: 'person', strength: 2 });
      }
    }

    // given name + surname
    const p = personAt(toks, i, 'none');
    if (p > i) out.push({ first: i, last: p, kind: 'person', strength: 2 });

    // foreign surname endings; take the unknown first names before it («یوگنی پریماکوف»)
    const detached = toks[i + 1]?.word && DETACHED_ENDINGS.has(toks[i + 1].key) && !toks[i + 1].token.glued;
    if (looksForeignSurname(t) || (detached && canStart(toks, i))) {
      let first = i;
      while (first > 0 && first > i - 3 && continues(toks, first) && canStart(toks, first - 1) && (!toks[first - 1].known || GIVEN.has(toks[first - 1].key))) first--;
      out.push({ first, last: detached ? i + 2 : i + 1, kind: 'person', strength: 1 });
    }

    // an outlet the gazetteer lists, after a reporter or an interview, is the outlet even when the word is
    // also a place or a month: «خبرنگار فارس», «گفت وگو با مهر»
    const interview = t.key === 'با' && /^(گفتگو|گفتوگو|وگو|مصاحبه)$/.test(toks[i - 1]?.key ?? '');
    if (t.key === 'خبرنگار' || interview || (t.key === 'گزارش' && toks[i - 1]?.key === 'به')) {
      let key = '';
      let outlet = 0;
      for (let j = i + 1; j < i + 4 && toks[j]?.word && !toks[j].token.newlineBefore; j++) {
        key += toks[j].key;
        if (ORG_KEYS.has(key) && !isVerb(toks[j])) outlet = j + 1;
      }
      if (outlet) out.push({ first: i + 1, last: outlet, kind: 'organization', strength: 4 });
    }

    // attribution: «به گزارش X،», «به نقل از X» name a news outlet
    if ((t.key === 'گزارش' && toks[i - 1]?.key === 'به') || (t.key === 'از' && toks[i - 1]?.key === 'نقل' && toks[i - 2]?.key === 'به') || t.key === 'خبرنگار') {
      const n = toks[i + 1];
      const closed = toks[i + 2]?.token.kind === 'punct' && /[،,:.؛]/.test(toks[i + 2].token.text);
      if (n?.word && !ORG_HEAD.has(n.key) && !ROLES.has(n.key) && ((closed && !isVerb(n)) || (!n.known && continues(toks, i + 1)))) {
        // an everyday word there may be a desk rather than an outlet («خبرنگار صنعت، تجارت و …»): named here only
        const sure = closed && !(n.known && !GAZETTEER_INDEX.has(n.key));
        out.push({ first: i + 1, last: i + 2, kind: 'organization', strength: sure ? 4 : closed ? 2 : 1 });
      }
      // a quoted outlet: «به گزارش " ورزش سه "»
      const q = quoted(toks, i + 1);
      const desk = q === i + 3 && toks[i + 2].known && !GAZETTEER_INDEX.has(toks[i + 2].key);
      if (q) out.push({ first: i + 2, last: q, kind: 'organization', strength: desk ? 2 : 4 });
    }


    // place cues: «کشور X», «پایتخت X» with an unknown X
    if (PLACE_CUE.has(t.key)) {
      const n = toks[i + 1];
      if (n && continues(toks, i + 1) && !n.known && !GAZETTEER_INDEX.has(n.key)) out.push({ first: i + 1, last: i + 2, kind: 'place', strength: 1 });
    }
  }
  return out;
}

/** Every occurrence of a spelling in the newsroom's names list (surest of all evidence). */
export function listedSpans(toks: Tok[], list: NamesIndex): NameSpan[] {
  const out: NameSpan[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i].word) continue;
    const n = longestMatch(toks, i, (k) => list.byKey.has(k));
    if (!n) continue;
    const listed = list.byKey.get(keyOf(toks, i, i + n))!;
    const kind = listed.kind ?? GAZETTEER_INDEX.get(nameKey(listed.preferred))?.kind ?? 'other';
    out.push({ first: i, last: i + n, kind, strength: 5, canonical: listed.preferred, listed });
  }
  return out;
}

/** Keeps non-overlapping spans, longer and surer first. */
export function chooseSpans(spans: NameSpan[]): NameSpan[] {
  const sorted = [...spans].sort((a, b) => b.last - b.first - (a.last - a.first) || b.strength - a.strength || a.first - b.first);
  const taken = new Set<number>();
  const kept: NameSpan[] = [];
  for (const s of sorted) {
    let free = true;
    for (let i = s.first; i < s.last && free; i++) if (taken.has(i)) free = false;
    if (!free) continue;
    for (let i = s.first; i < s.last; i++) taken.add(i);
    kept.push(s);
  }
  return kept.sort((a, b) => a.first - b.first);
}
