/**
 * The en words of src/lexicon/platforms.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  EXCEPTION_DECIDED: [
    'exception decision',
    'decision on an exception',
    'granted an exception',
    'decided on an exception',
    'exception was granted',
    'exception granted',
  ],
  E_SERVICE: ['e-service*', 'online form*', 'web form*', 'self-service*', 'e-form*'],
  LOGIN: ['log in', 'logs in', 'login*', 'sign in', 'signs in', 'sign-in', 'e-id', 'bankid', 'authentication'],
  OUTSIDE_USERS: ['internet', 'citizen*', 'resident*', 'parent*', 'business*', 'visitor*', 'external user*', 'e-service*', 'from home', 'mobile*'],
  DECISION_SUPPORT: ['decision support', 'management information', 'business intelligence', 'dashboard*', 'data warehouse*', 'reporting tool*'],
};
