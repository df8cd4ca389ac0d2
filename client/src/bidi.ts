// VS Code lays every label out as one left-to-right paragraph. A Persian word followed by digits or brackets pulls
// them into its right-to-left run («روسیه (13)» shows as «(13) روسیه», «روسیه 4:30» as «4:30روسیه»). A left-to-right
// mark after each Persian run ends the run where the word ends; the marks are invisible and change no text a user
// types or copies from the editor.
import type * as vscode from 'vscode';

const RTL_RUN = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc](?:[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200c\u064b-\u065f ]*[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc])?/g;

/** The text with a left-to-right mark after every right-to-left run. */
export function ltrSafe(text: string): string {
  return text.replace(RTL_RUN, '$&\u200e');
}

/** Document symbols (the Outline, breadcrumbs, Go to Symbol) with bidi-safe names and details, recursively. */
export function makeSymbolsLtrSafe(symbols: readonly (vscode.DocumentSymbol | vscode.SymbolInformation)[]): void {
  for (const s of symbols) {
    s.name = ltrSafe(s.name);
    if ('detail' in s) {
      s.detail = ltrSafe(s.detail);
      makeSymbolsLtrSafe(s.children);
    }
  }
}
