/**
 * The da words of src/lexicon/organisation-change.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  ORGANISATION_CHANGE: ['organisationsprojekt*', 'organisationsforandring*', 'organisationsudvikling*', 'forandringsledelse', 'nye arbejdsgange'],
  WORK_PRACTICE_CHANGE: ['arbejdsgang*', 'arbejdsproces*', 'arbejdsmetode*', 'forandringsledelse', 'forretningsudvikling', 'nye rutiner'],
};
