/**
 * Words that make a cost line a one-off investment or a running (operating) cost when the line
 * states no kind: "Licens til bookingsystem", "Drift og support", "Lisenser per år",
 * "Anskaffelse og implementering". Matched through the phrase matcher (`*` ends a word: "drift*"
 * finds "driftsomkostninger"). The kinds' own names (vocabulary `KIND_VALUES`) count as well.
 */
import type { WordLists } from './phrases.js';

export const COST_KIND_HINTS: Readonly<Record<'investment' | 'operating', WordLists>> = {
  investment: {
    en: ['purchase', 'setup', 'set-up', 'installation', 'migration', 'development', 'implementation', 'one-off', 'capital expenditure'],
    // The municipal budget's anlæg (anlægsudgift, anlægsbevilling), the state model's one-off
    // project costs (engangsudgift, etableringsomkostning, projektomkostning).
    da: [
      'anskaffelse*',
      'indkøb',
      'opsætning',
      'installation',
      'konvertering',
      'migrering',
      'udvikling',
      'indførelse',
      'implementering*',
      'anlæg*',
      'engangs*',
      'etablering*',
      'investering*',
      'projektomkostning*',
      'projektudgift*',
    ],
    // investering / investeringsutgift against drift in the municipal budget; engångskostnad, införandekostnad.
    sv: [
      'anskaffning*',
      'inköp',
      'installation',
      'konvertering',
      'migrering',
      'utveckling*',
      'införande*',
      'implementering*',
      'engångs*',
      'etablering*',
      'investering*',
      'projektkostnad*',
      'startkostnad*',
    ],
    // DFØ's investeringskostnader against drifts- og vedlikeholdskostnader; engangskostnad, etablering.
    nb: [
      'anskaffelse*',
      'innkjøp',
      'oppsett',
      'installasjon',
      'konvertering',
      'migrering',
      'utvikling*',
      'innføring*',
      'implementering*',
      'engangs*',
      'etablering*',
      'investering*',
      'prosjektkostnad*',
    ],
  },
  operating: {
    en: [
      'operat*',
      'running',
      'maintenance',
      'support',
      'hosting',
      'subscription*',
      'licence*',
      'license*',
      'per year',
      'a year',
      'annual',
      'annually',
      'yearly',
    ],
    da: [
      'drift*',
      'løbende',
      'vedligehold*',
      'forvaltning*',
      'licens*',
      'abonnement*',
      'support',
      'hosting',
      'årlig*',
      'per år',
      'pr. år',
      'pr år',
      'om året',
      'i året',
    ],
    sv: [
      'drift*',
      'löpande',
      'underhåll*',
      'förvaltning*',
      'licens*',
      'abonnemang*',
      'support',
      'hosting',
      'årlig*',
      'årligen',
      'per år',
      'om året',
      'i året',
      'kapitalkostnad*',
    ],
    nb: [
      'drift*',
      'løpende',
      'vedlikehold*',
      'forvaltning*',
      'lisens*',
      'abonnement*',
      'support',
      'hosting',
      'årlig*',
      'per år',
      'pr. år',
      'pr år',
      'om året',
      'i året',
    ],
  },
};

/**
 * Words that state a line's kind only where a kind is stated — a kind column (*Art*, *Typ*,
 * *Type*) or a `kind:` key — and are too loose to decide it from an item's words: wages sit in
 * the municipal operating budget (drift: *løn*, *lön*, *lønn*), but "Løn til projektleder" may
 * be project time; a budget table's *gevinst* / *nytta* / *benefit* row is a priced benefit
 * (financial), but "benefit tracking tool" is a cost. Read by the kind's values in
 * `vocabulary.ts` (with `KIND_VALUES` and the hints above), never matched in running text.
 */
export const STATED_KINDS: Readonly<Record<'investment' | 'operating' | 'financial', WordLists>> = {
  investment: {
    en: ['capex', 'capital', 'project cost', 'project costs'],
    da: ['projekt', 'projektudgift', 'projektomkostninger'],
    sv: ['projekt', 'projektkostnad'],
    nb: ['prosjekt', 'prosjektkostnad'],
  },
  operating: {
    en: ['wages', 'salary', 'salaries'],
    da: ['løn', 'lønudgift*', 'lønomkostning*', 'personale*'],
    sv: ['lön', 'löner', 'lönekostnad*', 'personalkostnad*'],
    nb: ['lønn', 'lønnskostnad*', 'personalkostnad*'],
  },
  financial: {
    en: ['benefit', 'benefits', 'saving', 'savings', 'revenue'],
    da: ['gevinst', 'gevinster', 'besparelse', 'besparelser', 'indtægt', 'indtægter'],
    sv: ['nytta', 'nyttor', 'besparing', 'besparingar', 'intäkt', 'intäkter'],
    nb: ['gevinst', 'gevinster', 'nytte', 'innsparing', 'innsparinger', 'besparelse', 'inntekt', 'inntekter'],
  },
};
