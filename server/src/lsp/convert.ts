// Plain core results → LSP shapes. Pure functions over a TextDocument, so they are testable without a connection.
import {
  Diagnostic,
  DiagnosticSeverity,
  DocumentSymbol,
  SymbolKind,
  type Range,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Entity, EntityKind, Finding, Severity, Span } from '../core';
import type { DiagnosticData, EntityInfo } from '../protocol';
import { ignoreKey } from '../core/suppress';
import { isolatePersian, type Messages } from './messages';

export const SOURCE = 'dabir';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

/** One finding as a diagnostic; `data` carries what the code actions need, stamped with the document version. */
export function toDiagnostic(doc: TextDocument, finding: Finding, lang: 'fa' | 'en'): Diagnostic {
  const data: DiagnosticData = { suggestions: finding.suggestions, version: doc.version };
  if (finding.safe) data.safe = true;
  if (finding.entity !== undefined) data.entity = finding.entity;
  if (finding.also?.length) data.also = finding.also.map((a) => ({ code: a.code, ignoreKey: ignoreKey(doc.getText(), a) }));
  const diagnostic: Diagnostic = {
    range: toRange(doc, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    source: SOURCE,
    message: isolatePersian(finding.message[lang], lang),
    data,
  };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri: doc.uri, range: toRange(doc, r.span) },
      message: isolatePersian(r.message[lang], lang),
    }));
  }
  return diagnostic;
}

/** Reads back our own `data` from a diagnostic the client returned; undefined when it is not one of ours. */
export function diagnosticData(d: Diagnostic): DiagnosticData | undefined {
  if (d.source !== SOURCE) return undefined;
  const data = d.data as Partial<DiagnosticData> | undefined;
  if (!data || typeof data.version !== 'number' || !Array.isArray(data.suggestions)) return undefined;
  if (!data.suggestions.every((s) => typeof s === 'string')) return undefined;
  if (data.also !== undefined && !(Array.isArray(data.also) && data.also.every((a) => typeof a?.code === 'string' && typeof a.ignoreKey === 'string'))) return undefined;
  return data as DiagnosticData;
}

export function toEntityInfo(doc: TextDocument, entity: Entity): EntityInfo {
  return {
    key: entity.key,
    name: entity.name,
    kind: entity.kind,
    spellings: entity.spellings.map((s) => ({ text: s.text, count: s.count, form: s.form ?? 0 })),
    mentions: entity.mentions.map((m) => ({ range: toRange(doc, m.span), text: m.text })),
    inconsistent: entity.inconsistent ?? entity.spellings.length > 1,
  };
}

const GROUP_ORDER: readonly EntityKind[] = ['person', 'place', 'organization', 'other'];
const ENTITY_SYMBOL: Record<EntityKind, SymbolKind> = {
  person: SymbolKind.Object,
  place: SymbolKind.Struct,
  organization: SymbolKind.Class,
  other: SymbolKind.Constant,
};

/**
 * The outline: one group per entity kind that occurs (people, places, organisations, others), each entity a child
 * whose detail gives its mention count and spellings, and whose children are its mentions. A parent's range spans
 * its children so the outline can follow the cursor; its selection range is the first mention.
 */
export function documentSymbols(doc: TextDocument, entities: readonly Entity[], msg: Messages): DocumentSymbol[] {
  const groups: DocumentSymbol[] = [];
  for (const kind of GROUP_ORDER) {
    const members = entities.filter((e) => e.kind === kind && e.mentions.length > 0);
    if (members.length === 0) continue;
    const children = members.map((e) => entitySymbol(doc, e, msg));
    groups.push(enclosing(msg.groups[kind], `${members.length}`, SymbolKind.Namespace, children));
  }
  return groups;
}

function entitySymbol(doc: TextDocument, entity: Entity, msg: Messages): DocumentSymbol {
  const mentions = [...entity.mentions].sort((a, b) => a.span.start - b.span.start);
  const children = mentions.map((m) => {
    const range = toRange(doc, m.span);
    return DocumentSymbol.create(m.text, `${range.start.line + 1}:${range.start.character + 1}`, SymbolKind.String, range, range);
  });
  const spellings = entity.spellings.map((s) => `${s.text} (${s.count})`).join('، ');
  return enclosing(entity.name, `${msg.mentions(mentions.length)} · ${spellings}`, ENTITY_SYMBOL[entity.kind], children);
}

/** A symbol whose range encloses all its children and whose selection range is the earliest child's. */
function enclosing(name: string, detail: string, kind: SymbolKind, children: DocumentSymbol[]): DocumentSymbol {
  const sorted = [...children].sort((a, b) => compare(a.range.start, b.range.start));
  const start = sorted[0].range.start;
  let end = sorted[0].range.end;
  for (const c of sorted) if (compare(c.range.end, end) > 0) end = c.range.end;
  return DocumentSymbol.create(name, detail, kind, { start, end }, sorted[0].selectionRange, sorted);
}

function compare(a: { line: number; character: number }, b: { line: number; character: number }): number {
  return a.line - b.line || a.character - b.character;
}
