/**
 * The da words of src/lexicon/alternatives.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  ADAPT_EXISTING: [
    'nulalternativ*',
    '0-alternativ*',
    'tilpas* det eksisterende',
    'tilpas* det nuværende',
    'tilpasning af det eksisterende',
    'tilpasning af det nuværende',
    'opgrader* det eksisterende',
    'opgrader* det nuværende',
    'opgradering af det eksisterende',
    'opgradering af det nuværende',
    'behold* det nuværende',
    'behold* det eksisterende',
    'fortsætte med det nuværende',
  ],
  NEW_SYSTEM: [
    'anskaf*',
    'indkøb*',
    'købe',
    'købes',
    'køber',
    'nyt system',
    'nyt fagsystem',
    'ny løsning',
    'nye løsning*',
    'ny fælles*',
    'nyt fælles*',
    'udskift*',
    'erstat*',
    'tage i brug',
    'tages i brug',
    'fællesløsning*',
    'fælles løsning*',
  ],
  ADAPT_VERBS: ['tilpas*', 'videreudvikl*', 'opgrader*', 'behold*', 'bygge videre', 'bygg* videre', 'udvid*'],
  EXISTING: ['dagens', 'eksisterende', 'gamle', 'nuværende'],
};
