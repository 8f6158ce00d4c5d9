/**
 * Comparing a strategy fixture's findings with a hand-checked table: rule, line, column and
 * severity of each (lint with `lintStrategyFixture` from ./strategy-fixture.js), and the rules
 * a strategy's preset enables, as `itstrat rules --strategy <strategy>` lists them.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './ci-run.js';
import { lintStrategyFixture, type FixtureRun } from './strategy-fixture.js';

/** A finding as the tables write it: 2 = error, 1 = warning. */
export interface PlacedFinding {
  ruleId: string;
  line: number;
  column: number;
  severity: 1 | 2;
}

function byPosition(a: PlacedFinding, b: PlacedFinding): number {
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || a.severity - b.severity;
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

export interface StrategySuite {
  strategy: string;
  /** File names in fixtures/strategies/<strategy>/. */
  clean: string;
  broken: string;
  /** Every finding of the broken fixture, checked by hand. */
  expected: readonly PlacedFinding[];
  /** Rules of the preset the broken fixture cannot break, and why (e.g. no front matter in YAML). */
  unbreakable: Record<string, string>;
  /** The prefix of the strategy's clause IDs: "ESB-". */
  clausePrefix: string;
}

/**
 * The end-to-end tests every strategy's fixtures share: the clean proposal passes with no
 * finding; the broken one gives exactly the findings in the table and breaks every rule of the
 * preset; the strategy's own rules cite the strategy's own clauses.
 */
export function strategyFixtureSuite(suite: StrategySuite): void {
  const errors = suite.expected.filter((finding) => finding.severity === 2).length;
  describe(`${suite.strategy} strategy fixtures`, () => {
    it('the clean proposal passes with no finding', () => {
      const run = lintStrategyFixture(suite.strategy, suite.clean);
      expect(run.stderr).toBe('');
      expect(run.messages).toEqual([]);
      expect(run.errorCount).toBe(0);
      expect(run.code).toBe(0);
    });

    it('the broken proposal gives exactly the findings written out in the table', () => {
      const run = lintStrategyFixture(suite.strategy, suite.broken);
      expect(run.stderr).toBe('');
      const { actual, expected } = placed(run, suite.expected);
      expect(actual).toEqual(expected);
      expect(run.errorCount).toBe(errors);
      expect(run.warningCount).toBe(suite.expected.length - errors);
      expect(run.code).toBe(1);
    });

    it(`the broken proposal breaks every rule of the ${suite.strategy} preset`, () => {
      const broken = new Set(suite.expected.map((finding) => finding.ruleId));
      const unbroken = presetRuleIds(suite.strategy).filter((id) => !broken.has(id));
      expect(unbroken.sort()).toEqual(Object.keys(suite.unbreakable).sort());
    });

    it("every finding of the strategy's own rules cites one of its clauses", () => {
      const own = new Set(presetRuleIds(suite.strategy).filter((id) => id !== 'schema' && id !== 'front-matter-conflict'));
      for (const message of lintStrategyFixture(suite.strategy, suite.broken).messages) {
        if (!own.has(message.ruleId)) continue;
        expect(
          message.clauses.some((clause) => clause.startsWith(suite.clausePrefix)),
          `${message.ruleId} at ${message.line}:${message.column}`,
        ).toBe(true);
      }
    });
  });
}
