// The server's plain list files and path globs, without a server: sorted unique words, kept comments, atomic writes
// that never lose an existing file, names-list merging, and the include/exclude globs.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { matchesAny } from '../../server/src/lsp/glob';
import { addToSortedList, parseList, writeAtomic } from '../../server/src/lsp/listFiles';
import { addToNamesFile } from '../../server/src/lsp/workspaceLists';

const dir = mkdtempSync(path.join(tmpdir(), 'dabir-files-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('list files', () => {
  test('a words file is created on first use with its header, then kept sorted and unique', () => {
    const file = path.join(dir, 'new', 'words.txt');
    assert.deepEqual(addToSortedList(file, ['یزد', 'آبادان'], '# header'), ['یزد', 'آبادان']);
    assert.deepEqual(addToSortedList(file, ['بم', 'یزد', ' بم '], '# header'), ['بم']);
    assert.equal(readFileSync(file, 'utf8'), '# header\nآبادان\nبم\nیزد\n');
    assert.deepEqual(parseList(readFileSync(file, 'utf8')), ['آبادان', 'بم', 'یزد']);
  });

  test('an existing file keeps its comments and entries; nothing is written when nothing is new', () => {
    const file = path.join(dir, 'kept.txt');
    writeFileSync(file, '# ours\r\nکرج\r\n\r\nاراک\r\n');
    assert.deepEqual(addToSortedList(file, ['کرج'], '# header'), []);
    assert.equal(readFileSync(file, 'utf8'), '# ours\r\nکرج\r\n\r\nاراک\r\n');
    addToSortedList(file, ['بابل'], '# header');
    assert.equal(readFileSync(file, 'utf8'), '# ours\nاراک\nبابل\nکرج\n');
  });

  test('a failed write leaves the old file whole and no temporary file behind', () => {
    const sub = path.join(dir, 'atomic');
    mkdirSync(path.join(sub, 'target.txt'), { recursive: true }); // a folder where the file should go: rename fails
    assert.throws(() => writeAtomic(path.join(sub, 'target.txt'), 'x'));
    assert.deepEqual(readdirSync(sub), ['target.txt']);
    const file = path.join(sub, 'ok.txt');
    writeFileSync(file, 'old\n');
    writeAtomic(file, 'new\n');
    assert.equal(readFileSync(file, 'utf8'), 'new\n');
    assert.deepEqual(readdirSync(sub).sort(), ['ok.txt', 'target.txt']);
  });

  test('adding to the names list merges into the line that already lists a spelling', () => {
    const file = path.join(dir, 'names.txt');
    writeFileSync(file, '# desk list\nperson: گراسیموف | گراسیمف  # the general\nباکو\n');
    assert.equal(addToNamesFile(file, { preferred: 'گراسیموف', variants: ['گراسیموو', 'گراسيمف'] }), 'person: گراسیموف | گراسیمف | گراسیموو  # the general');
    assert.equal(addToNamesFile(file, { preferred: 'مسکو', variants: ['مسكو|x'], kind: 'place' }), 'place: مسکو | مسكو x');
    assert.equal(readFileSync(file, 'utf8'), '# desk list\nperson: گراسیموف | گراسیمف | گراسیموو  # the general\nباکو\nplace: مسکو | مسكو x\n');
  });
});

describe('include / exclude globs', () => {
  test('match paths relative to the workspace folder', () => {
    assert.ok(matchesAny('drafts/a/b.txt', ['drafts/**']));
    assert.ok(matchesAny('node_modules/x/readme.md', ['**/node_modules/**']));
    assert.ok(matchesAny('a/node_modules/x.md', ['**/node_modules/**']));
    assert.ok(matchesAny('news/x.fa.txt', ['**/*.fa.*']));
    assert.ok(matchesAny('deep/notes.md', ['*.md']), 'a pattern without a slash matches the file name anywhere');
    assert.ok(matchesAny('x.markdown', ['*.{md,markdown}']));
    assert.ok(!matchesAny('news/x.txt', ['drafts/**', '*.md']));
    assert.ok(!matchesAny('draftsX/a.txt', ['drafts/**']));
  });
});
