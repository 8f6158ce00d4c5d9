/**
 * The en words of src/lexicon/bodies.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  COMMITTEES: ['committee', 'board', 'council'],
  // The municipality itself is an organisation, not a person ("Nordre Follo Municipality").
  UNITS: ['department', 'directorate', 'administration', 'unit', 'municipality', 'office'],
  CHIEF_EXECUTIVES_COUNCIL: ['council of chief executives', "chief executives' council", 'chief executives council'],
  CITY_EXECUTIVE_BOARD: ['city executive board', 'executive board'],
  OWNER_COPULA: ['is', 'will be', 'becomes'],
  RELATIVE_PRONOUN: ['which', 'who', 'that'],
  ACTING_THROUGH: ['through', 'represented by', 'acting through'],
  ROLE_ENDINGS: ['director', 'manager', 'head', 'chair', 'officer', 'CIO', 'CDO', 'CTO'],
  UNIT_PREPOSITIONS: ['of', 'for'],
  AND_OTHERS: ['et al.', 'et al', 'and others'],
  OWNER_JOINERS: ['and/or', 'or', 'and'],
};
