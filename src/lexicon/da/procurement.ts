/**
 * The da words of src/lexicon/procurement.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  ACQUISITION: ['anskaf*', 'indkøb*', 'køb', 'købe', 'køber', 'købes', 'købt', 'leveres som', 'leveres af', 'leveres fra', 'skytjeneste*', 'cloudløsning*'],
  PROCUREMENT_LAW: ['udbud*', 'udbudsloven', 'rammeaftale*', 'miniudbud*', 'ski-aftale*', 'konkurrenceudsæt*'],
  TENDERING: ['udbud*', 'rammeaftale*', 'konkurrenceudsæt*', 'indkøb*'],
};
