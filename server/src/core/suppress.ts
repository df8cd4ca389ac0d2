// Silencing findings the editor has decided to keep: inline markers in the text, and "ignore here" keys.
//
// Markers (Markdown comments, or a bare line in plain text), optionally followed by check ids or codes:
//   <!-- dabir-disable-next-line -->         the next line that has text
//   <!-- dabir-disable-line garbled -->      the marker's own line
//   <!-- dabir-disable name -->  …  <!-- dabir-enable name -->   a block (to the end of the text when not closed)
//   dabir-disable-next-line                  the same, as a whole line of plain text
//
// An ignore key names a finding by its code, its words and the words on either side — never by its position —
// so an ignored finding stays ignored when text is added or removed elsewhere, and comes back if its words change.
import { normalizeWord } from './persian';
import type { Entity, Finding, Span } from './types';

export type MarkerKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface Marker {
  kind: MarkerKind;
  /** Check ids (`garbled`) or codes (`garbled/unknown-word`) it applies to; empty means every check. */
  selectors: string[];
  /** The marker's own text. */
  span: Span;
}

/** A stretch of text in which findings matching `selectors` (all when empty) are silenced. */
export interface SilencedRegion {
  start: number;
  end: number;
  selectors: string[];
}

const SELECTORS = String.raw`((?:[ \t]+[a-z][a-z-]*(?:/[a-z-]+)?)*)`;
/** `<!-- dabir-… -->` anywhere on a line. */
const COMMENT_MARKER = new RegExp(String.raw`<!--[ \t]*dabir-(disable-next-line|disable-line|disable|enable)${SELECTORS}[ \t]*-->`, 'g');
/** A line that is nothing but `dabir-…` (plain text has no comments). */
const LINE_MARKER = new RegExp(String.raw`^[ \t]*dabir-(disable-next-line|disable-line|disable|enable)${SELECTORS}[ \t]*$`, 'gm');

/** Every marker in the text, in order. Cheap when there are none: one indexOf. */
export function findMarkers(text: string): Marker[] {
  if (!text.includes('dabir-')) return [];
  const markers: Marker[] = [];
  for (const re of [COMMENT_MARKER, LINE_MARKER]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      markers.push({
        kind: m[1] as MarkerKind,
        selectors: m[2].trim().split(/\s+/).filter(Boolean),
        span: { start: m.index, end: m.index + m[0].length },
      });
    }
  }
  return markers.sort((a, b) => a.span.start - b.span.start);
}

/** The regions the markers silence. */
export function silencedRegions(text: string, markers: readonly Marker[] = findMarkers(text)): SilencedRegion[] {
  const regions: SilencedRegion[] = [];
  /** Open `disable` blocks: where each selector (or '' for all) was switched off. */
  const open = new Map<string, number>();
  for (const m of markers) {
    switch (m.kind) {
      case 'disable-line': {
        const [start, end] = lineAround(text, m.span.start);
        regions.push({ start, end, selectors: m.selectors });
        break;
      }
      case 'disable-next-line': {
        const next = nextTextLine(text, m.span.end);
        if (next) regions.push({ start: next[0], end: next[1], selectors: m.selectors });
        break;
      }
      case 'disable':
        for (const s of m.selectors.length ? m.selectors : ['']) if (!open.has(s)) open.set(s, m.span.end);
        break;
      case 'enable': {
        // a bare enable closes every open block; a selective one closes only its own
        const keys = m.selectors.length ? m.selectors : [...open.keys()];
        for (const s of keys) {
          const start = open.get(s);
          if (start === undefined) continue;
          regions.push({ start, end: m.span.start, selectors: s ? [s] : [] });
          open.delete(s);
        }
        break;
      }
    }
  }
  for (const [s, start] of open) regions.push({ start, end: text.length, selectors: s ? [s] : [] });
  return regions;
}

function lineAround(text: string, offset: number): [number, number] {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  return [start, nl < 0 ? text.length : nl];
}

/** The first line after `offset`'s line that has visible text (a blank line may separate marker and paragraph). */
function nextTextLine(text: string, offset: number): [number, number] | undefined {
  let nl = text.indexOf('\n', offset);
  while (nl >= 0) {
    const [start, end] = lineAround(text, nl + 1);
    if (/\S/.test(text.slice(start, end))) return [start, end];
    nl = text.indexOf('\n', nl + 1);
  }
  return undefined;
}

function matches(selectors: readonly string[], f: Pick<Finding, 'check' | 'code'>): boolean {
  return selectors.length === 0 || selectors.includes(f.check) || selectors.includes(f.code);
}

/** A run of letters, marks, digits and joiners: what the key treats as a word. */
const WORD = /[\p{L}\p{M}\p{N}\u200c\u200d]+/gu;
/** How far the key looks for a neighbouring word. */
const NEIGHBOUR_WINDOW = 80;

function words(s: string): string[] {
  return [...s.matchAll(WORD)].map((m) => normalizeWord(m[0])).filter(Boolean);
}

/**
 * The key that remembers "ignore this finding here": `code|previous word|the finding's words|next word`, all
 * normalised, so the key is independent of offsets, ZWNJ/space and Arabic/Persian letter variants.
 */
export function ignoreKey(text: string, finding: Pick<Finding, 'code' | 'span'>): string {
  const { start, end } = finding.span;
  const before = words(text.slice(Math.max(0, start - NEIGHBOUR_WINDOW), start));
  const after = words(text.slice(end, end + NEIGHBOUR_WINDOW));
  // a window may cut a word in two: drop the cut-off piece at its far edge
  if (start > NEIGHBOUR_WINDOW && before.length > 1) before.shift();
  if (end + NEIGHBOUR_WINDOW < text.length && after.length > 1) after.pop();
  return [finding.code, before.at(-1) ?? '', words(text.slice(start, end)).join(' '), after[0] ?? ''].join('|');
}

export interface SuppressOptions {
  /** Keys made by `ignoreKey` of findings to drop. */
  ignoreKeys?: Iterable<string>;
}

/** The findings that no marker silences and no ignore key names. */
export function suppressFindings(text: string, findings: readonly Finding[], options: SuppressOptions = {}): Finding[] {
  const regions = silencedRegions(text);
  const keys = new Set(options.ignoreKeys ?? []);
  if (regions.length === 0 && keys.size === 0) return [...findings];
  return findings.filter((f) => {
    if (regions.some((r) => f.span.start >= r.start && f.span.start < r.end && matches(r.selectors, f))) return false;
    return keys.size === 0 || !keys.has(ignoreKey(text, f));
  });
}

/**
 * Drops entities the editor said are not names (matched on any spelling, normalised), and the name findings about
 * them: "Not a name" is remembered per workspace and must silence the word everywhere.
 */
export function dropNotNames(entities: readonly Entity[], findings: readonly Finding[], notNames: Iterable<string>): { entities: Entity[]; findings: Finding[] } {
  const banned = new Set([...notNames].map(normalizeWord).filter(Boolean));
  if (banned.size === 0) return { entities: [...entities], findings: [...findings] };
  const isBanned = (e: Entity) => banned.has(normalizeWord(e.name)) || e.spellings.some((s) => banned.has(normalizeWord(s.text)));
  const dropped = new Set(entities.filter(isBanned).map((e) => e.key));
  return {
    entities: entities.filter((e) => !dropped.has(e.key)),
    findings: findings.filter((f) => f.entity === undefined || !dropped.has(f.entity)),
  };
}
