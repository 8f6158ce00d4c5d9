/** The report's own words (headings, column names) in en/da/sv/nb, and its number formats. */
import type { Lang } from '../model/model.js';

export interface BaseWords {
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
  never: string;
  none: string;
  more: (n: number) => string;
}

const WORDS: Record<Lang, BaseWords> = {
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
    never: 'ikke innenfor perioden',
    none: '\u2014',
    more: (n) => `og ${n} til`,
  },
};

/** Words of the overview, coverage, register, trend and proposal sections. */
export interface MoreWords {
  generated: string;
  version: string;
  config: string;
  noConfig: string;
  comparedWith: string;
  contents: string;
  complianceByStrategy: string;
  complianceNote: string;
  compliantClean: string;
  clausesChart: string;
  totalsByStrategy: string;
  totalsByFocusArea: string;
  totalsByOwnerBody: string;
  totalsNote: string;
  investment: string;
  operating: string;
  focusArea: string;
  ownerBody: string;
  noneGiven: string;
  followUp: string;
  perspectivesNote: string;
  elements: (strategy: string) => string;
  elementsNote: string;
  present: string;
  missing: string;
  register: string;
  registerNote: string;
  deviations: string;
  noDeviations: string;
  disables: string;
  noDisables: string;
  solutions: string;
  alternative: string;
  grounds: string;
  explanation: string;
  exception: string;
  reason: string;
  disabledAt: string;
  trend: string;
  trendNote: string;
  newFindings: string;
  fixedFindings: string;
  unchanged: string;
  change: string;
  changes: Record<'added' | 'removed' | 'kept', string>;
  details: string;
  file: string;
  status: string;
  statuses: Record<'compliant' | 'warnings' | 'errors' | 'unparsed', string>;
  findings: (n: number) => string;
  suppressedFindings: (n: number) => string;
  noFindings: string;
  line: string;
  message: string;
  severity: string;
  severities: Record<'error' | 'warning', string>;
  unclassified: string;
  unpriced: string;
  horizon: string;
  discountRate: string;
  filter: string;
  search: string;
  all: string;
  sortBy: (column: string) => string;
  shown: string;
  truncated: (omitted: number) => string;
  focusAreas: Record<string, string>;
  /** The canonical values of `sharedSolution.status` and `sharedSolution.grounds`. */
  sharedStatuses: Record<string, string>;
  groundLabels: Record<string, string>;
}

const MORE: Record<Lang, MoreWords> = {
  en: {
    generated: 'Generated',
    version: 'itstrat version',
    config: 'Config',
    noConfig: 'none (built-in defaults)',
    comparedWith: 'Compared with',
    contents: 'Contents',
    complianceByStrategy: 'Compliance per strategy',
    complianceNote: 'Proposals under each strategy: without findings, with warnings only, and with errors.',
    compliantClean: 'No findings',
    clausesChart: 'Clauses most proposals fall short of',
    totalsByStrategy: 'Business cases per strategy',
    totalsByFocusArea: 'Business cases per focus area',
    totalsByOwnerBody: 'Business cases per owner body',
    totalsNote: 'Sums over the horizon of each business case, per currency. A proposal under two groups counts in both.',
    investment: 'Investment',
    operating: 'Operating cost',
    focusArea: 'Focus area',
    ownerBody: 'Owner body',
    noneGiven: '(none given)',
    followUp: 'Follow-up coverage',
    perspectivesNote: 'Which of the five follow-up perspectives (Stockholm, STH-6) each proposal has a metric for.',
    elements: (strategy) => `Required elements: ${strategy}`,
    elementsNote: 'Which of the elements the strategy demands each proposal under it gives.',
    present: 'yes',
    missing: 'missing',
    register: 'Comply or explain register',
    registerNote:
      'What the steering group must approve: every deviation from a shared solution with its grounds, and every finding disabled inline with its reason.',
    deviations: 'Deviations from shared solutions',
    noDeviations: 'No proposal deviates from a shared solution.',
    disables: 'Findings disabled inline',
    noDisables: 'No finding is disabled inline.',
    solutions: 'Shared solutions',
    alternative: 'Alternative',
    grounds: 'Grounds',
    explanation: 'Explanation',
    exception: 'Exception',
    reason: 'Reason',
    disabledAt: 'Disabled at line',
    trend: 'Trend',
    trendNote: 'Findings since the previous report: new, fixed and unchanged, per proposal.',
    newFindings: 'New',
    fixedFindings: 'Fixed',
    unchanged: 'Unchanged',
    change: 'Change',
    changes: { added: 'new proposal', removed: 'removed', kept: 'in both' },
    details: 'Proposal by proposal',
    file: 'File',
    status: 'Status',
    statuses: { compliant: 'compliant', warnings: 'warnings only', errors: 'errors', unparsed: 'could not be parsed' },
    findings: (n) => `Findings (${n})`,
    suppressedFindings: (n) => `Disabled inline (${n})`,
    noFindings: 'No findings.',
    line: 'Line',
    message: 'Message',
    severity: 'Severity',
    severities: { error: 'error', warning: 'warning' },
    unclassified: 'Costs of no stated kind',
    unpriced: 'Benefit lines without an amount',
    horizon: 'Horizon (years)',
    discountRate: 'Discount rate',
    filter: 'Filter the proposals',
    search: 'Search',
    all: 'All',
    sortBy: (column) => `Sort by ${column}`,
    shown: 'shown',
    truncated: (omitted) =>
      `This report was shortened to fit 1 MiB: the details of the last ${omitted} proposals are left out. The HTML and JSON reports hold them all.`,
    focusAreas: {
      'citizen-service': 'Accessibility and service',
      'information-reuse': 'Reuse of information',
      'it-use': 'Use of IT in the operations',
      collaboration: 'Collaboration',
      innovation: 'Innovation',
    },
    sharedStatuses: { used: 'uses the shared solution', deviation: 'deviates (explains why)', 'none-available': 'none available' },
    groundLabels: { 'more-expensive': 'significantly more expensive, or in conflict with other obligations' },
  },
  da: {
    generated: 'Dannet',
    version: 'itstrat-version',
    config: 'Konfiguration',
    noConfig: 'ingen (indbyggede standarder)',
    comparedWith: 'Sammenlignet med',
    contents: 'Indhold',
    complianceByStrategy: 'Overholdelse pr. strategi',
    complianceNote: 'Forslag under hver strategi: uden fund, kun med advarsler og med fejl.',
    compliantClean: 'Ingen fund',
    clausesChart: 'Krav, som flest forslag ikke lever op til',
    totalsByStrategy: 'Business cases pr. strategi',
    totalsByFocusArea: 'Business cases pr. fokusområde',
    totalsByOwnerBody: 'Business cases pr. ejerenhed',
    totalsNote: 'Summer over hver business case’s periode, pr. valuta. Et forslag under to grupper tæller i begge.',
    investment: 'Investering',
    operating: 'Driftsomkostninger',
    focusArea: 'Fokusområde',
    ownerBody: 'Ejerenhed',
    noneGiven: '(ikke angivet)',
    followUp: 'Dækning af opfølgning',
    perspectivesNote: 'Hvilke af de fem opfølgningsperspektiver (Stockholm, STH-6) hvert forslag har et måltal for.',
    elements: (strategy) => `Krævede elementer: ${strategy}`,
    elementsNote: 'Hvilke af de elementer, strategien kræver, hvert forslag under den angiver.',
    present: 'ja',
    missing: 'mangler',
    register: 'Følg eller forklar-register',
    registerNote: 'Det, styregruppen skal godkende: hver afvigelse fra en fælles løsning med begrundelse og hvert fund, der er slået fra i teksten, med årsag.',
    deviations: 'Afvigelser fra fælles løsninger',
    noDeviations: 'Intet forslag afviger fra en fælles løsning.',
    disables: 'Fund slået fra i teksten',
    noDisables: 'Intet fund er slået fra i teksten.',
    solutions: 'Fælles løsninger',
    alternative: 'Alternativ',
    grounds: 'Begrundelse',
    explanation: 'Forklaring',
    exception: 'Dispensation',
    reason: 'Årsag',
    disabledAt: 'Slået fra i linje',
    trend: 'Udvikling',
    trendNote: 'Fund siden sidste rapport: nye, rettede og uændrede, pr. forslag.',
    newFindings: 'Nye',
    fixedFindings: 'Rettede',
    unchanged: 'Uændrede',
    change: 'Ændring',
    changes: { added: 'nyt forslag', removed: 'fjernet', kept: 'i begge' },
    details: 'Forslag for forslag',
    file: 'Fil',
    status: 'Status',
    statuses: { compliant: 'overholder', warnings: 'kun advarsler', errors: 'fejl', unparsed: 'kunne ikke læses' },
    findings: (n) => `Fund (${n})`,
    suppressedFindings: (n) => `Slået fra i teksten (${n})`,
    noFindings: 'Ingen fund.',
    line: 'Linje',
    message: 'Meddelelse',
    severity: 'Alvor',
    severities: { error: 'fejl', warning: 'advarsel' },
    unclassified: 'Omkostninger uden angivet art',
    unpriced: 'Gevinstlinjer uden beløb',
    horizon: 'Periode (år)',
    discountRate: 'Diskonteringsrente',
    filter: 'Filtrér forslagene',
    search: 'Søg',
    all: 'Alle',
    sortBy: (column) => `Sortér efter ${column}`,
    shown: 'vist',
    truncated: (omitted) =>
      `Rapporten er forkortet til 1 MiB: detaljerne for de sidste ${omitted} forslag er udeladt. HTML- og JSON-rapporten indeholder dem alle.`,
    focusAreas: {
      'citizen-service': 'Tilgængelighed og service',
      'information-reuse': 'Genbrug af information',
      'it-use': 'Brug af it i driften',
      collaboration: 'Samarbejde',
      innovation: 'Innovation',
    },
    sharedStatuses: { used: 'bruger den fælles løsning', deviation: 'afviger (forklarer hvorfor)', 'none-available': 'ingen findes' },
    groundLabels: { 'more-expensive': 'væsentligt dyrere eller i konflikt med andre forpligtelser' },
  },
  sv: {
    generated: 'Skapad',
    version: 'itstrat-version',
    config: 'Konfiguration',
    noConfig: 'ingen (inbyggda standardvärden)',
    comparedWith: 'Jämförd med',
    contents: 'Innehåll',
    complianceByStrategy: 'Efterlevnad per strategi',
    complianceNote: 'Förslag under varje strategi: utan anmärkningar, med endast varningar och med fel.',
    compliantClean: 'Inga anmärkningar',
    clausesChart: 'Krav som flest förslag inte uppfyller',
    totalsByStrategy: 'Nyttovärderingar per strategi',
    totalsByFocusArea: 'Nyttovärderingar per fokusområde',
    totalsByOwnerBody: 'Nyttovärderingar per ägande enhet',
    totalsNote: 'Summor över varje nyttovärderings period, per valuta. Ett förslag under två grupper räknas i båda.',
    investment: 'Investering',
    operating: 'Driftkostnad',
    focusArea: 'Fokusområde',
    ownerBody: 'Ägande enhet',
    noneGiven: '(inte angivet)',
    followUp: 'Täckning av uppföljning',
    perspectivesNote: 'Vilka av de fem uppföljningsperspektiven (Stockholm, STH-6) varje förslag har ett mätetal för.',
    elements: (strategy) => `Krävda delar: ${strategy}`,
    elementsNote: 'Vilka av de delar strategin kräver som varje förslag under den anger.',
    present: 'ja',
    missing: 'saknas',
    register: 'Följ eller förklara-register',
    registerNote:
      'Det styrgruppen ska godkänna: varje avvikelse från en gemensam lösning med skäl och varje anmärkning som stängts av i texten, med motivering.',
    deviations: 'Avvikelser från gemensamma lösningar',
    noDeviations: 'Inget förslag avviker från en gemensam lösning.',
    disables: 'Anmärkningar avstängda i texten',
    noDisables: 'Ingen anmärkning är avstängd i texten.',
    solutions: 'Gemensamma lösningar',
    alternative: 'Alternativ',
    grounds: 'Skäl',
    explanation: 'Förklaring',
    exception: 'Undantag',
    reason: 'Motivering',
    disabledAt: 'Avstängd på rad',
    trend: 'Utveckling',
    trendNote: 'Anmärkningar sedan förra rapporten: nya, åtgärdade och oförändrade, per förslag.',
    newFindings: 'Nya',
    fixedFindings: 'Åtgärdade',
    unchanged: 'Oförändrade',
    change: 'Ändring',
    changes: { added: 'nytt förslag', removed: 'borttaget', kept: 'i båda' },
    details: 'Förslag för förslag',
    file: 'Fil',
    status: 'Status',
    statuses: { compliant: 'uppfyller kraven', warnings: 'endast varningar', errors: 'fel', unparsed: 'kunde inte läsas' },
    findings: (n) => `Anmärkningar (${n})`,
    suppressedFindings: (n) => `Avstängda i texten (${n})`,
    noFindings: 'Inga anmärkningar.',
    line: 'Rad',
    message: 'Meddelande',
    severity: 'Allvar',
    severities: { error: 'fel', warning: 'varning' },
    unclassified: 'Kostnader utan angivet slag',
    unpriced: 'Nyttorader utan belopp',
    horizon: 'Period (år)',
    discountRate: 'Kalkylränta',
    filter: 'Filtrera förslagen',
    search: 'Sök',
    all: 'Alla',
    sortBy: (column) => `Sortera efter ${column}`,
    shown: 'visas',
    truncated: (omitted) =>
      `Rapporten har kortats till 1 MiB: detaljerna för de sista ${omitted} förslagen är utelämnade. HTML- och JSON-rapporten innehåller alla.`,
    focusAreas: {
      'citizen-service': 'Tillgänglighet och service',
      'information-reuse': 'Återanvändning av information',
      'it-use': 'It-användning i verksamheten',
      collaboration: 'Samverkan',
      innovation: 'Innovation',
    },
    sharedStatuses: { used: 'använder den gemensamma lösningen', deviation: 'avviker (förklarar varför)', 'none-available': 'ingen finns' },
    groundLabels: { 'more-expensive': 'väsentligt dyrare eller i konflikt med andra åtaganden' },
  },
  nb: {
    generated: 'Laget',
    version: 'itstrat-versjon',
    config: 'Konfigurasjon',
    noConfig: 'ingen (innebygde standardverdier)',
    comparedWith: 'Sammenlignet med',
    contents: 'Innhold',
    complianceByStrategy: 'Etterlevelse per strategi',
    complianceNote: 'Forslag under hver strategi: uten funn, med bare advarsler og med feil.',
    compliantClean: 'Ingen funn',
    clausesChart: 'Krav som flest forslag ikke oppfyller',
    totalsByStrategy: 'Kost-nytte per strategi',
    totalsByFocusArea: 'Kost-nytte per fokusområde',
    totalsByOwnerBody: 'Kost-nytte per eierenhet',
    totalsNote: 'Summer over hver analyses periode, per valuta. Et forslag under to grupper teller i begge.',
    investment: 'Investering',
    operating: 'Driftskostnad',
    focusArea: 'Fokusområde',
    ownerBody: 'Eierenhet',
    noneGiven: '(ikke oppgitt)',
    followUp: 'Dekning av oppfølging',
    perspectivesNote: 'Hvilke av de fem oppfølgingsperspektivene (Stockholm, STH-6) hvert forslag har et måltall for.',
    elements: (strategy) => `Påkrevde elementer: ${strategy}`,
    elementsNote: 'Hvilke av elementene strategien krever som hvert forslag under den oppgir.',
    present: 'ja',
    missing: 'mangler',
    register: 'Følg eller forklar-register',
    registerNote: 'Det styringsgruppen må godkjenne: hvert avvik fra en fellesløsning med begrunnelse, og hvert funn som er slått av i teksten, med årsak.',
    deviations: 'Avvik fra fellesløsninger',
    noDeviations: 'Ingen forslag avviker fra en fellesløsning.',
    disables: 'Funn slått av i teksten',
    noDisables: 'Ingen funn er slått av i teksten.',
    solutions: 'Fellesløsninger',
    alternative: 'Alternativ',
    grounds: 'Grunner',
    explanation: 'Forklaring',
    exception: 'Unntak',
    reason: 'Årsak',
    disabledAt: 'Slått av på linje',
    trend: 'Utvikling',
    trendNote: 'Funn siden forrige rapport: nye, rettede og uendrede, per forslag.',
    newFindings: 'Nye',
    fixedFindings: 'Rettede',
    unchanged: 'Uendrede',
    change: 'Endring',
    changes: { added: 'nytt forslag', removed: 'fjernet', kept: 'i begge' },
    details: 'Forslag for forslag',
    file: 'Fil',
    status: 'Status',
    statuses: { compliant: 'oppfyller kravene', warnings: 'bare advarsler', errors: 'feil', unparsed: 'kunne ikke leses' },
    findings: (n) => `Funn (${n})`,
    suppressedFindings: (n) => `Slått av i teksten (${n})`,
    noFindings: 'Ingen funn.',
    line: 'Linje',
    message: 'Melding',
    severity: 'Alvorlighet',
    severities: { error: 'feil', warning: 'advarsel' },
    unclassified: 'Kostnader uten oppgitt art',
    unpriced: 'Gevinstlinjer uten beløp',
    horizon: 'Periode (år)',
    discountRate: 'Diskonteringsrente',
    filter: 'Filtrer forslagene',
    search: 'Søk',
    all: 'Alle',
    sortBy: (column) => `Sorter etter ${column}`,
    shown: 'vist',
    truncated: (omitted) =>
      `Rapporten er forkortet til 1 MiB: detaljene for de siste ${omitted} forslagene er utelatt. HTML- og JSON-rapporten inneholder alle.`,
    focusAreas: {
      'citizen-service': 'Tilgjengelighet og service',
      'information-reuse': 'Gjenbruk av informasjon',
      'it-use': 'Bruk av IT i driften',
      collaboration: 'Samarbeid',
      innovation: 'Innovasjon',
    },
    sharedStatuses: { used: 'bruker fellesløsningen', deviation: 'avviker (forklarer hvorfor)', 'none-available': 'ingen finnes' },
    groundLabels: { 'more-expensive': 'vesentlig dyrere eller i konflikt med andre forpliktelser' },
  },
};

export type ReportWords = BaseWords & MoreWords;

const LOCALES: Record<Lang, string> = { en: 'en-GB', da: 'da-DK', sv: 'sv-SE', nb: 'nb-NO' };

export interface ReportText {
  words: ReportWords;
  /** A whole number in the report's locale. */
  count: (value: number) => string;
  /** An amount, rounded to whole units, with its currency. */
  money: (value: number, currency: string) => string;
  /** A fraction as a percentage ("4 %"). */
  percent: (value: number) => string;
  /** A date (ISO 8601) as the locale writes it, with the time in UTC. */
  date: (iso: string) => string;
}

export function reportText(lang: Lang): ReportText {
  const number = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 });
  return {
    words: { ...WORDS[lang], ...MORE[lang] },
    count: (value) => number.format(value),
    money: (value, currency) => `${number.format(value)}\u00a0${currency}`,
    percent: (value) => new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 2 }).format(value),
    date: (iso) => `${new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso))} UTC`,
  };
}
