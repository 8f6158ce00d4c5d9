/**
 * The nb words of src/lexicon/it-council.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  IT_COUNCIL: ['it-råd*', 'ikt-råd*', 'it-sjef*', 'ikt-sjef*'],
  NOTIFY: ['meld*', 'varsl*', 'orienter*', 'informer*', 'forelagt', 'forelegges', 'lagt fram'],
};
