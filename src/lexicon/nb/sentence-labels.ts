/**
 * The nb words of src/lexicon/sentence-labels.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  COPULAS: ['er'],
  OWNED_BY: ['eies i fellesskap av', 'eies felles av', 'eies av', 'eigast av', 'vil eies av'],
  FINANCED_BY: ['finansieres av', 'finansieres over', 'finansieres gjennom', 'finansieres innenfor', 'finansieres via', 'finansieres med', 'finansieres fra'],
  ROLE_HEADS: ['rolle', 'roller', 'funksjon'],
};
