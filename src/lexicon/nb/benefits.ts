/**
 * The nb words of src/lexicon/benefits.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  GAINS: [
    'gevinst*',
    'frigjort*',
    'frigjøre*',
    'besparelse*',
    'ressurser',
    'timer',
    'tid',
    'tiden',
    'timene',
    'beløpet',
    'midlene',
    'pengene',
    'ressursene',
    'årsverk*',
  ],
  GAIN_USES: ['brukes til', 'brukes på', 'flyttes til', 'omdisponeres', 'reinvesteres', 'tas ut', 'går til'],
  USE_VERBS: ['brukes', 'benyttes', 'anvendes', 'bruker', 'benytter'],
  PURPOSES: ['til', 'på'],
  REKEYING: [
    'registreres igjen',
    'registreres … igjen',
    'registreres på nytt',
    'tastes inn igjen',
    'tastes … inn på nytt',
    'dobbeltregistrer*',
    'registreres to ganger',
    'tastes inn to ganger',
    'registreres flere steder',
  ],
};
