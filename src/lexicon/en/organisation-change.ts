/**
 * The en words of src/lexicon/organisation-change.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  ORGANISATION_CHANGE: [
    'organisation project',
    'organization project',
    'organisational project',
    'organizational project',
    'organisational change',
    'organizational change',
    'change management',
    'business change',
    'new ways of working',
    'new work processes',
  ],
  WORK_PRACTICE_CHANGE: [
    'way of working',
    'ways of working',
    'work process*',
    'working method*',
    'working practice*',
    'work practice*',
    'business change',
    'process change*',
    'change management',
    'new routines',
    'workflow*',
    'operational change*',
    'organisational change*',
    'organizational change*',
    'change the way',
    'changes the way',
    'changing the way',
  ],
};
