/**
 * The da words of src/lexicon/accessibility.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  SPECIAL_NEEDS: [
    'særlige behov',
    'handicap*',
    'funktionsnedsættelse*',
    'tilgængelighed',
    'webtilgængelighed',
    'wcag*',
    'skærmlæser*',
    'synshandicap*',
    'svagsynede',
    'blinde',
    'høretab',
    'oplæsning*',
    'letlæst*',
    'tegnsprog*',
    'stor skrift',
  ],
  UNIVERSAL_DESIGN: ['webtilgængelighed', 'tilgængelighedserklæring*', 'tilgængelig for alle', 'wcag*'],
};
