/**
 * The en words of src/lexicon/procurement.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  ACQUISITION: ['acquir*', 'acquisition*', 'procur*', 'purchas*', 'buy*', 'supplied by', 'delivered by', 'cloud service*', 'software as a service'],
  PROCUREMENT_LAW: ['public procurement', 'procurement act', 'procurement law', 'tender*', 'competitive', 'framework agreement*', 'mini-competition*'],
  TENDERING: ['procure*', 'tender*', 'competitive bidding', 'framework agreement*', 'call-off*', 'volume discount*'],
};
