/** The report's own words (headings, column names) in en/da/sv/nb, and its number formats. */
import type { Lang } from '../model/model.js';

export interface ReportWords {
  title: string;
  summary: string;
  proposals: string;
  compliant: string;
  withErrors: string;
  withWarningsOnly: string;
  parseFailures: string;
  errors: string;
  warnings: string;
  suppressed: string;
  businessCases: string;
  businessCasesNote: string;
  currency: string;
  rules: string;
  rulesNote: string;
  rule: string;
  description: string;
  clauses: string;
  clausesNote: string;
  clause: string;
  strategy: string;
  failing: string;
  warned: string;
  checked: string;
  proposal: string;
  proposalTitle: string;
  owner: string;
  strategies: string;
  costs: string;
  financialBenefits: string;
  net: string;
  payback: string;
  npv: string;
  failedRules: string;
  warnedRules: string;
  yes: string;
  no: string;
  notParsed: string;
  never: string;
  none: string;
  more: (n: number) => string;
}

const WORDS: Record<Lang, ReportWords> = {
  en: {
    title: 'itstrat portfolio report',
    summary: 'Summary',
    proposals: 'Proposals',
    compliant: 'Compliant (no errors)',
    withErrors: 'With errors',
    withWarningsOnly: 'With warnings only',
    parseFailures: 'Could not be parsed',
    errors: 'Errors',
    warnings: 'Warnings',
    suppressed: 'Suppressed with a reason',
    businessCases: 'Business cases',
    businessCasesNote: 'Sums of the proposals\u2019 business cases, per currency.',
    currency: 'Currency',
    rules: 'Rules',
    rulesNote: 'How many proposals fail each rule (an error) or are warned by it, of those it was checked on.',
    rule: 'Rule',
    description: 'Checks',
    clauses: 'Strategy clauses',
    clausesNote: 'The strategy clauses the proposals fall short of.',
    clause: 'Clause',
    strategy: 'Strategy',
    failing: 'Failing',
    warned: 'Warned',
    checked: 'Checked',
    proposal: 'Proposal',
    proposalTitle: 'Title',
    owner: 'Owner',
    strategies: 'Strategies',
    costs: 'Costs',
    financialBenefits: 'Financial benefits',
    net: 'Net',
    payback: 'Payback',
    npv: 'NPV',
    failedRules: 'Failed rules',
    warnedRules: 'Warnings from',
    yes: 'yes',
    no: 'no',
    notParsed: 'could not be parsed',
    never: 'not within the horizon',
    none: '\u2014',
    more: (n) => `and ${n} more`,
  },
  da: {
    title: 'itstrat porteføljerapport',
    summary: 'Overblik',
    proposals: 'Projektforslag',
    compliant: 'Overholder (ingen fejl)',
    withErrors: 'Med fejl',
    withWarningsOnly: 'Kun med advarsler',
    parseFailures: 'Kunne ikke læses',
    errors: 'Fejl',
    warnings: 'Advarsler',
    suppressed: 'Undertrykt med begrundelse',
    businessCases: 'Business cases',
    businessCasesNote: 'Forslagenes business cases lagt sammen, pr. valuta.',
    currency: 'Valuta',
    rules: 'Regler',
    rulesNote: 'Hvor mange forslag der fejler hver regel (fejl) eller får en advarsel, ud af dem reglen er kontrolleret på.',
    rule: 'Regel',
    description: 'Kontrollerer',
    clauses: 'Strategiens krav',
    clausesNote: 'De krav i strategierne, som forslagene ikke lever op til.',
    clause: 'Krav',
    strategy: 'Strategi',
    failing: 'Fejler',
    warned: 'Advarsel',
    checked: 'Kontrolleret',
    proposal: 'Forslag',
    proposalTitle: 'Titel',
    owner: 'Ejer',
    strategies: 'Strategier',
    costs: 'Omkostninger',
    financialBenefits: 'Økonomiske gevinster',
    net: 'Netto',
    payback: 'Tilbagebetaling',
    npv: 'Nutidsværdi',
    failedRules: 'Regler med fejl',
    warnedRules: 'Advarsler fra',
    yes: 'ja',
    no: 'nej',
    notParsed: 'kunne ikke læses',
    never: 'ikke inden for perioden',
    none: '\u2014',
    more: (n) => `og ${n} mere`,
  },
  sv: {
    title: 'itstrat portföljrapport',
    summary: 'Översikt',
    proposals: 'Projektförslag',
    compliant: 'Uppfyller kraven (inga fel)',
    withErrors: 'Med fel',
    withWarningsOnly: 'Endast varningar',
    parseFailures: 'Kunde inte läsas',
    errors: 'Fel',
    warnings: 'Varningar',
    suppressed: 'Undertryckta med motivering',
    businessCases: 'Nyttovärderingar',
    businessCasesNote: 'Förslagens nyttovärderingar summerade, per valuta.',
    currency: 'Valuta',
    rules: 'Regler',
    rulesNote: 'Hur många förslag som inte klarar varje regel (fel) eller får en varning, av dem regeln kontrollerades på.',
    rule: 'Regel',
    description: 'Kontrollerar',
    clauses: 'Strategins krav',
    clausesNote: 'De krav i strategierna som förslagen inte uppfyller.',
    clause: 'Krav',
    strategy: 'Strategi',
    failing: 'Fel',
    warned: 'Varning',
    checked: 'Kontrollerad',
    proposal: 'Förslag',
    proposalTitle: 'Titel',
    owner: 'Ägare',
    strategies: 'Strategier',
    costs: 'Kostnader',
    financialBenefits: 'Ekonomiska nyttor',
    net: 'Netto',
    payback: 'Återbetalning',
    npv: 'Nuvärde',
    failedRules: 'Regler med fel',
    warnedRules: 'Varningar från',
    yes: 'ja',
    no: 'nej',
    notParsed: 'kunde inte läsas',
    never: 'inte inom perioden',
    none: '\u2014',
    more: (n) => `och ${n} till`,
  },
  nb: {
    title: 'itstrat porteføljerapport',
    summary: 'Oversikt',
    proposals: 'Prosjektforslag',
    compliant: 'Oppfyller kravene (ingen feil)',
    withErrors: 'Med feil',
    withWarningsOnly: 'Bare advarsler',
    parseFailures: 'Kunne ikke leses',
    errors: 'Feil',
    warnings: 'Advarsler',
    suppressed: 'Undertrykt med begrunnelse',
    businessCases: 'Kost-nytte',
    businessCasesNote: 'Forslagenes kost-nytte-analyser summert, per valuta.',
    currency: 'Valuta',
    rules: 'Regler',
    rulesNote: 'Hvor mange forslag som feiler hver regel (feil) eller får en advarsel, av dem regelen ble kontrollert på.',
    rule: 'Regel',
    description: 'Kontrollerer',
    clauses: 'Strategienes krav',
    clausesNote: 'Kravene i strategiene som forslagene ikke oppfyller.',
    clause: 'Krav',
    strategy: 'Strategi',
    failing: 'Feiler',
    warned: 'Advarsel',
    checked: 'Kontrollert',
    proposal: 'Forslag',
    proposalTitle: 'Tittel',
    owner: 'Eier',
    strategies: 'Strategier',
    costs: 'Kostnader',
    financialBenefits: 'Økonomiske gevinster',
    net: 'Netto',
    payback: 'Tilbakebetaling',
    npv: 'Nåverdi',
    failedRules: 'Regler med feil',
    warnedRules: 'Advarsler fra',
    yes: 'ja',
    no: 'nei',
    notParsed: 'kunne ikke leses',
    never: 'ikke innenfor perioden',
    none: '\u2014',
    more: (n) => `og ${n} til`,
  },
};

const LOCALES: Record<Lang, string> = { en: 'en-GB', da: 'da-DK', sv: 'sv-SE', nb: 'nb-NO' };

export interface ReportText {
  words: ReportWords;
  /** A whole number in the report's locale. */
  count: (value: number) => string;
  /** An amount, rounded to whole units, with its currency. */
  money: (value: number, currency: string) => string;
}

export function reportText(lang: Lang): ReportText {
  const number = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 });
  return {
    words: WORDS[lang],
    count: (value) => number.format(value),
    money: (value, currency) => `${number.format(value)}\u00a0${currency}`,
  };
}
