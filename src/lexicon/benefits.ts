/**
 * benefits: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';

/** Read by `priority-criteria`. */
export const PRIORITY_CRITERIA = ['standardisation', 'coherence', 'efficiency'] as const;

/** What the gains are: freed time, money, staff. Read by `priority-criteria`. */
export const GAINS: WordLists = {
  da: [
    'gevinst*',
    'frigjort*',
    'frigjorte',
    'frigør*',
    'frigives',
    'frigivne',
    'besparelse*',
    'sparede',
    'ressourcer',
    'timer',
    'tid',
    'årsværk*',
    'kroner',
    'kr',
  ],
  en: ['gain*', 'saving*', 'saved', 'freed', 'released', 'resources', 'hours', 'time', 'fte*', 'benefit*', 'money'],
  sv: ['vinst*', 'nytt*', 'frigjord*', 'frigör*', 'besparing*', 'resurser', 'timmar', 'tid', 'årsarbetare'],
  nb: ['gevinst*', 'frigjort*', 'frigjøre*', 'besparelse*', 'ressurser', 'timer', 'tid', 'årsverk*'],
};

/** How they are used: "anvendes til", "used for", "reinvested", "taken out of the budget". Read by `priority-criteria`. */
export const GAIN_USES: WordLists = {
  da: [
    'anvendes til',
    'anvendes på',
    'bruges til',
    'bruges på',
    'bliver brugt til',
    'omprioriteres',
    'omprioriteret',
    'omplaceres',
    'reinvesteres',
    'geninvesteres',
    'hjemtages',
    'hjemtaget',
    'tilbageføres',
    'overføres til',
    'flyttes til',
    'overflyttes til',
    'omsættes til',
    'indgår i budget*',
    'budgetreduktion*',
    'går til',
    'sættes ind',
    'lægges i kassen',
  ],
  en: [
    'used for',
    'used to',
    'used on',
    'spent on',
    'reinvested',
    'redeployed',
    'reallocated',
    'reassigned',
    'moved to',
    'transferred to',
    'shifted to',
    'returned to',
    'taken out',
    'go to',
    'goes to',
    'cut from the budget',
  ],
  sv: ['används till', 'används för', 'används på', 'flyttas till', 'omfördelas', 'återinvesteras', 'tas hem', 'går till'],
  nb: ['brukes til', 'brukes på', 'flyttes til', 'omdisponeres', 'reinvesteres', 'tas ut', 'går til'],
};
