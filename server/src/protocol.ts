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
  spellings: { text: string; count: number }[];
  mentions: EntityMentionInfo[];
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
export type SkipReason = 'disabled' | 'noPersian' | 'tooLarge' | 'binary' | 'error';

export interface StatusParams {
  uri: string;
  state: CheckState;
  /** Number of diagnostics published (state `ready`). */
  findings?: number;
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
}
