/**
 * The sv words of src/lexicon/bodies.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  COMMITTEES: ['nämnd', 'nämnden', 'nämnder', 'nämnderna', 'styrelse', 'styrelsen', 'styrelserna', 'fullmäktige', 'kollegiet', 'kollegium'],
  UNITS: [
    'förvaltning',
    'förvaltningen',
    'förvaltningarna',
    'enhet',
    'enheten',
    'enheterna',
    'avdelning',
    'avdelningen',
    'avdelningarna',
    'sekretariat',
    'sekretariatet',
    'kontor',
    'kontoret',
    'center',
    'centret',
    'område',
    'området',
    'sektor',
    'bolaget',
    'kommun',
    'kommunen',
  ],
  CITY_EXECUTIVE_BOARD: ['kommunstyrelse*', 'ks'],
  OWNER_COPULA: ['är', 'blir', 'kommer att vara'],
  RELATIVE_PRONOUN: ['som', 'vilken', 'vilket'],
  ACTING_THROUGH: ['genom', 'representerad av', 'företrädd av'],
  ROLE_ENDINGS: ['direktör', 'chef', 'ledare', 'rådman', 'borgmästare', 'ordförande', 'rektor', 'samordnare', 'representant'],
  UNIT_PREPOSITIONS: ['för', 'av', 'i', 'på', 'inom', 'till', 'vid', 'hos'],
  AND_OTHERS: ['m.fl.', 'm.fl', 'm. fl.', 'm. fl', 'mfl.', 'mfl', 'med flera'],
  OWNER_JOINERS: ['och/eller', 'eller', 'och', 'samt'],
};
