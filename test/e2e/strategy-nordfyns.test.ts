/**
 * Nordfyns end to end (built CLI, `--format json --strategy nordfyns`, no config): the clean
 * proposal passes with no finding; the broken one breaks every rule of the `nordfyns` preset,
 * and each finding is written out below with what it points at, checked by hand against
 * fixtures/strategies/nordfyns/broken.md.
 */
import { strategyFixtureSuite, type PlacedFinding } from '../helpers/strategy-findings.js';

const STRATEGY = 'nordfyns';
const CLEAN = 'clean.yaml';
const BROKEN = 'broken.md';

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
  // "## Fællesoffentlig løsning" — "Ingen relevante." and no status (NFY-4 "ønsker": a warning)
  { ruleId: 'shared-solution', line: 20, column: 1, severity: W },
  // "## Økonomi": no disadvantages, no benefits, no agreed evaluation
  { ruleId: 'advantages-disadvantages', line: 24, column: 1, severity: E },
  { ruleId: 'business-case', line: 24, column: 1, severity: E },
  { ruleId: 'evaluation-process', line: 24, column: 1, severity: E },
  // "### Arbejdsgang" — "Sagsbehandleren taster anmeldelsen ind." (4 words)
  { ruleId: 'work-process', line: 34, column: 1, severity: E },
  // "## Opfølgning": one perspective of five
  { ruleId: 'follow-up-perspectives', line: 38, column: 1, severity: W },
];

strategyFixtureSuite({
  strategy: STRATEGY,
  clean: CLEAN,
  broken: BROKEN,
  expected: EXPECTED,
  unbreakable: { schema: 'the fixture is valid against the schema' },
  clausePrefix: 'NFY-',
});
