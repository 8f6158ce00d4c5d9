/**
 * Nordfyns end to end (built CLI, `--format json --strategy nordfyns`, no config): the clean
 * proposal passes with no finding; the broken one breaks every rule of the `nordfyns` preset,
 * and each finding is written out below with what it points at, checked by hand against
 * fixtures/strategies/nordfyns/broken.md.
 */
import { describe, expect, it } from 'vitest';
import { lintStrategyFixture } from '../helpers/strategy-fixture.js';
import { placed, presetRuleIds, type PlacedFinding } from '../helpers/strategy-findings.js';

const STRATEGY = 'nordfyns';
const CLEAN = 'clean.yaml';
const BROKEN = 'broken.md';

const GENERAL = ['schema', 'front-matter-conflict', 'follow-up-perspectives', 'business-case'];

const E = 2;
const W = 1;

const EXPECTED: PlacedFinding[] = [
  // Missing from the whole text — the front matter's "---" on line 1 (NFY-4 "ønsker",
  // "tilstræber": warnings): not shown to be proven, reliability not weighed, external
  // operation not considered.
  { ruleId: 'proven-solution', line: 1, column: 1, severity: W },
  { ruleId: 'proven-solution', line: 1, column: 1, severity: W },
  { ruleId: 'proven-solution', line: 1, column: 1, severity: W },
  // "Projektejer: Karina Lund …" — the front matter says `ejer: Jens Holm`
  { ruleId: 'front-matter-conflict', line: 10, column: 1, severity: W },
  // "Borgerne anmelder i dag rotter ved at ringe …" — citizens, and no digital channel
  { ruleId: 'digital-channel', line: 14, column: 1, severity: E },
  // "sin egen brevudsendelse" — own letters instead of Digital Post (NFY-4: a warning)
  { ruleId: 'shared-component-duplication', line: 17, column: 18, severity: W },
  // "## Fællesoffentlig løsning" — "Ingen relevante." and no status
  { ruleId: 'shared-solution', line: 20, column: 1, severity: E },
  // "## Økonomi": no disadvantages, no benefits, no agreed evaluation
  { ruleId: 'advantages-disadvantages', line: 24, column: 1, severity: E },
  { ruleId: 'business-case', line: 24, column: 1, severity: E },
  { ruleId: 'evaluation-process', line: 24, column: 1, severity: E },
  // the cost table: investment only, no operating cost
  { ruleId: 'business-case', line: 29, column: 1, severity: E },
  // "### Arbejdsgang" — "Sagsbehandleren taster anmeldelsen ind." (4 words)
  { ruleId: 'work-process', line: 34, column: 1, severity: E },
  // "## Opfølgning": one perspective of five
  { ruleId: 'follow-up-perspectives', line: 38, column: 1, severity: W },
];

describe('nordfyns strategy fixtures', () => {
  it('the clean proposal passes with no finding', () => {
    const run = lintStrategyFixture(STRATEGY, CLEAN);
    expect(run.stderr).toBe('');
    expect(run.messages).toEqual([]);
    expect(run.errorCount).toBe(0);
    expect(run.code).toBe(0);
  });

  it('the broken proposal gives exactly the findings written out above', () => {
    const run = lintStrategyFixture(STRATEGY, BROKEN);
    expect(run.stderr).toBe('');
    const { actual, expected } = placed(run, EXPECTED);
    expect(actual).toEqual(expected);
    expect(run.errorCount).toBe(EXPECTED.filter((finding) => finding.severity === E).length);
    expect(run.warningCount).toBe(EXPECTED.filter((finding) => finding.severity === W).length);
    expect(run.code).toBe(1);
  });

  it('the broken proposal breaks every rule of the nordfyns preset', () => {
    const broken = new Set(EXPECTED.map((finding) => finding.ruleId));
    expect(presetRuleIds(STRATEGY).filter((id) => id !== 'schema' && !broken.has(id))).toEqual([]);
  });

  it("every finding of the strategy's own rules cites one of its clauses", () => {
    const run = lintStrategyFixture(STRATEGY, BROKEN);
    for (const message of run.messages) {
      // From \`recommended\` or format rules, not this strategy's: follow-up-perspectives cites
      // Stockholm's STH-6, and business-case narrows "no operating cost" to Oskarshamn's OSK-16.
      if (GENERAL.includes(message.ruleId)) continue;
      expect(message.clauses.some((clause) => clause.startsWith('NFY-')), `${message.ruleId} at ${message.line}:${message.column}`).toBe(true);
    }
  });
});
