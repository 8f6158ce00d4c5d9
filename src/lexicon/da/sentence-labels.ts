/**
 * The da words of src/lexicon/sentence-labels.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  COPULAS: ['er'],
  OWNED_BY: ['ejes i fællesskab af', 'ejes i fællesskab mellem', 'er fælles ejet af', 'ejes af', 'vil blive ejet af'],
  FINANCED_BY: ['finansieres af', 'finansieres via', 'finansieres over', 'finansieres inden for', 'finansieres gennem', 'finansieres med', 'finansieres fra'],
  ROLE_HEADS: ['rolle', 'roller', 'funktion'],
};
