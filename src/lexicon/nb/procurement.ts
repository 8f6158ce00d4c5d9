/**
 * The nb words of src/lexicon/procurement.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  // … or a new system a supplier delivers, as a cloud service or otherwise.
  ACQUISITION: ['anskaff*', 'innkjøp*', 'kjøp', 'kjøpe', 'kjøper', 'kjøpes', 'kjøpt', 'leveres som', 'leveres av', 'leveres fra', 'skytjeneste*'],
  PROCUREMENT_LAW: [
    'lov om offentlige anskaffelser',
    'anskaffelsesloven',
    'anskaffelsesforskrift*',
    'loa',
    'foa',
    'anbud*',
    'konkurranse*',
    'rammeavtale*',
    'doffin',
    'kunngjøring*',
    'utlysning*',
    'minikonkurranse*',
    'dynamisk innkjøpsordning',
  ],
  TENDERING: ['anskaff*', 'anbud*', 'rammeavtale*', 'konkurranse*', 'offentlige anskaffelser'],
};
