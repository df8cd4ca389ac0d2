// npm run eval [-- SET...] [--limit N]: scores the built CLI with the shared scorer on the development sets.
// The scorer and the research-only corpora live in ../shared (never copied here); without it this skips cleanly.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.join(root, '..', 'shared');
const runner = path.join(shared, 'eval', 'run.mjs');
if (!existsSync(runner)) {
  console.log(`eval: skipped (${runner} not found; the evaluation sets are not part of the project)`);
  process.exit(0);
}

const args = process.argv.slice(2);
const sets = args.filter((a) => !a.startsWith('--') && !/^\d+$/.test(a));
const passThrough = args.filter((a) => !sets.includes(a));
const defaultSets = ['ocr-dev', 'faspell-nonword-dev', 'faspell-dev', 'clean-dev', 'duplicates-dev', 'names-dev', 'entities-dev'];
const setFiles = (sets.length ? sets : defaultSets).map((s) => (s.endsWith('.jsonl') ? s : path.join(shared, 'corpora', `${s}.jsonl`)));

const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);

const r = spawnSync(
  process.execPath,
  [runner, '--tool', `dabir=node ${path.join(root, 'dist', 'cli.js')} check --format json`, ...setFiles.flatMap((f) => ['--set', f]), ...passThrough],
  { stdio: 'inherit', cwd: root },
);
process.exit(r.status ?? 1);
