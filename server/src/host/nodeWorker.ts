// Starts the analysis worker (dist/analysis-worker.js) on a Node worker thread, as a WorkerPort (see lsp/runner.ts).
import { Worker } from 'node:worker_threads';
import type { WorkerPort, WorkerReply, WorkerRequest } from '../lsp/runner';

export function nodeWorker(file: string, env?: NodeJS.ProcessEnv): WorkerPort {
  const worker = new Worker(file, env ? { env } : {});
  let terminated = false;
  return {
    post: (request: WorkerRequest) => worker.postMessage(request),
    listen(handlers) {
      worker.on('message', (reply: WorkerReply) => handlers.message(reply));
      worker.on('error', (e: unknown) => {
        if (!terminated) handlers.exit(e instanceof Error ? e : new Error(String(e)));
      });
      worker.on('exit', (code) => {
        if (!terminated) handlers.exit(new Error(`the analysis worker stopped (exit code ${code})`));
      });
    },
    terminate() {
      terminated = true;
      void worker.terminate();
    },
  };
}
