/**
 * The da words of src/lexicon/it-council.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  IT_COUNCIL: ['it-råd*', 'it-chef*'],
  NOTIFY: ['anmeld*', 'orienter*', 'informer*', 'underret*', 'forelagt', 'forelægges'],
  JOINT_DECISION: ['fælles beslutning', 'fælles beslutninger', 'fælles beslutte*', 'direktionen i fællesskab', 'forvaltningschefgruppe*'],
  SOLE_DECISION: ['beslutter alene', 'besluttes alene', 'træffer beslutningen alene', 'uden en fælles beslutning', 'uden fælles beslutning'],
};
