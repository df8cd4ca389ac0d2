// One finding per mistake. A misspelt name is often two findings on one word: the garbled-word check says «مشکو» is
// no word, the names check that the article writes it «مسکو» elsewhere. Both describe one mistake with one fix, so
// they become one finding: the name's (its fix is the article's own spelling, the more specific reason), with the
// other's reason added to its message, its code and span kept in `also`, the other's replacements after its own, and the
// graver severity of the two. A garbled finding is merged only when it lies within the name finding's span (the
// name's fix then covers it); any other overlap is two mistakes and stays two findings.
import type { Finding, Localized } from './types';

/** The checks whose findings on one word are one mistake: the first absorbs the second. */
const ABSORBS = { by: 'name', absorbed: 'garbled' } as const;

const SEVERITY_RANK: Record<Finding['severity'], number> = { hint: 0, information: 1, warning: 2, error: 3 };

/**
 * The findings with each garbled finding that lies within a name finding merged into it (findings sorted by
 * position in, sorted by position out). Linear in the findings, plus a search per garbled finding.
 */
export function mergeReasons(text: string, findings: readonly Finding[]): Finding[] {
  const names = findings.filter((f) => f.check === ABSORBS.by);
  if (!names.length) return [...findings];
  const byStart = [...names].sort((a, b) => a.span.start - b.span.start);
  const absorbed = new Map<Finding, Finding[]>();
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.check === ABSORBS.absorbed) {
      const host = narrowestAround(byStart, f);
      if (host) {
        const list = absorbed.get(host);
        if (list) list.push(f);
        else absorbed.set(host, [f]);
        continue;
      }
    }
    out.push(f);
  }
  return out.map((f) => {
    const others = absorbed.get(f);
    return others ? merged(text, f, others) : f;
  });
}

/** Name findings that start at or before a span and may hold it: at most this many are looked at. */
const LOOK_BACK = 8;

/** The narrowest name finding that holds the span (the word, not the whole name, when both are flagged). */
function narrowestAround(byStart: readonly Finding[], f: Finding): Finding | undefined {
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byStart[mid].span.start <= f.span.start) lo = mid + 1;
    else hi = mid;
  }
  let best: Finding | undefined;
  for (let i = lo - 1; i >= 0 && i >= lo - LOOK_BACK; i--) {
    const h = byStart[i];
    if (h.span.end >= f.span.end && (!best || h.span.end - h.span.start < best.span.end - best.span.start)) best = h;
  }
  return best;
}

function merged(text: string, host: Finding, others: readonly Finding[]): Finding {
  const suggestions = [...host.suggestions];
  for (const o of others) {
    // a replacement of part of the name, as a replacement of the whole name's span
    for (const s of o.suggestions) {
      const whole = asWhole(text, host, o, s);
      if (!suggestions.includes(whole)) suggestions.push(whole);
    }
  }
  const severity = others.reduce((s, o) => (SEVERITY_RANK[o.severity] > SEVERITY_RANK[s] ? o.severity : s), host.severity);
  const message: Localized = { fa: [host.message.fa, ...others.map((o) => o.message.fa)].join(' '), en: [host.message.en, ...others.map((o) => o.message.en)].join(' ') };
  const also = [...(host.also ?? []), ...others.flatMap((o) => [{ code: o.code, span: o.span }, ...(o.also ?? [])])];
  // safe when the host's fix was, or when an absorbed safe fix is the host's fix as well
  const safe = host.safe || others.some((o) => o.safe && asWhole(text, host, o, o.suggestions[0]) === suggestions[0]);
  const out: Finding = { ...host, severity, message, suggestions, also };
  if (safe) out.safe = true;
  else delete out.safe;
  return out;
}

/** A replacement of the absorbed finding's span as a replacement of the host's whole span. */
function asWhole(text: string, host: Finding, absorbed: Finding, replacement: string): string {
  return text.slice(host.span.start, absorbed.span.start) + replacement + text.slice(absorbed.span.end, host.span.end);
}
