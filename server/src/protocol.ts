// The custom requests and notifications shared by the Dabir client and server. The ONLY place they are typed:
// both sides import these constants, so their names and shapes cannot drift apart.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Range } from 'vscode-languageserver-protocol';

export type EntityKind = 'person' | 'place' | 'organization' | 'other';

export interface EntityMentionInfo {
  range: Range;
  /** The text exactly as written. */
  text: string;
}

export interface EntityInfo {
  /** Stable key within one analysis. */
  key: string;
  /** Canonical spelling. */
  name: string;
  kind: EntityKind;
  /** Distinct spellings, most frequent first. */
  /** Spellings sharing `form` are one name written two ways; the full name and its short forms differ in `form`. */
  spellings: { text: string; count: number; form: number }[];
  mentions: EntityMentionInfo[];
  /** True when the article spells it more than one way and Dabir flags the minority spellings. */
  inconsistent?: boolean;
}

export interface EntitiesParams {
  uri: string;
}

export interface EntitiesResult {
  /** The document version the entities were computed for. */
  version: number;
  entities: EntityInfo[];
}

/** `dabir/entities`: the names found in a document, grouped into entities. Empty when the document is not checked. */
export const EntitiesRequest = new RequestType<EntitiesParams, EntitiesResult, void>('dabir/entities');

export type CheckState = 'checking' | 'ready' | 'skipped';
/**
 * Why a document was not checked: switched off, a language or path the settings leave out, no Persian, above
 * dabir.maxFileSizeKB, binary, an internal error, over its time budget even without suggestion searches
 * (`overBudget`) — or `stale` (it changed or closed while being checked).
 */
export type SkipReason = 'disabled' | 'language' | 'excluded' | 'noPersian' | 'tooLarge' | 'binary' | 'error' | 'stale' | 'overBudget';

export interface StatusParams {
  uri: string;
  state: CheckState;
  /** Number of diagnostics published (state `ready`). */
  findings?: number;
  /** State `ready`: the analysis went over its time budget and was redone without suggestion searches. */
  partial?: boolean;
  /** Why the document was not checked (state `skipped`). */
  reason?: SkipReason;
}

/** `dabir/status`: server → client, the checking state of one document. */
export const StatusNotification = new NotificationType<StatusParams>('dabir/status');

/** The code-action kind of the document-wide fix-all. */
export const FIX_ALL_KIND = 'source.fixAll.dabir';

/** What every Dabir diagnostic carries in `Diagnostic.data`. */
export interface DiagnosticData {
  /** Replacements for the diagnostic's range, best first; `""` removes it. */
  suggestions: string[];
  /** The document version the diagnostic was computed for. */
  version: number;
  /** True when the first suggestion is safe to apply in a fix-all. */
  safe?: boolean;
  /** For `name/…` diagnostics: the entity key. */
  entity?: string;
  /**
   * Other findings on the same mistake merged into this diagnostic (see core/merge.ts): their codes, and the keys
   * «Ignore here» remembers them by.
   */
  also?: { code: string; ignoreKey: string }[];
}

export interface CheckFileParams {
  /** A file:// URI; an open document is checked as it is in the editor, any other file as it is on disk. */
  uri: string;
}

export interface CheckFileResult {
  /** Number of diagnostics published for the file. */
  findings?: number;
  /** Why the file was not checked. */
  skipped?: SkipReason;
}

/** `dabir/checkFile`: checks one file (open or not) and publishes its diagnostics; used by "check the workspace". */
export const CheckFileRequest = new RequestType<CheckFileParams, CheckFileResult, void>('dabir/checkFile');

/**
 * Commands the SERVER executes (workspace/executeCommand); each takes one argument object. The server writes the
 * workspace's plain list files itself, so these work from any LSP editor, not only VS Code.
 */
export const ServerCommands = {
  /** Adds words to the workspace dictionary (`dabir.files.words`). */
  addWords: 'dabir.server.addWords',
  /** Remembers "ignore here" keys in `.dabir/ignore.txt`. */
  ignore: 'dabir.server.ignore',
  /** Remembers that words are not names, in `.dabir/not-names.txt`. */
  notAName: 'dabir.server.notAName',
  /** Adds an entity to the names list (`dabir.files.names`). */
  addToNamesList: 'dabir.server.addToNamesList',
} as const;

export interface AddWordsArgs {
  /** The document the words come from: its workspace folder receives them. */
  uri: string;
  words: string[];
}

export interface IgnoreArgs {
  uri: string;
  keys: string[];
}

export interface NotANameArgs {
  uri: string;
  names: string[];
}

export interface AddToNamesListArgs {
  uri: string;
  preferred: string;
  variants: string[];
  kind?: EntityKind;
}

/** What every server command answers: the file it wrote, or why it could not. */
export interface ListCommandResult {
  file?: string;
  /** Entries that were not there before. */
  added?: string[];
  error?: string;
}

/** Commands the VS Code CLIENT implements, which the server may put in code actions when the client says so. */
export const ClientCommands = {
  /** Adds words to the user dictionary (the user-level `dabir.userWords` setting). Argument: `{ words: string[] }`. */
  addToUserDictionary: 'dabir.addToUserDictionary',
} as const;

/** `initializationOptions` a client may send. */
export interface DabirInitializationOptions {
  /** The client implements ClientCommands.addToUserDictionary. */
  userDictionary?: boolean;
}

/** The header each of the workspace's plain list files is created with, by the server or the client. */
export const LIST_FILE_HEADERS = {
  words: '# Dabir: words accepted as correct in this workspace, one per line.',
  names: '# Dabir names list: the preferred spelling, then known variants, separated by |\n# e.g.  person: گراسیموف | گراسیمف',
  ignore: '# Dabir: findings ignored in this workspace (check code|word before|words|word after), one per line.',
  notNames: '# Dabir: words that are not names, one per line.',
} as const;
