/**
 * The en words of src/lexicon/benefits.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  GAINS: ['gain*', 'saving*', 'saved', 'freed', 'released', 'resources', 'hours', 'time', 'the hours', 'the amount', 'the money', 'fte*', 'benefit*', 'money'],
  GAIN_USES: [
    'used for',
    'used to',
    'used on',
    'spent on',
    'reinvested',
    'redeployed',
    'reallocated',
    'reassigned',
    'moved to',
    'transferred to',
    'shifted to',
    'returned to',
    'taken out',
    'go to',
    'goes to',
    'cut from the budget',
  ],
  USE_VERBS: ['used', 'spent', 'redeployed', 'uses', 'spends'],
  PURPOSES: ['for', 'to', 'on'],
  REKEYING: [
    're-keyed',
    'rekeyed',
    're-entered',
    'keyed in again',
    'entered again',
    'typed in again',
    'registered again',
    'double entry',
    'double-keyed',
    'entered twice',
    'keyed twice',
    'registered twice',
    'entered in several places',
  ],
};
