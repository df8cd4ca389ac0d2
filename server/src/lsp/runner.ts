// Where analyses run: off the server's main thread, in a worker, so that a long analysis never holds up the
// requests of other documents (code actions, symbols, entities, edits). Transport-agnostic: the host supplies a
// way to start a worker (Node's worker_threads, a browser's Web Worker) and this queue does the rest:
// - one analysis at a time; a newer request for the same document replaces a queued one and cancels a running one
//   (the worker is stopped and started again: an analysis cannot be interrupted half-way);
// - a time budget per analysis: past it the worker is stopped and the document analysed again without
//   suggestion searches (every finding, no ranking), and the result says it is partial; past the budget again,
//   the analysis fails with OverBudget and the checker says so in the document.
import type { Analysis, AnalyzeOptions } from '../core';

export interface AnalysisJob {
  /** The document (its URI): a newer job with the same key supersedes this one. */
  key: string;
  text: string;
  options: AnalyzeOptions;
  /** The longest the analysis may take, in ms. */
  budgetMs: number;
}

export interface RunResult {
  analysis: Analysis;
  /** True when the analysis went over its time budget and was redone without suggestion searches. */
  partial: boolean;
}

export interface AnalysisRunner {
  run(job: AnalysisJob): Promise<RunResult>;
  dispose(): void;
}

/** The job was replaced by a newer one for the same document before it finished. */
export class Superseded extends Error {
  constructor() {
    super('superseded by a newer analysis of the same document');
  }
}

/** The analysis went over its time budget even without suggestion searches. */
export class OverBudget extends Error {
  constructor(readonly ms: number) {
    super(`the analysis took more than ${ms} ms`);
  }
}

/** What the host's worker receives and answers (see analysis-worker.ts). */
export interface WorkerRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
}
export type WorkerReply = { id: number; analysis: Analysis } | { id: number; error: string };

/** One started worker, as the host sees it. */
export interface WorkerPort {
  post(request: WorkerRequest): void;
  /** `exit` fires when the worker dies on its own (a crash, out of memory), never after terminate(). */
  listen(handlers: { message(reply: WorkerReply): void; exit(error: Error): void }): void;
  terminate(): void;
}

/** The allowance of a redone analysis: no searches at all (see core/work.ts). */
const NO_SEARCH = { base: 0, perChar: 0 };

interface Pending {
  job: AnalysisJob;
  resolve(result: RunResult): void;
  reject(error: Error): void;
}

interface Running extends Pending {
  id: number;
  partial: boolean;
  timer: ReturnType<typeof setTimeout>;
}

export class WorkerRunner implements AnalysisRunner {
  private port: WorkerPort | undefined;
  private readonly queue: Pending[] = [];
  private running: Running | undefined;
  private nextId = 0;

  constructor(private readonly spawn: () => WorkerPort) {}

  run(job: AnalysisJob): Promise<RunResult> {
    return new Promise<RunResult>((resolve, reject) => {
      for (let i = this.queue.length - 1; i >= 0; i--) {
        if (this.queue[i].job.key !== job.key) continue;
        this.queue[i].reject(new Superseded());
        this.queue.splice(i, 1);
      }
      if (this.running?.job.key === job.key) this.abort(new Superseded());
      this.queue.push({ job, resolve, reject });
      this.pump();
    });
  }

  dispose(): void {
    for (const p of this.queue.splice(0)) p.reject(new Superseded());
    if (this.running) this.abort(new Superseded());
    this.port?.terminate();
    this.port = undefined;
  }

  private pump(): void {
    if (this.running) return;
    const next = this.queue.shift();
    if (next) this.start(next, false);
  }

  private start(pending: Pending, partial: boolean): void {
    const id = ++this.nextId;
    const timer = setTimeout(() => this.overBudget(), pending.job.budgetMs);
    this.running = { ...pending, id, partial, timer };
    const { text, options } = pending.job;
    this.worker().post({ id, text, options: partial ? { ...options, searchAllowance: NO_SEARCH } : options });
  }

  private worker(): WorkerPort {
    if (!this.port) {
      const port = this.spawn();
      port.listen({
        message: (reply) => this.onReply(reply),
        exit: (error) => {
          if (this.port !== port) return;
          this.port = undefined;
          // the worker died under this job: it fails, the others go on in a new worker
          if (this.running) this.finish().reject(error);
          this.pump();
        },
      });
      this.port = port;
    }
    return this.port;
  }

  private onReply(reply: WorkerReply): void {
    if (!this.running || reply.id !== this.running.id) return;
    const { partial } = this.running;
    const done = this.finish();
    if ('error' in reply) done.reject(new Error(reply.error));
    else done.resolve({ analysis: reply.analysis, partial });
    this.pump();
  }

  private overBudget(): void {
    const running = this.running;
    if (!running) return;
    this.stopWorker();
    if (!running.partial) {
      clearTimeout(running.timer);
      this.start(running, true);
      return;
    }
    this.finish().reject(new OverBudget(running.job.budgetMs));
    this.pump();
  }

  /** Cancels the running job: its worker is stopped (a new one starts with the next job). */
  private abort(error: Error): void {
    this.stopWorker();
    this.finish().reject(error);
  }

  private stopWorker(): void {
    const port = this.port;
    this.port = undefined;
    port?.terminate();
  }

  private finish(): Running {
    const running = this.running!;
    clearTimeout(running.timer);
    this.running = undefined;
    return running;
  }
}

/** Runs analyses on the calling thread, one per turn of the event loop: for hosts that cannot start a worker. */
export function inlineRunner(analyze: (text: string, options: AnalyzeOptions) => Analysis): AnalysisRunner {
  return {
    run: (job) =>
      new Promise((resolve, reject) =>
        setTimeout(() => {
          try {
            resolve({ analysis: analyze(job.text, job.options), partial: false });
          } catch (e) {
            reject(e instanceof Error ? e : new Error(String(e)));
          }
        }, 0),
      ),
    dispose() {},
  };
}
