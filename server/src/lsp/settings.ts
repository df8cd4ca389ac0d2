// The `dabir` settings: their defaults, validation (bad values fall back to defaults, with a warning),
// and their translation into the core's AnalyzeOptions.
import type { AnalyzeOptions, CheckId, Severity } from '../core';
import type { Lang } from './messages';
import type { FolderLists } from './workspaceLists';

/** What a workspace folder's list files add to the settings. */
export type WorkspaceWords = Pick<FolderLists, 'words' | 'ignoreKeys' | 'notNames' | 'names'>;

export const CHECK_IDS: readonly CheckId[] = ['garbled', 'name', 'duplicate', 'style'];
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export interface CheckSettings {
  enabled: boolean;
  /** `default` keeps the severity each finding comes with. */
  severity: Severity | 'default';
}

export interface DabirSettings {
  enable: boolean;
  checks: Record<CheckId, CheckSettings>;
  language: 'auto' | Lang;
  maxFileSizeKB: number;
  debounceMs: number;
  /** The longest one analysis may take (see runner.ts). */
  timeBudgetMs: number;
  userWords: string[];
  /** Language ids of the documents to check. */
  languages: string[];
  /** Globs a document's path (relative to its workspace folder) must match to be checked; empty: every path. */
  include: string[];
  /** Globs of paths never checked. */
  exclude: string[];
  /** Where the workspace word list and names list live (relative to the workspace folder, or absolute). */
  files: { words: string; names: string };
}

export const DEFAULT_LANGUAGES = ['persian-news', 'plaintext', 'markdown'];

export function defaultSettings(): DabirSettings {
  return {
    enable: true,
    checks: {
      garbled: { enabled: true, severity: 'default' },
      name: { enabled: true, severity: 'default' },
      duplicate: { enabled: true, severity: 'default' },
      style: { enabled: true, severity: 'default' },
    },
    language: 'auto',
    maxFileSizeKB: 1024,
    debounceMs: 300,
    timeBudgetMs: 10_000,
    userWords: [],
    languages: [...DEFAULT_LANGUAGES],
    include: [],
    exclude: ['**/node_modules/**', '**/.git/**'],
    files: { words: '.dabir/words.txt', names: '.dabir/names.txt' },
  };
}

export interface ParsedSettings {
  settings: DabirSettings;
  /** One line per invalid value that was replaced by its default. */
  warnings: string[];
}

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates the raw `dabir` section (anything the client sends) into complete settings. */
export function parseSettings(raw: unknown): ParsedSettings {
  const settings = defaultSettings();
  const warnings: string[] = [];
  if (raw === undefined || raw === null) return { settings, warnings };
  if (!isObject(raw)) {
    warnings.push(`dabir: expected an object of settings, got ${JSON.stringify(raw)}; using defaults`);
    return { settings, warnings };
  }

  // Reads one value; keeps the default (and warns) when it is present but fails the test.
  const pick = <T>(obj: Raw, key: string, name: string, ok: (v: unknown) => boolean, fallback: T): T => {
    const v = obj[key];
    if (v === undefined || v === null) return fallback;
    if (ok(v)) return v as T;
    warnings.push(`dabir.${name}: invalid value ${JSON.stringify(v)}; using ${JSON.stringify(fallback)}`);
    return fallback;
  };
  const isBool = (v: unknown) => typeof v === 'boolean';
  const intIn = (lo: number, hi: number) => (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;

  settings.enable = pick(raw, 'enable', 'enable', isBool, settings.enable);
  settings.language = pick(raw, 'language', 'language', (v) => v === 'auto' || v === 'fa' || v === 'en', settings.language);
  settings.maxFileSizeKB = pick(raw, 'maxFileSizeKB', 'maxFileSizeKB', intIn(1, 1024 * 1024), settings.maxFileSizeKB);
  settings.debounceMs = pick(raw, 'debounceMs', 'debounceMs', intIn(0, 60_000), settings.debounceMs);
  settings.timeBudgetMs = pick(raw, 'timeBudgetMs', 'timeBudgetMs', intIn(500, 600_000), settings.timeBudgetMs);

  // A list of non-empty strings; bad items are dropped (with a warning), a bad list keeps the default.
  const strings = (obj: Raw, key: string, name: string, fallback: string[]): string[] => {
    const v = obj[key];
    if (v === undefined || v === null) return fallback;
    if (!Array.isArray(v)) {
      warnings.push(`dabir.${name}: expected an array of strings, got ${JSON.stringify(v)}; ignoring it`);
      return fallback;
    }
    const out: string[] = [];
    for (const item of v) {
      if (typeof item === 'string' && item.trim()) out.push(item.trim());
      else warnings.push(`dabir.${name}: ignoring ${JSON.stringify(item)} (not a non-empty string)`);
    }
    return out;
  };
  settings.userWords = strings(raw, 'userWords', 'userWords', settings.userWords);
  settings.languages = strings(raw, 'languages', 'languages', settings.languages);
  settings.include = strings(raw, 'include', 'include', settings.include);
  settings.exclude = strings(raw, 'exclude', 'exclude', settings.exclude);
  const files = raw.files;
  if (isObject(files)) {
    const isPath = (v: unknown) => typeof v === 'string' && v.trim() !== '';
    settings.files.words = pick(files, 'words', 'files.words', isPath, settings.files.words);
    settings.files.names = pick(files, 'names', 'files.names', isPath, settings.files.names);
  } else if (files !== undefined && files !== null) {
    warnings.push(`dabir.files: expected an object, got ${JSON.stringify(files)}; using defaults`);
  }

  const checks = raw.checks;
  if (isObject(checks)) {
    for (const id of CHECK_IDS) {
      const c = checks[id];
      if (c === undefined || c === null) continue;
      if (!isObject(c)) {
        warnings.push(`dabir.checks.${id}: expected an object, got ${JSON.stringify(c)}; using defaults`);
        continue;
      }
      const s = settings.checks[id];
      s.enabled = pick(c, 'enabled', `checks.${id}.enabled`, isBool, s.enabled);
      s.severity = pick(c, 'severity', `checks.${id}.severity`, (v) => v === 'default' || SEVERITIES.includes(v as Severity), s.severity);
    }
  } else if (checks !== undefined && checks !== null) {
    warnings.push(`dabir.checks: expected an object, got ${JSON.stringify(checks)}; using defaults`);
  }
  return { settings, warnings };
}

/** The core's options for these settings; `unavailable` lists checks the host cannot run (e.g. without a lexicon). */
export function analyzeOptions(settings: DabirSettings, unavailable: readonly CheckId[] = [], lists?: WorkspaceWords): AnalyzeOptions {
  const disabled = CHECK_IDS.filter((id) => !settings.checks[id].enabled || unavailable.includes(id));
  const severity: Partial<Record<CheckId, Severity>> = {};
  for (const id of CHECK_IDS) {
    const s = settings.checks[id].severity;
    if (s !== 'default') severity[id] = s;
  }
  return {
    userWords: lists ? [...settings.userWords, ...lists.words] : settings.userWords,
    disabled,
    severity,
    ignoreKeys: lists?.ignoreKeys,
    notNames: lists?.notNames,
    namesList: lists?.names,
  };
}
