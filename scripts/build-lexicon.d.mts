// Types of the build script's exports (the script itself is plain ESM run by node).
export interface AffClass {
  kind: 'PFX' | 'SFX';
  cross: boolean;
  rules: { strip: string; add: string; cont: string[]; condRe: RegExp | null }[];
}
export function parseAff(text: string): { classes: Map<string, AffClass>; noSuggest: string | null };
export function expandEntry(word: string, entryFlags: string[], classes: Map<string, AffClass>, emit: (form: string, tier: number) => void): void;
export function nounForms(noun: string): [form: string, tier: number][];
export function buildLexicon(options?: { quiet?: boolean; force?: boolean }): Promise<void>;
