/**
 * The sv words of src/lexicon/procurement.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  ACQUISITION: ['anskaff*', 'inköp*', 'köp', 'köpa', 'köper', 'köps', 'köpt', 'upphandl*', 'levereras som', 'levereras av', 'levereras från', 'molntjänst*'],
  PROCUREMENT_LAW: ['upphandl*', 'lou', 'ramavtal*', 'förnyad konkurrensutsättning'],
  TENDERING: [
    'upphandl*',
    'konkurrensutsätt*',
    'i konkurrens',
    'lou',
    'lagen om offentlig upphandling',
    'avrop*',
    'ramavtal*',
    'förnyad konkurrensutsättning',
    'volymrabatt*',
    'koncernrabatt*',
    'volymfördel*',
  ],
};
