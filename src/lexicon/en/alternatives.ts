/**
 * The en words of src/lexicon/alternatives.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  ADAPT_EXISTING: [
    'zero alternative',
    'null alternative',
    'do-nothing',
    'do nothing',
    'adapt* the existing',
    'adapt* the current',
    'adapt* the old',
    'adapting existing',
    'upgrad* the existing',
    'upgrad* the current',
    'keep* the existing',
    'keep* the current',
    'continu* with the current',
    'continu* with the existing',
  ],
  NEW_SYSTEM: [
    'acquir*',
    'procur*',
    'purchas*',
    'buy*',
    'new system',
    'new solution',
    'new shared*',
    'replac*',
    'adopt*',
    'take into use',
    'shared solution*',
    'national solution*',
  ],
  ADAPT_VERBS: ['adapt*', 'upgrad*', 'keep*', 'extend*', 'build* on', 'develop* further'],
  EXISTING: ['existing', 'current', 'old', 'present'],
};
