/**
 * competence: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';

/** What a training cost line is called. Read by `competence`. */
export const TRAINING: WordLists = {
  nb: ['opplæring*', 'kompetanse*', 'kurs*', 'superbruker*', 'e-læring*'],
  da: ['uddannelse*', 'oplæring*', 'undervisning*', 'kompetence*', 'kursus', 'kurser', 'superbruger*', 'e-læring*'],
  sv: ['utbildning*', 'kompetens*', 'kurs*', 'superanvändar*'],
  en: ['training', 'competence*', 'course*', 'super user*', 'super-user*', 'e-learning'],
};

/** Domain experts, by the names the proposal gives them. Read by `competence`. */
export const DOMAIN_EXPERTS: WordLists = {
  nb: ['fagperson*', 'fagressurs*', 'fagekspert*', 'fagfolk', 'fagmiljø*', 'superbruker*', 'brukerrepresentant*'],
  da: ['fagperson*', 'fagekspert*', 'fagfolk', 'superbruger*', 'brugerrepræsentant*'],
  sv: ['verksamhetsexpert*', 'verksamhetsrepresentant*', 'sakkunnig*', 'superanvändar*'],
  en: ['domain expert*', 'subject-matter expert*', 'subject matter expert*', 'key user*', 'super user*', 'super-user*', 'user representative*'],
};
