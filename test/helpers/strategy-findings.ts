/**
 * Comparing a strategy fixture's findings with a hand-checked table: rule, line, column and
 * severity of each (lint with `lintStrategyFixture` from ./strategy-fixture.js), and the rules
 * a strategy's preset enables, as `itstrat rules --strategy <strategy>` lists them.
 */
import { runCli } from './ci-run.js';
import type { FixtureRun } from './strategy-fixture.js';

/** A finding as the tables write it: 2 = error, 1 = warning. */
export interface PlacedFinding {
  ruleId: string;
  line: number;
  column: number;
  severity: 1 | 2;
}

function byPosition(a: PlacedFinding, b: PlacedFinding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.severity - b.severity;
}

/** The run's findings and the table, both in one order (several findings can share a place). */
export function placed(run: FixtureRun, table: readonly PlacedFinding[]): { actual: PlacedFinding[]; expected: PlacedFinding[] } {
  const actual = run.messages.map(({ ruleId, line, column, severity }) => ({ ruleId, line, column, severity }));
  return { actual: actual.sort(byPosition), expected: [...table].sort(byPosition) };
}

export function presetRuleIds(strategy: string): string[] {
  const run = runCli(['rules', '--strategy', strategy, '--format', 'json']);
  return (JSON.parse(run.stdout) as { id: string }[]).map((rule) => rule.id);
}
