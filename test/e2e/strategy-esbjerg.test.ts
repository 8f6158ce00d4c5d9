/**
 * Esbjerg end to end (built CLI, `--format json --strategy esbjerg`, no config): the clean
 * proposal passes with no finding; the broken one breaks every rule of the `esbjerg` preset, and
 * each finding is written out below with what it points at, checked by hand against
 * fixtures/strategies/esbjerg/broken.yaml.
 */
import { strategyFixtureSuite, type PlacedFinding } from '../helpers/strategy-findings.js';

const STRATEGY = 'esbjerg';
const CLEAN = 'clean.md';
const BROKEN = 'broken.yaml';

const E = 2;
const W = 1;

const EXPECTED: PlacedFinding[] = [
  // `ejer: Mette Jensen og Ole Hansen` — two owners (at the value)
  { ruleId: 'single-owner', line: 6, column: 7, severity: E },
  // `beskrivelse: TBD`
  { ruleId: 'description', line: 8, column: 1, severity: E },
  // `sammenhæng-med-it-strategien: Lever op til strategien.` — 4 words, at least 8
  { ruleId: 'strategy-alignment', line: 10, column: 1, severity: E },
  // `tværgående-konsekvenser: Ingen`
  { ruleId: 'cross-cutting-consequences', line: 12, column: 1, severity: E },
  // `prioriteringskriterier:` without "Kommunal sammenhæng"
  { ruleId: 'priority-criteria', line: 14, column: 1, severity: E },
  // `effektivisering:` names the 600 hours saved, not what they are used for
  { ruleId: 'priority-criteria', line: 16, column: 3, severity: E },
  // `fællesoffentlig-løsning:` deviates from Digital Post on none of the five grounds — at the
  // `forklaring:` that gives the reason instead
  { ruleId: 'shared-solution', line: 21, column: 15, severity: E },
  // `business-case:` says nothing of the financing
  { ruleId: 'business-case', line: 23, column: 1, severity: E },
  // "Egen brugerdatabase med brugernavn og adgangskode" — an own login instead of MitID
  { ruleId: 'shared-component-duplication', line: 27, column: 15, severity: W },
  // `omkostninger: 500000` under `total:` — the lines sum to 530000
  { ruleId: 'business-case', line: 31, column: 19, severity: E },
  // `opfølgning:` one perspective of five
  { ruleId: 'follow-up-perspectives', line: 33, column: 1, severity: W },
];

strategyFixtureSuite({
  strategy: STRATEGY,
  clean: CLEAN,
  broken: BROKEN,
  expected: EXPECTED,
  unbreakable: { schema: 'the fixture is valid against the schema', 'front-matter-conflict': 'YAML has no front matter' },
  clausePrefix: 'ESB-',
});
