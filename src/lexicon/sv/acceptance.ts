/**
 * The sv words of src/lexicon/acceptance.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  // "beslut … om att acceptera ansvar och kostnader", "ansvar och förvaltningskostnader accepterade".
  ACCEPTING: ['accepter*', 'tagit på sig', 'påtagit sig', 'beslutat att ta', 'tar på sig', 'åtar sig', 'åtagit sig', 'tar över'],
  RESPONSIBILITY: ['ansvar*', 'kostnad*'],
};
