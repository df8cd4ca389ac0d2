// The analysis worker: loads the lexicon and the context model next to it and answers analysis requests from the
// language server (see lsp/runner.ts), one at a time. Runs on a Node worker thread.
import { parentPort } from 'node:worker_threads';
import { createAnalyzer } from './core';
import { loadContextModel, loadLexicon } from './host/resources';
import type { WorkerReply, WorkerRequest } from './lsp/runner';

const analyzer = createAnalyzer(loadLexicon(__dirname).lexicon, { context: loadContextModel(__dirname).model });

parentPort!.on('message', ({ id, text, options }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id, analysis: analyzer.analyze(text, options) };
  } catch (e) {
    reply = { id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  parentPort!.postMessage(reply);
});
