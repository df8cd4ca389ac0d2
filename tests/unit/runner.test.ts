// The analysis queue of the language server (lsp/runner.ts), with a fake worker whose replies the test sends by
// hand and mocked timers: one analysis at a time, newer edits replacing older ones, the time budget and a crash.
import assert from 'node:assert/strict';
import { mock, test } from 'node:test';
import { OverBudget, Superseded, WorkerRunner, type RunResult, type WorkerPort, type WorkerReply, type WorkerRequest } from '../../server/src/lsp/runner';

interface FakeWorker {
  posted: WorkerRequest[];
  terminated: boolean;
  reply(reply: WorkerReply): void;
  crash(): void;
}

function fakes() {
  const workers: FakeWorker[] = [];
  const spawn = (): WorkerPort => {
    let handlers: Parameters<WorkerPort['listen']>[0] | undefined;
    const w: FakeWorker = {
      posted: [],
      terminated: false,
      reply: (r) => handlers!.message(r),
      crash: () => handlers!.exit(new Error('worker crashed')),
    };
    workers.push(w);
    return { post: (r) => w.posted.push(r), listen: (h) => (handlers = h), terminate: () => (w.terminated = true) };
  };
  return { workers, runner: new WorkerRunner(spawn) };
}

const job = (key: string, text: string) => ({ key, text, options: {}, budgetMs: 1000 });
const analysisOf = (text: string) => ({ findings: [], entities: [{ key: text, name: text, kind: 'other' as const, mentions: [], spellings: [] }] });
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

test('runs one analysis at a time, in order, in one worker', async () => {
  const { workers, runner } = fakes();
  const a = runner.run(job('a', 'یک'));
  const b = runner.run(job('b', 'دو'));
  assert.equal(workers.length, 1);
  assert.deepEqual(workers[0].posted.map((r) => r.text), ['یک'], 'the second waits for the first');
  workers[0].reply({ id: workers[0].posted[0].id, analysis: analysisOf('یک') });
  assert.equal((await a).analysis.entities[0].key, 'یک');
  assert.deepEqual(workers[0].posted.map((r) => r.text), ['یک', 'دو']);
  workers[0].reply({ id: workers[0].posted[1].id, analysis: analysisOf('دو') });
  const result: RunResult = await b;
  assert.equal(result.analysis.entities[0].key, 'دو');
  assert.equal(result.partial, false);
});

test('a newer job for the same document replaces a queued one and cancels a running one', async () => {
  const { workers, runner } = fakes();
  const first = runner.run(job('doc', 'نسخهٔ ۱'));
  const other = runner.run(job('other', 'دیگر'));
  const second = runner.run(job('other', 'دیگر ۲'));
  await assert.rejects(other, Superseded, 'the queued job of the same document is dropped');
  const third = runner.run(job('doc', 'نسخهٔ ۲'));
  await assert.rejects(first, Superseded, 'the running job of the same document is cancelled');
  assert.ok(workers[0].terminated, 'by stopping its worker');
  // the next job starts in a new worker; a late reply of the stopped one is ignored
  workers[0].reply({ id: workers[0].posted[0].id, analysis: analysisOf('late') });
  assert.equal(workers.length, 2);
  assert.deepEqual(workers[1].posted.map((r) => r.text), ['دیگر ۲']);
  workers[1].reply({ id: workers[1].posted[0].id, analysis: analysisOf('دیگر ۲') });
  assert.equal((await second).analysis.entities[0].key, 'دیگر ۲');
  workers[1].reply({ id: workers[1].posted[1].id, analysis: analysisOf('نسخهٔ ۲') });
  assert.equal((await third).analysis.entities[0].key, 'نسخهٔ ۲');
});

test('over its time budget an analysis is redone without searches and says it is partial; over again, it fails', async () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    const { workers, runner } = fakes();
    const slow = runner.run(job('doc', 'کند'));
    mock.timers.tick(1000);
    assert.ok(workers[0].terminated);
    assert.deepEqual(workers[1].posted[0].options.searchAllowance, { base: 0, perChar: 0 });
    workers[1].reply({ id: workers[1].posted[0].id, analysis: analysisOf('کند') });
    assert.equal((await slow).partial, true);

    const slower = runner.run(job('doc', 'کندتر'));
    mock.timers.tick(1000);
    mock.timers.tick(1000);
    await assert.rejects(slower, OverBudget);
    // the queue goes on
    const next = runner.run(job('doc', 'تند'));
    const w = workers.at(-1)!;
    w.reply({ id: w.posted.at(-1)!.id, analysis: analysisOf('تند') });
    assert.equal((await next).partial, false);
  } finally {
    mock.timers.reset();
  }
});

test('a worker that dies fails its job only; the next job gets a new worker', async () => {
  const { workers, runner } = fakes();
  const doomed = runner.run(job('a', 'الف'));
  const next = runner.run(job('b', 'ب'));
  workers[0].crash();
  await assert.rejects(doomed, /crashed/);
  await flush();
  assert.equal(workers.length, 2);
  workers[1].reply({ id: workers[1].posted[0].id, analysis: analysisOf('ب') });
  assert.equal((await next).analysis.entities[0].key, 'ب');
  // an error the analysis itself raised is that job's failure, not the worker's
  const bad = runner.run(job('c', 'ج'));
  workers[1].reply({ id: workers[1].posted[1].id, error: 'boom' });
  await assert.rejects(bad, /boom/);
  runner.dispose();
  assert.ok(workers[1].terminated);
});
