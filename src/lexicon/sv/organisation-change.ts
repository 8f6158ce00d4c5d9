/**
 * The sv words of src/lexicon/organisation-change.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  ORGANISATION_CHANGE: ['organisationsprojekt*', 'förändringsledning', 'verksamhetsutveckling*', 'nya arbetssätt'],
  WORK_PRACTICE_CHANGE: [
    'arbetssätt*',
    'arbetsprocess*',
    'arbetsrutin*',
    'verksamhetsförändring*',
    'verksamhetsutveckling*',
    'förändrade arbetssätt',
    'förändring av verksamheten',
    'verksamheten förändras',
    'verksamheten behöver förändras',
    'processförändring*',
    'förändringsledning*',
    'nya rutiner',
  ],
};
