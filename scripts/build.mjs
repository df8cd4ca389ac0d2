// Builds Dabir: compiles the lexicon and the context model (when their inputs changed) and bundles the three hosts with esbuild.
//   node scripts/build.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { buildContext } from './build-context.mjs';
import { buildLexicon } from './build-lexicon.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

await buildLexicon({ quiet: false });
await buildContext({ quiet: false });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const builds = [
  { entryPoints: { client: 'client/src/extension.ts' }, external: ['vscode'] },
  { entryPoints: { server: 'server/src/server.ts' } },
  { entryPoints: { 'analysis-worker': 'server/src/analysis-worker.ts' } },
  { entryPoints: { cli: 'server/src/cli.ts' }, banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: { bench: 'scripts/bench.ts' } },
];

const contexts = await Promise.all(
  builds.map((b) => esbuild.context({ ...common, ...b, outdir: 'dist' })),
);
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
