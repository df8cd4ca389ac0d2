// Plain data that the analysis core produces. Nothing here knows about LSP, VS Code, files or processes.

/** A half-open range of UTF-16 code unit offsets into the analysed text. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A message in both languages the product speaks; the host picks one. */
export interface Localized {
  fa: string;
  en: string;
}

export type CheckId = 'garbled' | 'name' | 'duplicate' | 'style';

export interface RelatedSpan {
  span: Span;
  message: Localized;
  /**
   * The text the span points into, when it is not the finding's own: the identifier the host gave that text (e.g.
   * its path). Set by checks over several texts (see desk.ts); absent for spans in the same text.
   */
  file?: string;
}

export interface Finding {
  /** The check that produced it. */
  check: CheckId;
  /** `<check>/<sub>`, e.g. `garbled/unknown-word`. */
  code: string;
  severity: Severity;
  span: Span;
  message: Localized;
  /** Replacements for the whole span, best first. `""` deletes the span. */
  suggestions: string[];
  related?: RelatedSpan[];
  /** True when the first suggestion is safe to apply without review (used by fix-all). */
  safe?: boolean;
  /** For `name/…` findings: the key of the entity (see Entity.key) it belongs to. */
  entity?: string;
  /** Other findings on the same mistake merged into this one (their reasons are in its message): code and span. */
  also?: { code: string; span: Span }[];
}

export type EntityKind = 'person' | 'place' | 'organization' | 'other';

export interface Mention {
  span: Span;
  /** The text exactly as written at `span`. */
  text: string;
}

export interface Spelling {
  text: string;
  count: number;
  /**
   * Spellings with the same form number are one name written two ways («ماکرون», «مکرون»); the full name and its
   * short forms have different numbers. Respelling rewrites only within a form.
   */
  form?: number;
}

export interface Entity {
  /** Stable key within one analysis (the normalised canonical spelling). */
  key: string;
  /** Canonical (preferred) spelling. */
  name: string;
  kind: EntityKind;
  mentions: Mention[];
  /** Distinct spellings, most frequent first. */
  spellings: Spelling[];
  /** True when a `name/…` finding says the article spells this entity more than one way (set by analyze). */
  inconsistent?: boolean;
}

export interface Analysis {
  findings: Finding[];
  entities: Entity[];
}
