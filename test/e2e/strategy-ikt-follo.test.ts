/**
 * IKT Follo end to end (built CLI, `--format json --strategy ikt-follo`, no config): the clean
 * proposal passes with no finding; the broken one breaks every rule of the `ikt-follo` preset,
 * and each finding is written out below with what it points at, checked by hand against
 * fixtures/strategies/ikt-follo/broken.yaml.
 */
import { strategyFixtureSuite, type PlacedFinding } from '../helpers/strategy-findings.js';

const STRATEGY = 'ikt-follo';
const CLEAN = 'clean.md';
const BROKEN = 'broken.yaml';

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
  // `fellesløsning:` status brukes, but no solutions named (FLO-21 is a goal, not a "skal": a warning)
  { ruleId: 'shared-solution', line: 18, column: 1, severity: W },
  // `kost-nytte:` a new system; keeping or adapting today's never weighed
  { ruleId: 'old-vs-new', line: 21, column: 1, severity: E },
  // `gevinster:` quantitative only ("Gevinster kan være …": a warning)
  { ruleId: 'benefit-baseline', line: 26, column: 3, severity: W },
  // `gevinstrealisering:` not planned as an organisation project ("det er viktig å": a warning); no nullpunkt, no metric baseline
  { ruleId: 'approval-and-organisation', line: 28, column: 3, severity: W },
  { ruleId: 'benefit-baseline', line: 28, column: 3, severity: E },
  // `totaler: { kostnader: 1100000 }` — the cost lines sum to 1 200 000 (the cost/benefit analysis of FLO-9)
  { ruleId: 'business-case', line: 31, column: 25, severity: E },
  // `sikkerhet:` a cloud service with personal data and no databehandleravtale
  { ruleId: 'ros-and-dpa', line: 33, column: 1, severity: E },
  // `ros-analyse: Ikke avklart`
  { ruleId: 'ros-and-dpa', line: 36, column: 3, severity: E },
  // `kompetanse:` no fagpersoner
  { ruleId: 'competence', line: 38, column: 1, severity: E },
  // `opplæringsbudsjett: 0`
  { ruleId: 'competence', line: 39, column: 23, severity: E },
];

strategyFixtureSuite({
  strategy: STRATEGY,
  clean: CLEAN,
  broken: BROKEN,
  expected: EXPECTED,
  unbreakable: { schema: 'the fixture is valid against the schema', 'front-matter-conflict': 'YAML has no front matter' },
  clausePrefix: 'FLO-',
});
