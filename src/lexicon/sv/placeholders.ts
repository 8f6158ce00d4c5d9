/**
 * The sv words of src/lexicon/placeholders.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  PLACEHOLDER_WORDS: ['vet ej', 'vet inte', 'okänd', 'oklart', 'ej klart', 'ingen'],
  NOTED_PLACEHOLDER_WORDS: ['vet ej', 'vet inte', 'okänd', 'oklart'],
  PENDING_WORDS: ['avvaktar', 'inväntar', 'utses senare', 'klargörs senare', 'beslutas senare', 'bestäms senare', 'fastställs senare'],
};
