/**
 * The da words of src/lexicon/competence.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  TRAINING: ['uddannelse*', 'oplæring*', 'undervisning*', 'kompetence*', 'kursus', 'kurser', 'superbruger*', 'e-læring*'],
  DOMAIN_EXPERTS: ['fagperson*', 'fagekspert*', 'fagfolk', 'superbruger*', 'brugerrepræsentant*'],
};
