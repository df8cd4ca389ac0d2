// A pool of analysis workers (dist/analysis-worker.js) for hosts that analyse many texts at once (the CLI on many
// files): each text goes to the least busy worker; answers come back as promises, so the caller keeps its order.
import type { Analysis, AnalyzeOptions } from '../core';
import type { WorkerPort } from '../lsp/runner';
import { nodeWorker } from './nodeWorker';

interface Slot {
  port: WorkerPort;
  waiting: Map<number, { resolve(a: Analysis): void; reject(e: Error): void }>;
}

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private nextId = 0;

  constructor(file: string, size: number, env?: NodeJS.ProcessEnv) {
    for (let i = 0; i < size; i++) {
      const slot: Slot = { port: nodeWorker(file, env), waiting: new Map() };
      slot.port.listen({
        message: (reply) => {
          const w = slot.waiting.get(reply.id);
          slot.waiting.delete(reply.id);
          if ('error' in reply) w?.reject(new Error(reply.error));
          else w?.resolve(reply.analysis);
        },
        exit: (error) => {
          for (const w of slot.waiting.values()) w.reject(error);
          slot.waiting.clear();
        },
      });
      this.slots.push(slot);
    }
  }

  analyze(text: string, options: AnalyzeOptions = {}): Promise<Analysis> {
    const slot = this.slots.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      slot.waiting.set(id, { resolve, reject });
      slot.port.post({ id, text, options });
    });
  }

  close(): void {
    for (const s of this.slots) s.port.terminate();
  }
}
