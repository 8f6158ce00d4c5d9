/**
 * The en words of src/lexicon/shared-solutions.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  DEVIATES_FROM_SHARED: [
    'deviate*',
    'deviation',
    'does not use',
    'do not use',
    'will not use',
    'not be used',
    'instead of the shared',
    'instead of the common',
    'opted out',
    'opt out',
    'replaces',
    'replacing',
  ],
  NO_SHARED_SOLUTION: ['there is no shared', 'there is no common', 'no shared', 'no common', 'none exists', 'no such solution'],
  SHARED_SOLUTION: ['shared*', 'common*', 'national*'],
  NOT_EXAMINED: ['not examined', 'not investigated', 'not looked into', 'not assessed'],
};
