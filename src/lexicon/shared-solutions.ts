/**
 * shared-solutions: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';

/**
 * A status written as a sentence instead of "Status: …" ("Vi afviger fra den fælleskommunale
 * løsning, fordi …", "Det finns ingen gemensam lösning för …", "Vi bruker ID-porten og Altinn").
 * Read by `shared-solution`.
 */
export const DEVIATES_FROM_SHARED: WordLists = {
  da: [
    'afviger',
    'afvige',
    'afvigelse*',
    'fraviger',
    'fravige',
    'fravalgt',
    'fravælger',
    'anvender ikke',
    'anvendes ikke',
    'bruger ikke',
    'bruges ikke',
    'benytter ikke',
    'i stedet for den fællesoffentlige',
    'i stedet for den fælleskommunale',
    'erstatter',
    'erstattes',
  ],
  sv: [
    'avviker',
    'avvika',
    'avvikelse*',
    'använder inte',
    'används inte',
    'väljer bort',
    'valt bort',
    'i stället för den gemensamma',
    'istället för den gemensamma',
    'undantag från',
    'ersätter',
    'ersätts',
  ],
  nb: [
    'avviker',
    'avvike',
    'avvik',
    'bruker ikke',
    'brukes ikke',
    'benytter ikke',
    'velger bort',
    'valgt bort',
    'i stedet for fellesløsning*',
    'i stedet for felleskomponent*',
    'erstatter',
    'erstattes',
  ],
  en: [
    'deviate*',
    'deviation',
    'does not use',
    'do not use',
    'will not use',
    'not be used',
    'instead of the shared',
    'instead of the common',
    'opted out',
    'opt out',
    'replaces',
    'replacing',
  ],
};

/** Read by `shared-solution`. */
export const NO_SHARED_SOLUTION: WordLists = {
  da: ['findes ingen', 'findes der ingen', 'ingen fællesoffentlig*', 'ingen fælleskommunal*', 'ingen fælles løsning*', 'ikke nogen fællesoffentlig*'],
  sv: ['finns ingen', 'finns det ingen', 'ingen gemensam*', 'inte någon gemensam*', 'saknas en gemensam*', 'saknas gemensam*'],
  nb: ['finnes ingen', 'finnes det ingen', 'ingen fellesløsning*', 'ingen felleskomponent*', 'ingen nasjonal*', 'ikke noen fellesløsning*'],
  en: ['there is no shared', 'there is no common', 'no shared', 'no common', 'none exists', 'no such solution'],
};

/** A shared (public, municipal, national) solution, as the word before its name ("den fælleskommunale løsning …"). Read by `shared-solution`. */
export const SHARED_SOLUTION: WordLists = {
  da: ['fællesoffentlig*', 'fælles offentlig*', 'fælleskommunal*', 'fællesstatslig*', 'kombit*'],
  sv: ['gemensam*', 'nationell*'],
  nb: ['felles*', 'nasjonal*'],
  en: ['shared*', 'common*', 'national*'],
};
