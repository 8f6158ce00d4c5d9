/**
 * The nb words of src/lexicon/acceptance.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  ACCEPTING: ['aksepter*', 'påtatt seg', 'påtar seg', 'vedtatt å ta', 'tar på seg', 'overtar', 'har overtatt'],
  RESPONSIBILITY: ['ansvar*', 'kostnader*', 'kostnad*'],
};
