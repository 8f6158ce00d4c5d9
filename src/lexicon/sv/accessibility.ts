/**
 * The sv words of src/lexicon/accessibility.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  SPECIAL_NEEDS: [
    'särskilda behov',
    'funktionsnedsättning*',
    'funktionsvariation*',
    'tillgänglighetsanpass*',
    'digital tillgänglighet',
    'tillgänglighetskrav*',
    'tillgänglighetsredogörelse*',
    'wcag*',
    'skärmläsare*',
    'lättläst*',
    'talsyntes*',
    'universell utformning',
    'synnedsättning*',
    'synskada*',
    'hörselnedsättning*',
    'uppläsning*',
    'förstorad text',
    'teckenspråk*',
    'kognitiv*',
  ],
  UNIVERSAL_DESIGN: ['digital tillgänglighet', 'tillgänglighetsredogörelse*', 'universell utformning', 'wcag*'],
};
