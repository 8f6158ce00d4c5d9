/**
 * The nb words of src/lexicon/it-council.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  IT_COUNCIL: ['it-råd*', 'ikt-råd*', 'it-sjef*', 'ikt-sjef*'],
  NOTIFY: ['meld*', 'varsl*', 'orienter*', 'informer*', 'forelagt', 'forelegges', 'lagt fram'],
  JOINT_DECISION: ['felles beslutning', 'felles vedtak', 'kommunedirektørens ledergruppe'],
  SOLE_DECISION: ['vedtar alene', 'besluttes alene', 'beslutter alene', 'på egen hånd', 'uten felles beslutning'],
};
