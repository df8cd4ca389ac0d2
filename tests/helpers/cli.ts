// Runs the built CLI (dist/cli.js) as a separate process.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export const ROOT = path.join(__dirname, '..', '..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');
export const SEED = path.join(ROOT, 'seeds', '000_909a3f8488f71ad3.txt');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], input?: string | Buffer, env?: NodeJS.ProcessEnv): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface JsonDiagnostic {
  code: string;
  severity: 'error' | 'warning' | 'information' | 'hint';
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  suggestions: string[];
  /** Codes of findings on the same mistake merged into this one. */
  also?: string[];
  related?: { range: JsonDiagnostic['range'] }[];
}

export interface JsonFile {
  path: string;
  diagnostics: JsonDiagnostic[];
  entities: { name: string; kind: string; mentions: { range: JsonDiagnostic['range']; text: string }[] }[];
  error?: string;
}

export function runJson(args: string[], input?: string | Buffer): { status: number | null; files: JsonFile[]; stderr: string } {
  const r = runCli(['check', '--format', 'json', ...args], input);
  return { status: r.status, files: JSON.parse(r.stdout).files, stderr: r.stderr };
}

/** The text a range covers, with lines split at \n, \r\n or \r as LSP does. */
export function textAt(text: string, range: JsonDiagnostic['range']): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') continue;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  const off = (p: { line: number; character: number }) => starts[p.line] + p.character;
  return text.slice(off(range.start), off(range.end));
}
