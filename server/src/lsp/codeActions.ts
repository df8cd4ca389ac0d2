// Quick-fixes and the document fix-all. Every edit is a TextDocumentEdit pinned to the version the fix was computed
// for, so a client never applies it to text that has changed since; each edit touches only its own range.
import {
  CodeAction,
  CodeActionKind,
  TextDocumentEdit,
  TextEdit,
  type CodeActionParams,
  type Diagnostic,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Finding } from '../core';
import { FIX_ALL_KIND } from '../protocol';
import { diagnosticData, toRange } from './convert';
import type { Messages } from './messages';

/** At most this many "replace with" actions per diagnostic. */
export const MAX_SUGGESTIONS = 5;

export function versionedEdit(doc: TextDocument, version: number, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version }, edits)] };
}

/** True when a requested kind (`only`) covers `kind` — kinds are hierarchical: `source` covers `source.fixAll.dabir`. */
export function kindRequested(only: readonly string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/**
 * The actions for a codeAction request. `analysis` must be the analysis of the document's CURRENT version: it
 * supplies what a diagnostic's own data lacks (an entity's mentions, the fix-all).
 */
export function codeActions(doc: TextDocument, params: CodeActionParams, analysis: Analysis, msg: Messages): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (kindRequested(only, CodeActionKind.QuickFix)) {
    for (const d of params.context.diagnostics) actions.push(...quickFixes(doc, d, analysis, msg));
  }
  // Fix-all is a source action: offered when asked for explicitly (e.g. codeActionsOnSave, the dabir.fixAll command).
  if (only?.length && kindRequested(only, FIX_ALL_KIND)) {
    const fixAll = fixAllAction(doc, analysis.findings, msg);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

function quickFixes(doc: TextDocument, diagnostic: Diagnostic, analysis: Analysis, msg: Messages): CodeAction[] {
  const data = diagnosticData(diagnostic);
  // A diagnostic from an older version describes text that may have moved: offer nothing until it is recomputed.
  if (!data || data.version !== doc.version) return [];
  const out: CodeAction[] = [];
  data.suggestions.slice(0, MAX_SUGGESTIONS).forEach((s, i) => {
    const title = s === '' ? msg.removeRepeat : msg.replaceWith(s);
    const action = CodeAction.create(title, versionedEdit(doc, data.version, [TextEdit.replace(diagnostic.range, s)]), CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    if (i === 0) action.isPreferred = true;
    out.push(action);
  });
  const code = typeof diagnostic.code === 'string' ? diagnostic.code : '';
  if (code.startsWith('name/') && data.entity !== undefined) {
    const everywhere = useEverywhere(doc, data.entity, data.suggestions[0], analysis, msg);
    if (everywhere) {
      everywhere.diagnostics = [diagnostic];
      out.push(everywhere);
    }
  }
  return out;
}

/** "Use «X» for every mention": rewrites each mention of the entity that is spelled differently. */
function useEverywhere(doc: TextDocument, key: string, preferred: string | undefined, analysis: Analysis, msg: Messages): CodeAction | undefined {
  const entity = analysis.entities.find((e) => e.key === key);
  if (!entity) return undefined;
  const target = preferred || entity.name;
  const edits = entity.mentions.filter((m) => m.text !== target).map((m) => TextEdit.replace(toRange(doc, m.span), target));
  if (edits.length === 0) return undefined;
  return CodeAction.create(msg.useEverywhere(target, edits.length), versionedEdit(doc, doc.version, edits), CodeActionKind.QuickFix);
}

/** Applies the first suggestion of every `safe` finding; where safe fixes overlap, the earlier one wins. */
export function fixAllAction(doc: TextDocument, findings: readonly Finding[], msg: Messages): CodeAction | undefined {
  const safe = findings.filter((f) => f.safe && f.suggestions.length > 0).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const edits: TextEdit[] = [];
  let lastEnd = -1;
  for (const f of safe) {
    if (f.span.start < lastEnd) continue;
    edits.push(TextEdit.replace(toRange(doc, f.span), f.suggestions[0]));
    lastEnd = Math.max(f.span.end, f.span.start + 1); // two insertions at one point would be ambiguous
  }
  if (edits.length === 0) return undefined;
  return CodeAction.create(msg.fixAll, versionedEdit(doc, doc.version, edits), FIX_ALL_KIND);
}
