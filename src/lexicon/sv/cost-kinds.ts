/**
 * The sv words of src/lexicon/cost-kinds.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  // investering / investeringsutgift against drift in the municipal budget; engångskostnad, införandekostnad.
  'COST_KIND_HINTS/investment': [
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
  'COST_KIND_HINTS/operating': [
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
  'STATED_KINDS/investment': ['projekt', 'projektkostnad'],
  'STATED_KINDS/operating': ['lön', 'löner', 'lönekostnad*', 'personalkostnad*'],
  'STATED_KINDS/financial': ['nytta', 'nyttor', 'besparing', 'besparingar', 'intäkt', 'intäkter'],
};
