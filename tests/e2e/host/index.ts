// The extension-tests entry point that code-server's extension host loads (payload `extensionTestsPath`).
// Runs the mocha suites next to it and writes one JSON line per test to $DABIR_E2E_RESULTS (the orchestrator
// reads that file: it is more dependable than forwarded console output).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const results = process.env.DABIR_E2E_RESULTS;
  const record = (entry: Record<string, unknown>) => {
    if (results) fs.appendFileSync(results, JSON.stringify(entry) + '\n');
  };
  // Generous bounds: every wait inside a test is for a condition, never a fixed sleep.
  const mocha = new Mocha({ ui: 'tdd', timeout: 120_000, color: false, reporter: 'spec' });
  const only = process.env.DABIR_E2E_GREP;
  if (only) mocha.grep(only);
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.e2e.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      record({ event: 'end', failures });
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => record({ event: 'pass', title: t.fullTitle(), ms: t.duration }));
    runner.on('fail', (t, err: Error) => record({ event: 'fail', title: t.fullTitle(), error: err?.stack ?? String(err) }));
  });
}
