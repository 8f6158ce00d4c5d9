/**
 * The sv words of src/lexicon/competence.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  TRAINING: ['utbildning*', 'kompetens*', 'kurs*', 'superanvändar*'],
  DOMAIN_EXPERTS: ['verksamhetsexpert*', 'verksamhetsrepresentant*', 'sakkunnig*', 'superanvändar*'],
};
