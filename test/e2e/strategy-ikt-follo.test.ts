/**
 * IKT Follo end to end (built CLI, `--format json --strategy ikt-follo`, no config): the clean
 * proposal passes with no finding; the broken one breaks every rule of the `ikt-follo` preset,
 * and each finding is written out below with what it points at, checked by hand against
 * fixtures/strategies/ikt-follo/broken.yaml.
 */
import { describe, expect, it } from 'vitest';
import { lintStrategyFixture } from '../helpers/strategy-fixture.js';
import { placed, presetRuleIds, type PlacedFinding } from '../helpers/strategy-findings.js';

const STRATEGY = 'ikt-follo';
const CLEAN = 'clean.md';
const BROKEN = 'broken.yaml';

const GENERAL = ['schema', 'front-matter-conflict', 'follow-up-perspectives', 'business-case'];

const E = 2;
const W = 1;

const EXPECTED: PlacedFinding[] = [
  // Missing from the whole text — line 1:
  // bought "fra leverandøren", no procurement procedure (FLO-11)
  { ruleId: 'approval-and-organisation', line: 1, column: 1, severity: E },
  // "Saksbehandlerne registrerer …" and no archive, no Noark 5 (FLO-18 is a goal: a warning)
  { ruleId: 'noark', line: 1, column: 1, severity: W },
  // no universal design anywhere
  { ruleId: 'universal-design', line: 1, column: 1, severity: E },
  // `prosjekteier:` — its `enhet` is Barneverntjenesten, not the rådmannskollegiet
  { ruleId: 'approval-and-organisation', line: 7, column: 1, severity: E },
  // "eget dokumentlager" — an own archive instead of a Noark 5 core (FLO-21: a warning)
  { ruleId: 'shared-component-duplication', line: 16, column: 40, severity: W },
  // `fellesløsning:` status brukes, but no solutions named
  { ruleId: 'shared-solution', line: 18, column: 1, severity: E },
  // `kost-nytte:` a new system; keeping or adapting today's never weighed
  { ruleId: 'old-vs-new', line: 21, column: 1, severity: E },
  // `gevinster:` quantitative only ("Gevinster kan være …": a warning)
  { ruleId: 'benefit-baseline', line: 26, column: 3, severity: W },
  // `gevinstrealisering:` not planned as an organisation project; no nullpunkt, no metric baseline
  { ruleId: 'approval-and-organisation', line: 28, column: 3, severity: E },
  { ruleId: 'benefit-baseline', line: 28, column: 3, severity: E },
  // `sikkerhet:` a cloud service with personal data and no databehandleravtale
  { ruleId: 'ros-and-dpa', line: 32, column: 1, severity: E },
  // `ros-analyse: Ikke avklart`
  { ruleId: 'ros-and-dpa', line: 35, column: 3, severity: E },
  // `kompetanse:` no fagpersoner
  { ruleId: 'competence', line: 37, column: 1, severity: E },
  // `opplæringsbudsjett: 0`
  { ruleId: 'competence', line: 38, column: 23, severity: E },
];

describe('ikt-follo strategy fixtures', () => {
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

  it('the broken proposal breaks every rule of the ikt-follo preset', () => {
    const broken = new Set(EXPECTED.map((finding) => finding.ruleId));
    // YAML has no front matter to conflict with, and the fixture is valid against the schema.
    const rules = presetRuleIds(STRATEGY).filter((id) => id !== 'schema' && id !== 'front-matter-conflict');
    expect(rules.filter((id) => !broken.has(id))).toEqual([]);
  });

  it("every finding of the strategy's own rules cites one of its clauses", () => {
    const run = lintStrategyFixture(STRATEGY, BROKEN);
    for (const message of run.messages) {
      // From \`recommended\` or format rules, not this strategy's: follow-up-perspectives cites
      // Stockholm's STH-6, and business-case narrows "no operating cost" to Oskarshamn's OSK-16.
      if (GENERAL.includes(message.ruleId)) continue;
      expect(message.clauses.some((clause) => clause.startsWith('FLO-')), `${message.ruleId} at ${message.line}:${message.column}`).toBe(true);
    }
  });
});
