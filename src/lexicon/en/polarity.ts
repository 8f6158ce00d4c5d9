/**
 * The en words of src/lexicon/polarity.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  PSEUDO_NEGATION: ['not only', 'not just', 'no later than', 'not later than', 'not least', 'no doubt'],
  DEFERRAL: [
    'later',
    'at a later stage',
    'in due course',
    'once the supplier',
    'when the supplier',
    'after the procurement',
    'after contract award',
    'to be decided',
    'to be determined',
    'to be confirmed',
    'tbd',
    'tbc',
    'will be considered',
    'will be looked into',
    'will be assessed',
    'yet to be',
    'pending',
    'during the project',
    'in the course of the project',
  ],
  PLAN: ['will', 'shall', 'is to be', 'are to be', 'going to', 'planned', 'plans to', 'intends to', 'is expected to', 'are expected to'],
  ANCHOR: [
    'before the contract',
    'before contract*',
    'before signing',
    'before go-live',
    'before going live',
    'before launch',
    'with the contract',
    'at contract signature',
    'at contract signing',
  ],
  CLAUSE_BREAK: ['but', 'however', 'instead', 'whereas', 'although', 'rather than'],
};
