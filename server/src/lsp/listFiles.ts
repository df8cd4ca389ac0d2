// The plain, reviewable files Dabir keeps in a workspace (`.dabir/words.txt`, `.dabir/ignore.txt`,
// `.dabir/not-names.txt`, the names list): reading them, and adding lines without ever losing what is there.
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync, fsyncSync, closeSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

/** The text of a file, or undefined when it does not exist. Other errors (permissions, a folder) are thrown. */
export function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** The entries of a one-per-line list: trimmed, without blank lines and `#` comment lines. */
export function parseList(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .replace(/^\ufeff/, '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/**
 * Writes `text` to `path` atomically: a temporary file in the same folder is written, flushed, then renamed over the
 * target, so a reader (or a crash) sees either the old file or the new one, never half of one.
 */
export function writeAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(tmp, 'wx');
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Adds entries to a sorted list file (created on first use): comments and the header stay at the top, entries are
 * sorted (Persian collation) and unique. Returns the entries that were new.
 */
export function addToSortedList(path: string, entries: readonly string[], header: string): string[] {
  const existing = readIfExists(path);
  const lines = existing === undefined ? [] : existing.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const comments = existing === undefined ? header.split('\n') : lines.filter((l) => l.trim().startsWith('#'));
  const current = new Set(parseList(existing));
  const added = [...new Set(entries.map((e) => e.trim()).filter((e) => e && !current.has(e)))];
  if (added.length === 0) return [];
  const sorted = [...current, ...added].sort(new Intl.Collator('fa').compare);
  writeAtomic(path, [...comments, ...sorted].join('\n') + '\n');
  return added;
}
