/**
 * The nb words of src/lexicon/cost-kinds.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  // DFØ's investeringskostnader against drifts- og vedlikeholdskostnader; engangskostnad, etablering.
  'COST_KIND_HINTS/investment': [
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
  'COST_KIND_HINTS/operating': [
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
  'STATED_KINDS/investment': ['prosjekt', 'prosjektkostnad'],
  'STATED_KINDS/operating': ['lønn', 'lønnskostnad*', 'personalkostnad*'],
  'STATED_KINDS/financial': ['gevinst', 'gevinster', 'nytte', 'innsparing', 'innsparinger', 'besparelse', 'inntekt', 'inntekter'],
};
