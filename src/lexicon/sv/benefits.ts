/**
 * The sv words of src/lexicon/benefits.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  GAINS: [
    'vinst*',
    'nytt*',
    'frigjord*',
    'frigör*',
    'besparing*',
    'resurser',
    'timmar',
    'tid',
    'tiden',
    'timmarna',
    'beloppet',
    'medlen',
    'pengarna',
    'resurserna',
    'årsarbetare',
  ],
  GAIN_USES: ['används till', 'används för', 'används på', 'flyttas till', 'omfördelas', 'återinvesteras', 'tas hem', 'går till'],
  USE_VERBS: ['används', 'använts', 'nyttjas', 'använder', 'lägger'],
  PURPOSES: ['till', 'för', 'på'],
  REKEYING: [
    'registreras igen',
    'registreras … igen',
    'matas in igen',
    'matas … in igen',
    'knappas in igen',
    'dubbelregistrer*',
    'registreras två gånger',
    'matas in två gånger',
    'registreras på flera ställen',
  ],
};
