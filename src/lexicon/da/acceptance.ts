/**
 * The da words of src/lexicon/acceptance.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  ACCEPTING: ['accepter*', 'påtaget sig', 'påtager sig', 'besluttet at tage', 'overtager', 'har overtaget'],
  RESPONSIBILITY: ['ansvar*', 'omkostning*'],
};
