/**
 * The strategy fixtures (fixtures/strategies/<strategy>/clean.* and broken.*) linted as a user
 * runs them: the built CLI, `--format json --strategy <strategy>`, from a directory with no
 * config file, so the result is the strategy's preset on top of `recommended`.
 */
import { join } from 'node:path';
import { ROOT, removeDir, runCli, tempDir } from './ci-run.js';

export interface FixtureMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  clauses: string[];
}

export interface FixtureRun {
  code: number;
  stderr: string;
  messages: FixtureMessage[];
  errorCount: number;
  warningCount: number;
}

export function lintStrategyFixture(strategy: string, file: string): FixtureRun {
  const cwd = tempDir(`strategy-${strategy}`);
  try {
    const run = runCli(['lint', join(ROOT, 'fixtures', 'strategies', strategy, file), '--format', 'json', '--strategy', strategy], { cwd });
    const [result] = JSON.parse(run.stdout || '[]') as { messages: FixtureMessage[]; errorCount: number; warningCount: number }[];
    return {
      code: run.code,
      stderr: run.stderr,
      messages: result?.messages ?? [],
      errorCount: result?.errorCount ?? -1,
      warningCount: result?.warningCount ?? -1,
    };
  } finally {
    removeDir(cwd);
  }
}
