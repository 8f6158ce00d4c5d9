/**
 * The da words of src/lexicon/bodies.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  COMMITTEES: ['udvalg', 'udvalget', 'udvalgene', 'bestyrelse', 'bestyrelsen', 'byråd', 'byrådet', 'direktion', 'direktionen'],
  UNITS: [
    'forvaltning',
    'forvaltningen',
    'forvaltningerne',
    'enhed',
    'enheden',
    'enhederne',
    'afdeling',
    'afdelingen',
    'afdelingerne',
    'sekretariat',
    'sekretariatet',
    'kontor',
    'kontoret',
    'center',
    'centret',
    'centeret',
    'område',
    'området',
    'sektor',
    'sektoren',
    'kommune',
    'kommunen',
  ],
  CITY_EXECUTIVE_BOARD: ['økonomiudvalg*', 'kommunalbestyrelse*'],
  OWNER_COPULA: ['er', 'bliver', 'vil være'],
  RELATIVE_PRONOUN: ['som', 'der'],
  ACTING_THROUGH: ['gennem', 'repræsenteret ved', 'ved'],
  ROLE_ENDINGS: ['direktør', 'chef', 'leder', 'borgmester', 'formand', 'rektor', 'koordinator', 'repræsentant', 'representant'],
  UNIT_PREPOSITIONS: ['for', 'af', 'i', 'på', 'til', 'ved', 'hos'],
  AND_OTHERS: ['m.fl.', 'm.fl', 'm. fl.', 'm. fl', 'mfl.', 'mfl', 'med flere'],
  OWNER_JOINERS: ['og/eller', 'eller', 'og', 'samt'],
};
