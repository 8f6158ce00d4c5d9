/**
 * language-markers: what tells a proposal's language from its prose (src/interpret/language.ts)
 * when neither its `language` field nor its keys and headings settle it.
 */
import type { WordLists } from './phrases.js';

/** Words common in one language's administrative prose and rare in the others. */
export const LANGUAGE_MARKERS: WordLists = {
  en: ['the', 'and', 'of', 'will', 'with', 'which', 'is', 'are', 'project', 'owner'],
  da: ['af', 'hvad', 'nogle', 'efter', 'ejer', 'projektet', 'kommunen', 'vil', 'blive', 'gevinster', 'løsning', 'udvikling', 'være', 'ikke', 'hvor'],
  sv: ['och', 'att', 'som', 'för', 'inte', 'är', 'med', 'till', 'ska', 'kommunen', 'projektet', 'nytta', 'lösning', 'utveckling', 'ägare', 'också'],
  nb: [
    'av',
    'hva',
    'noen',
    'etter',
    'eier',
    'prosjektet',
    'kommunen',
    'vil',
    'bli',
    'gevinster',
    'løsning',
    'utvikling',
    'være',
    'ikke',
    'hvor',
    'skal',
    'også',
    'tjenester',
  ],
};

/** Spellings only one of two close languages uses (Danish and Norwegian): they break the tie between the two. */
export const CLOSE_LANGUAGE_MARKERS: WordLists = {
  da: ['af', 'ejer', 'nogle', 'hvad', 'efter', 'udvikling', 'kommunens', 'projektejer', 'gevinstrealisering', 'opfølgning', 'omkostninger'],
  nb: ['av', 'eier', 'noen', 'hva', 'etter', 'utvikling', 'prosjekt', 'prosjekteier', 'oppfølging', 'kostnader', 'tjenester', 'innbyggere'],
};

/** Letters of the language's alphabet that English lacks: any of them in the text is a vote. */
export const LANGUAGE_LETTERS: WordLists = {
  da: ['æ', 'ø'],
  sv: ['ä', 'ö'],
  nb: ['æ', 'ø'],
};
