/**
 * organisation-change: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';

/** Introducing the system as a change to the organisation, not only to its IT. Read by `approval-and-organisation`. */
export const ORGANISATION_CHANGE: WordLists = {
  nb: [
    'organisasjonsprosjekt*',
    'organisasjonsutvikling*',
    'organisasjonsendring*',
    'endringsledelse',
    'endringsarbeid*',
    'endringsprosess*',
    'omstilling*',
    'nye arbeidsprosesser',
    'nye arbeidsmetoder',
    'nye arbeidsrutiner',
    'arbeidsprosessene legges om',
    'legge om arbeidsprosess*',
    'ikke som et ikt-prosjekt',
    'ikke et ikt-prosjekt',
  ],
  da: ['organisationsprojekt*', 'organisationsforandring*', 'organisationsudvikling*', 'forandringsledelse', 'nye arbejdsgange'],
  sv: ['organisationsprojekt*', 'förändringsledning', 'verksamhetsutveckling*', 'nya arbetssätt'],
  en: [
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
};

/** How the operation must change for the technology to give its benefit. Read by `council-goals`. */
export const WORK_PRACTICE_CHANGE: WordLists = {
  sv: [
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
  en: [
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
  da: ['arbejdsgang*', 'arbejdsproces*', 'arbejdsmetode*', 'forandringsledelse', 'forretningsudvikling', 'nye rutiner'],
  nb: ['arbeidsprosess*', 'arbeidsmåte*', 'arbeidsflyt*', 'endringsledelse', 'virksomhetsutvikling', 'nye rutiner'],
};
