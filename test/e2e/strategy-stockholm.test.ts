/**
 * The Stockholm strategy fixtures (Markdown), linted by the built CLI with
 * `--strategy stockholm --format json`: the clean proposal has no finding at all; the broken
 * one breaks every rule of the `stockholm` preset, and each finding is written out below with
 * what it points at, checked by hand against fixtures/strategies/stockholm/broken.md.
 */
import { strategyFixtureSuite, type PlacedFinding } from '../helpers/strategy-findings.js';

const STRATEGY = 'stockholm';
const CLEAN = 'clean.md';
const BROKEN = 'broken.md';

const E = 2;
const W = 1;

const EXPECTED: PlacedFinding[] = [
  // Missing from the whole proposal — the front matter's "---" on line 1:
  // no "## Informationssäkerhet" with a security level (STH-7 §7.1 p. 2)
  { ruleId: 'architecture-principles', line: 1, column: 1, severity: E },
  // nothing reused (STH-4a "sträva efter": a warning)
  { ruleId: 'architecture-principles', line: 1, column: 1, severity: W },
  // no word of the application portfolio (STH-7 §7.1 p. 6)
  { ruleId: 'architecture-principles', line: 1, column: 1, severity: E },
  // no open standards, API or integration (STH-4a, STH-7 §7.1 p. 4)
  { ruleId: 'architecture-principles', line: 1, column: 1, severity: E },
  // no "## Fokusområden"
  { ruleId: 'focus-area', line: 1, column: 1, severity: E },
  // nothing on procurement, nothing on the operations agreement (STH-7.2: warnings)
  { ruleId: 'sourcing', line: 1, column: 1, severity: W },
  { ruleId: 'sourcing', line: 1, column: 1, severity: W },
  // `kategori: innovativt` — no exit plan ("Avvecklingsplan") for an innovative project
  { ruleId: 'it-category', line: 6, column: 11, severity: E },
  // `budget: 2400000` is not a field (an unknown key: a warning)
  { ruleId: 'schema', line: 7, column: 1, severity: W },
  // "Diarienummer: TF 2026/0013" — the front matter says `id: TF 2026/0031`
  { ruleId: 'front-matter-conflict', line: 12, column: 1, severity: W },
  // "Namn: Per Ek och Lena Ström" — two owners
  { ruleId: 'single-owner', line: 16, column: 7, severity: E },
  // "Förvaltning: Trafikförvaltningen" — a förvaltning is no nämnd or bolagsstyrelse
  { ruleId: 'system-owner', line: 17, column: 14, severity: E },
  // "Accepterat ansvar: Nej, inte ännu"
  { ruleId: 'system-owner', line: 18, column: 20, severity: E },
  // "e-tjänst" without the city's e-tjänstplattform
  { ruleId: 'common-platforms', line: 22, column: 77, severity: E },
  // "loggar in" (citizens, from the internet) without the id-portal
  { ruleId: 'common-platforms', line: 23, column: 32, severity: E },
  // "beslutsstöd" without LIS
  { ruleId: 'common-platforms', line: 24, column: 15, severity: E },
  // "egen brevlåda" — a mailbox of its own instead of Mina meddelanden (a warning: a reading of prose)
  { ruleId: 'shared-component-duplication', line: 24, column: 121, severity: W },
  // "## Koppling till strategin" names neither the council's goals nor Vision 2030
  { ruleId: 'council-goals', line: 26, column: 1, severity: E },
  // "## Nyttovärdering": no "Effekthemtagning" plan under it
  { ruleId: 'benefit-realisation-plan', line: 30, column: 1, severity: E },
  // "## Nyttovärdering": no word of how the operation changes (STH-2 "bör": a warning)
  { ruleId: 'council-goals', line: 30, column: 1, severity: W },
  // "## Uppföljning": only external and internal benefit
  { ruleId: 'follow-up-perspectives', line: 44, column: 1, severity: E },
  // "Slut: 2026-10-30" — more than six months after "Start: 2026-01-12" (the lifetime "bör" not
  // exceed 3–6 months: a warning; the exit plan's "ska" above is an error)
  { ruleId: 'it-category', line: 54, column: 7, severity: W },
  // "## Gemensam lösning" deviates ("Status: avviker") with no kommunstyrelse exception (STH-7)
  { ruleId: 'shared-solution', line: 56, column: 1, severity: E },
];

strategyFixtureSuite({
  strategy: STRATEGY,
  clean: CLEAN,
  broken: BROKEN,
  expected: EXPECTED,
  unbreakable: {},
  clausePrefix: 'STH-',
});
