/**
 * The nb words of src/lexicon/competence.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  TRAINING: ['opplæring*', 'kompetanse*', 'kurs*', 'superbruker*', 'e-læring*'],
  DOMAIN_EXPERTS: ['fagperson*', 'fagressurs*', 'fagekspert*', 'fagfolk', 'fagmiljø*', 'superbruker*', 'brukerrepresentant*'],
};
