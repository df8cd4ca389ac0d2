// The word lists a workspace folder keeps for Dabir, loaded from plain files and reloaded when they change:
//   words      (`dabir.files.words`, default .dabir/words.txt)  words accepted as correct
//   names      (`dabir.files.names`, default .dabir/names.txt)  the newsroom's names list
//   ignore     (.dabir/ignore.txt)                              "ignore here" keys
//   not-names  (.dabir/not-names.txt)                           words the editor said are not names
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EntityKind } from '../core';
import { parseNamesList, spellingId, type NamesListEntry, type NamesListProblem } from '../core/names-list';
import { LIST_FILE_HEADERS } from '../protocol';
import { parseList, readIfExists, writeAtomic } from './listFiles';

export type ListName = 'words' | 'names' | 'ignore' | 'notNames';

export const DEFAULT_LOCATIONS: Record<ListName, string> = {
  words: '.dabir/words.txt',
  names: '.dabir/names.txt',
  ignore: '.dabir/ignore.txt',
  notNames: '.dabir/not-names.txt',
};

/** The header a list file is created with (shared with the client, which may create them too). */
export const HEADERS = LIST_FILE_HEADERS;

export interface FolderLists {
  /** file:// URI of the workspace folder. */
  uri: string;
  paths: Record<ListName, string>;
  words: string[];
  ignoreKeys: string[];
  notNames: string[];
  names: NamesListEntry[];
  nameProblems: NamesListProblem[];
  /** Files that could not be read (permissions, a folder in the way…), with the reason. */
  errors: string[];
}

export function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

export const pathToUri = (path: string) => pathToFileURL(path).toString();

/** True when `child` is `parent` or lies below it. */
function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export class WorkspaceLists {
  private folders: { uri: string; path: string }[] = [];
  private readonly lists = new Map<string, FolderLists>();

  setFolders(uris: readonly string[]): void {
    this.folders = uris.flatMap((uri) => {
      const path = uriToPath(uri);
      return path ? [{ uri, path }] : [];
    });
    // the innermost folder first, so a nested folder wins over its parent
    this.folders.sort((a, b) => b.path.length - a.path.length);
    for (const key of [...this.lists.keys()]) if (!this.folders.some((f) => f.uri === key)) this.lists.delete(key);
  }

  folderUris(): string[] {
    return this.folders.map((f) => f.uri);
  }

  /** The workspace folder holding the document, or undefined outside every folder. */
  folderOf(docUri: string): string | undefined {
    const path = uriToPath(docUri);
    if (!path) return undefined;
    return this.folders.find((f) => isInside(f.path, path))?.uri;
  }

  /** The document's path relative to its folder (forward slashes), or its absolute path outside any folder. */
  relativePath(docUri: string): string | undefined {
    const path = uriToPath(docUri);
    if (!path) return undefined;
    const folder = this.folders.find((f) => isInside(f.path, path));
    return (folder ? relative(folder.path, path) : path).split(sep).join('/');
  }

  /** The lists of the document's folder (as last loaded). */
  for(docUri: string): FolderLists | undefined {
    const folder = this.folderOf(docUri);
    return folder ? this.lists.get(folder) : undefined;
  }

  get(folderUri: string): FolderLists | undefined {
    return this.lists.get(folderUri);
  }

  all(): FolderLists[] {
    return [...this.lists.values()];
  }

  /** (Re)reads every list of a folder. `locations` come from the folder's settings (relative to it, or absolute). */
  load(folderUri: string, locations: Partial<Record<ListName, string>> = {}): FolderLists {
    const root = uriToPath(folderUri)!;
    const paths = {} as Record<ListName, string>;
    for (const name of Object.keys(DEFAULT_LOCATIONS) as ListName[]) {
      paths[name] = resolve(root, locations[name] || DEFAULT_LOCATIONS[name]);
    }
    const errors: string[] = [];
    const read = (name: ListName) => {
      try {
        return readIfExists(paths[name]);
      } catch (e) {
        errors.push(`${paths[name]}: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      }
    };
    const namesList = parseNamesList(read('names') ?? '');
    const lists: FolderLists = {
      uri: folderUri,
      paths,
      words: parseList(read('words')),
      ignoreKeys: parseList(read('ignore')),
      notNames: parseList(read('notNames')),
      names: namesList.entries,
      nameProblems: namesList.problems,
      errors,
    };
    this.lists.set(folderUri, lists);
    return lists;
  }

  /** Which list (and of which folder) a file is, if it is one of ours. */
  listOf(fileUri: string): { folder: FolderLists; name: ListName } | undefined {
    const path = uriToPath(fileUri);
    if (!path) return undefined;
    for (const folder of this.lists.values()) {
      for (const [name, p] of Object.entries(folder.paths) as [ListName, string][]) if (p === path) return { folder, name };
    }
    return undefined;
  }
}


/**
 * Adds an entity to a names file (created on first use): when a line already lists one of its spellings, the new
 * spellings join that line as variants (its preferred spelling stays); otherwise a new line is appended. Every other
 * line is kept byte for byte. Returns the line written.
 */
export function addToNamesFile(path: string, entity: { preferred: string; variants: string[]; kind?: EntityKind }): string {
  const clean = (s: string) => s.replace(/[|\t#\r\n]+/g, ' ').trim();
  const spellings = [entity.preferred, ...entity.variants].map(clean).filter(Boolean);
  const existing = readIfExists(path);
  const lines = existing === undefined ? HEADERS.names.split('\n') : existing.replace(/\n$/, '').split('\n');
  const { entries } = parseNamesList(existing ?? '');
  const ids = new Set(spellings.map(spellingId));
  const match = entries.find((e) => [e.preferred, ...e.variants].some((s) => ids.has(spellingId(s))));
  let line: string;
  if (match) {
    const known = new Set([match.preferred, ...match.variants].map(spellingId));
    const extra = spellings.filter((s) => !known.has(spellingId(s)));
    const raw = lines[match.line - 1];
    const hash = raw.indexOf('#');
    const body = (hash >= 0 ? raw.slice(0, hash) : raw).trimEnd();
    // the spacing and comment after the entry stay as they were
    line = extra.length ? `${body} | ${extra.join(' | ')}${raw.slice(body.length)}` : raw;
    lines[match.line - 1] = line;
  } else {
    const unique = spellings.filter((s, i) => spellings.findIndex((t) => spellingId(t) === spellingId(s)) === i);
    line = (entity.kind ? `${entity.kind}: ` : '') + unique.join(' | ');
    lines.push(line);
  }
  writeAtomic(path, lines.join('\n') + '\n');
  return line;
}
