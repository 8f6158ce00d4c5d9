/**
 * The Oskarshamn strategy fixtures (YAML with Swedish keys), linted by the built CLI with
 * `--strategy oskarshamn --format json`: the clean proposal has no finding at all; the broken
 * one breaks every rule of the `oskarshamn` preset (front-matter-conflict aside: a YAML file
 * has no front matter), and each finding is written out below with what it points at, checked
 * by hand against fixtures/strategies/oskarshamn/broken.yaml.
 */
import { strategyFixtureSuite, type PlacedFinding } from '../helpers/strategy-findings.js';

const STRATEGY = 'oskarshamn';
const CLEAN = 'clean.yaml';
const BROKEN = 'broken.yaml';

const E = 2;
const W = 1;

const EXPECTED: PlacedFinding[] = [
  // Missing from the whole proposal — line 1:
  // no steering group, project manager or project model (OSK-3: a warning)
  { ruleId: 'kpi-followup', line: 1, column: 1, severity: W },
  // no risk anywhere, no `säkerhet.riskanalys`
  { ruleId: 'post-calculation', line: 1, column: 1, severity: E },
  // no `säkerhet` and no IT security plan
  { ruleId: 'special-needs', line: 1, column: 1, severity: E },
  // no `tillgänglighet` and no word of special needs
  { ruleId: 'special-needs', line: 1, column: 1, severity: E },
  // `budget: 650000` is not a field (an unknown key: a warning)
  { ruleId: 'schema', line: 5, column: 1, severity: W },
  // `namn: Erik Holm och Anna Berg` — two owners (OSK-3 "rekommenderas": a warning)
  { ruleId: 'single-owner', line: 8, column: 9, severity: W },
  // `nyttovärdering:` has no `effekthemtagning`
  { ruleId: 'post-calculation', line: 19, column: 1, severity: E },
  // `kostnader:` lists only the investment, no operating cost
  { ruleId: 'business-case', line: 22, column: 3, severity: E },
  // `utvärdering:` — "Efterkalkyl när systemet har varit i drift en tid" says no date
  { ruleId: 'post-calculation', line: 30, column: 3, severity: E },
  // `mål: Fler bokningar på webben` — "fler" without a number
  { ruleId: 'measurable-targets', line: 39, column: 12, severity: E },
  // the metric "Tid i receptionen för bokningar" has no `tidpunkt` — at the metric
  { ruleId: 'measurable-targets', line: 41, column: 7, severity: E },
  // the metric "Andel föreningar …" has no `nuläge` (OSK-11: a warning) — at the metric
  { ruleId: 'metric-baseline', line: 46, column: 7, severity: W },
  // its `namn:` has 16 words — not a simple key figure (OSK-3: a warning)
  { ruleId: 'kpi-followup', line: 47, column: 13, severity: W },
  // its `tidpunkt: snart` is no date
  { ruleId: 'measurable-targets', line: 50, column: 17, severity: E },
  // the metric "Kostnad per bokning" has no `metod` (follow-up-perspectives, from `recommended`: a warning outside Stockholm)
  { ruleId: 'follow-up-perspectives', line: 51, column: 7, severity: W },
  // … and (OSK-11: a warning)
  { ruleId: 'metric-baseline', line: 51, column: 7, severity: W },
  // `mål: Bättre upplevelse för bokarna` — "bättre" without a number
  { ruleId: 'measurable-targets', line: 60, column: 12, severity: E },
  // `anmäld-till-it-rådet: nej`
  { ruleId: 'it-council', line: 63, column: 23, severity: E },
];

strategyFixtureSuite({
  strategy: STRATEGY,
  clean: CLEAN,
  broken: BROKEN,
  expected: EXPECTED,
  unbreakable: { 'front-matter-conflict': 'YAML has no front matter' },
  clausePrefix: 'OSK-',
});
