/**
 * The en words of src/lexicon/competence.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  TRAINING: ['training', 'competence*', 'course*', 'super user*', 'super-user*', 'e-learning'],
  DOMAIN_EXPERTS: ['domain expert*', 'subject-matter expert*', 'subject matter expert*', 'key user*', 'super user*', 'super-user*', 'user representative*'],
};
