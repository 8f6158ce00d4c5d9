/**
 * The da words of src/lexicon/cost-kinds.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  // The municipal budget's anlæg (anlægsudgift, anlægsbevilling), the state model's one-off
  // project costs (engangsudgift, etableringsomkostning, projektomkostning).
  'COST_KIND_HINTS/investment': [
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
  'COST_KIND_HINTS/operating': [
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
  'STATED_KINDS/investment': ['projekt', 'projektudgift', 'projektomkostninger'],
  'STATED_KINDS/operating': ['løn', 'lønudgift*', 'lønomkostning*', 'personale*'],
  'STATED_KINDS/financial': ['gevinst', 'gevinster', 'besparelse', 'besparelser', 'indtægt', 'indtægter'],
};
