/**
 * The nb words of src/lexicon/bodies.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  COMMITTEES: ['utvalg', 'utvalget', 'utvalgene', 'styre', 'styret', 'kommunestyre', 'kommunestyret', 'formannskap', 'formannskapet', 'kollegiet', 'kollegium'],
  UNITS: [
    'forvaltning',
    'forvaltningen',
    'forvaltningene',
    'etat',
    'etaten',
    'etatene',
    'enhet',
    'enheten',
    'enhetene',
    'avdeling',
    'avdelingen',
    'avdelingene',
    'sekretariat',
    'sekretariatet',
    'kontor',
    'kontoret',
    'senter',
    'senteret',
    'område',
    'området',
    'sektor',
    'sektoren',
    'kommune',
    'kommunen',
  ],
  CHIEF_EXECUTIVES_COUNCIL: ['rådmannskollegi*', 'rådmanskollegi*', 'kommunedirektørkollegi*'],
  CITY_EXECUTIVE_BOARD: ['formannskap*', 'bystyre*'],
  OWNER_COPULA: ['er', 'blir', 'vil være'],
  RELATIVE_PRONOUN: ['som'],
  ACTING_THROUGH: ['gjennom', 'representert ved', 'ved'],
};
