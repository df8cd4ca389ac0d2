// Quick-fixes and the document fix-all. Every edit is a TextDocumentEdit pinned to the version the fix was computed
// for, so a client never applies it to text that has changed since; each edit touches only its own range.
import {
  CodeAction,
  CodeActionKind,
  Command,
  TextDocumentEdit,
  TextEdit,
  type CodeActionParams,
  type Diagnostic,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { mentionsToRespell, type Analysis, type Finding } from '../core';
import { safeEdits, type Edit } from '../core/fix';
import { ignoreKey } from '../core/suppress';
import { ClientCommands, FIX_ALL_KIND, ServerCommands, type AddWordsArgs, type IgnoreArgs, type NotANameArgs } from '../protocol';
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

/** What the host can offer besides edits. */
export interface ActionHost {
  /** The document lies in a workspace folder, so the server can keep its word lists. */
  workspace: boolean;
  /** The client implements ClientCommands.addToUserDictionary. */
  userDictionary: boolean;
}

/**
 * The actions for a codeAction request. `analysis` must be the analysis of the document's CURRENT version: it
 * supplies what a diagnostic's own data lacks (an entity's mentions, the fix-all).
 */
export function codeActions(
  doc: TextDocument,
  params: CodeActionParams,
  analysis: Analysis,
  msg: Messages,
  host: ActionHost = { workspace: false, userDictionary: false },
  /** The edits of a fix-all run to its end (see core/fix.ts); without them, fix-all is one pass over `analysis`. */
  fixAllEdits?: readonly Edit[],
): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (kindRequested(only, CodeActionKind.QuickFix)) {
    const fixes: CodeAction[] = [];
    const lists: CodeAction[] = [];
    for (const d of params.context.diagnostics) {
      fixes.push(...quickFixes(doc, d, analysis, msg));
      lists.push(...listActions(doc, d, msg, host));
    }
    actions.push(...dedupe([...fixes, ...lists]));
  }
  // Fix-all is a source action: offered when asked for explicitly (e.g. codeActionsOnSave, the dabir.fixAll command).
  if (only?.length && kindRequested(only, FIX_ALL_KIND)) {
    const fixAll = fixAllAction(doc, fixAllEdits ? { edits: fixAllEdits } : analysis.findings, msg);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

function quickFixes(doc: TextDocument, diagnostic: Diagnostic, analysis: Analysis, msg: Messages): CodeAction[] {
  const data = diagnosticData(diagnostic);
  // A diagnostic from an older version describes text that may have moved: offer nothing until it is recomputed.
  if (!data || data.version !== doc.version) return [];
  const out: CodeAction[] = [];
  const code = typeof diagnostic.code === 'string' ? diagnostic.code : '';
  data.suggestions.slice(0, MAX_SUGGESTIONS).forEach((s, i) => {
    const title = s === '' ? msg.removeRepeat : code === 'style/missing-zwnj' ? msg.insertHalfSpace(s) : code === 'style/arabic-letter' ? msg.persianLetters(s) : msg.replaceWith(s);
    const action = CodeAction.create(title, versionedEdit(doc, data.version, [TextEdit.replace(diagnostic.range, s)]), CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    if (i === 0) action.isPreferred = true;
    out.push(action);
  });
  if (code.startsWith('name/') && data.entity !== undefined) {
    const everywhere = useEverywhere(doc, data.entity, data.suggestions[0], analysis, msg);
    if (everywhere) {
      everywhere.diagnostics = [diagnostic];
      out.push(everywhere);
    }
  }
  return out;
}

/**
 * One action per effect. Findings overlap (a garbled word that is also a misspelt name), and each would offer its
 * own copy of the same replacement and its own «Ignore here»: identical edits collapse into the first one (kept
 * preferred if any copy was, and tied to every diagnostic it fixes); the «Ignore here» actions of one span merge
 * into one that remembers every finding there; any other identical command collapses too.
 */
export function dedupe(actions: readonly CodeAction[]): CodeAction[] {
  const out: CodeAction[] = [];
  const byKey = new Map<string, CodeAction>();
  for (const a of actions) {
    const key = effectKey(a);
    const kept = byKey.get(key);
    if (!kept) {
      const copy = { ...a, diagnostics: a.diagnostics && [...a.diagnostics] };
      if (a.command?.command === ServerCommands.ignore) copy.command = { ...a.command, arguments: [{ ...(a.command.arguments![0] as IgnoreArgs) }] };
      byKey.set(key, copy);
      out.push(copy);
      continue;
    }
    if (a.isPreferred) kept.isPreferred = true;
    for (const d of a.diagnostics ?? []) if (!kept.diagnostics?.includes(d)) (kept.diagnostics ??= []).push(d);
    if (a.command?.command === ServerCommands.ignore && kept.command) {
      const into = kept.command.arguments![0] as IgnoreArgs;
      into.keys = [...new Set([...into.keys, ...(a.command.arguments![0] as IgnoreArgs).keys])];
    }
  }
  return out;
}

/** What an action does, as a string: its edits, or its command (an «Ignore here» by the span it covers). */
function effectKey(a: CodeAction): string {
  if (a.edit) return `edit:${JSON.stringify(a.edit)}`;
  const c = a.command;
  if (!c) return `title:${a.title}`;
  if (c.command === ServerCommands.ignore) return `ignore:${JSON.stringify(a.diagnostics?.[0]?.range)}`;
  return `command:${c.command}:${JSON.stringify(c.arguments)}`;
}

/** A single word as written (letters, marks, ZWNJ): what a dictionary can hold. */
const SINGLE_WORD = /^[\p{L}\p{M}\u200c]+$/u;

/**
 * Actions that remember a decision in the workspace instead of editing the text: add the word to the workspace or
 * user dictionary (garbled words), "ignore here" (any finding), "not a name" (name findings). They run commands;
 * the server's own commands write the plain list files and re-check every open document.
 */
function listActions(doc: TextDocument, diagnostic: Diagnostic, msg: Messages, host: ActionHost): CodeAction[] {
  const data = diagnosticData(diagnostic);
  if (!data || data.version !== doc.version) return [];
  const code = typeof diagnostic.code === 'string' ? diagnostic.code : '';
  // a merged diagnostic answers for each of its findings (core/merge.ts)
  const codes = [code, ...(data.also ?? []).map((a) => a.code)];
  const text = doc.getText(diagnostic.range);
  const uri = doc.uri;
  const out: CodeAction[] = [];
  const action = (title: string, command: string, args: object) => {
    const a = CodeAction.create(title, Command.create(title, command, args), CodeActionKind.QuickFix);
    a.diagnostics = [diagnostic];
    out.push(a);
  };
  if (codes.some((c) => c.startsWith('garbled/')) && SINGLE_WORD.test(text)) {
    if (host.workspace) action(msg.addToWorkspaceWords(text), ServerCommands.addWords, { uri, words: [text] } satisfies AddWordsArgs);
    if (host.userDictionary) action(msg.addToUserWords(text), ClientCommands.addToUserDictionary, { words: [text] });
  }
  if (host.workspace && code.startsWith('name/') && text.trim()) {
    action(msg.notAName(text.trim()), ServerCommands.notAName, { uri, names: [text.trim()] } satisfies NotANameArgs);
  }
  if (host.workspace) {
    const span = { start: doc.offsetAt(diagnostic.range.start), end: doc.offsetAt(diagnostic.range.end) };
    action(msg.ignoreHere, ServerCommands.ignore, { uri, keys: [ignoreKey(doc.getText(), { code, span }), ...(data.also ?? []).map((a) => a.ignoreKey)] } satisfies IgnoreArgs);
  }
  return out;
}

/** "Use «X» for every mention": rewrites each mention of the entity that is spelled differently. */
function useEverywhere(doc: TextDocument, key: string, preferred: string | undefined, analysis: Analysis, msg: Messages): CodeAction | undefined {
  const entity = analysis.entities.find((e) => e.key === key);
  if (!entity) return undefined;
  const target = preferred || entity.name;
  const edits = mentionsToRespell(entity, target).map((m) => TextEdit.replace(toRange(doc, m.span), target));
  if (edits.length === 0) return undefined;
  return CodeAction.create(msg.useEverywhere(target, edits.length), versionedEdit(doc, doc.version, edits), CodeActionKind.QuickFix);
}

/**
 * The fix-all action: `fix` is the findings of one pass (their safe first suggestions; where two overlap, the
 * earlier one wins) or the edits of a fix-all run to its end (see core/fix.ts), as edits of this version.
 */
export function fixAllAction(doc: TextDocument, fix: readonly Finding[] | { edits: readonly Edit[] }, msg: Messages): CodeAction | undefined {
  const edits = 'edits' in fix ? fix.edits : safeEdits(fix);
  if (edits.length === 0) return undefined;
  return CodeAction.create(msg.fixAll, versionedEdit(doc, doc.version, edits.map((e) => TextEdit.replace(toRange(doc, e.span), e.newText))), FIX_ALL_KIND);
}
