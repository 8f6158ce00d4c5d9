/**
 * The nb words of src/lexicon/accessibility.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  SPECIAL_NEEDS: [
    'spesielle behov',
    'særskilte behov',
    'funksjonsnedsettelse*',
    'universell utforming',
    'tilgjengelighet',
    'wcag*',
    'skjermleser*',
    'synshemme*',
    'svaksynte',
    'blinde',
    'hørselshemme*',
    'opplesning*',
    'lettlest*',
    'tegnspråk*',
    'stor skrift',
  ],
  UNIVERSAL_DESIGN: [
    'universell utforming',
    'universelt utformet',
    'universelt utformede',
    'uu',
    'uu-krav*',
    'wcag*',
    'tilgjengelighetserklæring*',
    'uavhengig av funksjonsevne',
    'skjermleser*',
  ],
};
