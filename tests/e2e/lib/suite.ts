// The result of one end-to-end suite, as the orchestrator prints it.
export interface SuiteResult {
  name: string;
  passed: number;
  failed: number;
  /** Failure details (printed under the result line) and artefacts worth knowing about. */
  details: string[];
  ms: number;
}

/** Collects named checks of a suite that is not mocha-driven (screenshots, Neovim). */
export class Checks {
  readonly passed: string[] = [];
  readonly failed: string[] = [];

  async check(name: string, body: () => Promise<void> | void): Promise<boolean> {
    try {
      await body();
      this.passed.push(name);
      return true;
    } catch (e) {
      this.failed.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
  }

  result(name: string, started: number, extra: string[] = []): SuiteResult {
    return { name, passed: this.passed.length, failed: this.failed.length, details: [...this.failed, ...extra], ms: Date.now() - started };
  }
}
