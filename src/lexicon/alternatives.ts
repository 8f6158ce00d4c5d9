/**
 * alternatives: words the tool understands, per language (the lexicon is their one home).
 */
import { allPhrases, phraseAlternation, phraseMatches, type WordLists } from './phrases.js';

/** Keeping, adapting or upgrading what exists, or the do-nothing alternative. Read by `old-vs-new`. */
export const ADAPT_EXISTING: WordLists = {
  nb: [
    'nullalternativ*',
    'null-alternativ*',
    '0-alternativ*',
    'tilpass* dagens',
    'tilpass* eksisterende',
    'tilpass* det gamle',
    'tilpass* gamle',
    'tilpasning av dagens',
    'tilpasning av eksisterende',
    'tilpasning av det gamle',
    'videreutvikl* dagens',
    'videreutvikl* eksisterende',
    'videreutvikling av dagens',
    'videreutvikling av eksisterende',
    'oppgrader* dagens',
    'oppgrader* eksisterende',
    'oppgradering av dagens',
    'oppgradering av eksisterende',
    'behold* dagens',
    'behold* eksisterende',
    'viderefør* dagens',
    'fortsett* med dagens',
  ],
  da: [
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
  sv: [
    'nollalternativ*',
    'anpass* befintlig*',
    'anpass* nuvarande',
    'anpassning av befintlig*',
    'anpassning av nuvarande',
    'uppgrader* befintlig*',
    'uppgrader* nuvarande',
    'behåll* nuvarande',
    'behåll* befintlig*',
  ],
  en: [
    'zero alternative',
    'null alternative',
    'do-nothing',
    'do nothing',
    'adapt* the existing',
    'adapt* the current',
    'adapt* the old',
    'adapting existing',
    'upgrad* the existing',
    'upgrad* the current',
    'keep* the existing',
    'keep* the current',
    'continu* with the current',
    'continu* with the existing',
  ],
};

/** Acquiring something new: any acquisition, or a new or replacing system. Read by `old-vs-new`. */
export const NEW_SYSTEM: WordLists = {
  nb: [
    'anskaff*',
    'innkjøp*',
    'nytt system',
    'nytt fagsystem',
    'ny løsning',
    'nye løsning*',
    'ny felles*',
    'nytt felles*',
    'ny programvare',
    'bytt* ut',
    'skift* ut',
    'erstatt*',
    // Taking a shared or national solution into use is the new option FLO-9 aims at.
    'ta i bruk',
    'tas i bruk',
    'fellesløsning*',
    'felles løsning*',
    'nasjonal* løsning*',
  ],
  da: [
    'anskaf*',
    'indkøb*',
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
  sv: [
    'anskaff*',
    'inköp*',
    'upphandl*',
    'nytt system',
    'nytt verksamhetssystem',
    'ny lösning',
    'ny gemensam*',
    'nytt gemensamt',
    'byt* ut',
    'ersätt*',
    'ta i bruk',
    'tas i bruk',
    'gemensam* lösning*',
  ],
  en: [
    'acquir*',
    'procur*',
    'purchas*',
    'buy*',
    'new system',
    'new solution',
    'new shared*',
    'replac*',
    'adopt*',
    'take into use',
    'shared solution*',
    'national solution*',
  ],
};

/**
 * Adapting what the municipality has, said with a verb and, in the same clause, a word for what
 * exists ("å tilpasse de eksisterende kontaktskjemaene", "bygge videre på dagens
 * telefonrutiner", "Å videreutvikle signeringsmodulen i dagens HR-system"): `ADAPT_EXISTING`
 * lists the fixed phrases, these two the parts that may stand apart.
 */
export const ADAPT_VERBS: WordLists = {
  nb: ['tilpass*', 'videreutvikl*', 'oppgrader*', 'behold*', 'viderefør*', 'bygge videre', 'bygg* videre', 'utvid*'],
  da: ['tilpas*', 'videreudvikl*', 'opgrader*', 'behold*', 'bygge videre', 'bygg* videre', 'udvid*'],
  sv: ['anpass*', 'vidareutveckl*', 'uppgrader*', 'behåll*', 'bygga vidare', 'bygg* vidare', 'bygg* ut'],
  en: ['adapt*', 'upgrad*', 'keep*', 'extend*', 'build* on', 'develop* further'],
};

export const EXISTING: WordLists = {
  nb: ['dagens', 'eksisterende', 'gamle', 'nåværende'],
  da: ['dagens', 'eksisterende', 'gamle', 'nuværende'],
  sv: ['dagens', 'befintlig*', 'nuvarande', 'gamla'],
  en: ['existing', 'current', 'old', 'present'],
};

/** How far the word for what exists may stand after the verb in one clause. */
const REACH = 60;
let adapting: RegExp | undefined;
const ADAPT_PHRASES = allPhrases(ADAPT_EXISTING);

/** Whether a text speaks of adapting what exists: a fixed phrase, or a verb and an existing-word in one clause. */
export function adaptsExisting(text: string): boolean {
  if (phraseMatches(text, ADAPT_PHRASES).length) return true;
  const word = (lists: WordLists): string => `(?<![\\p{L}\\p{N}])(?:${phraseAlternation(allPhrases(lists))})(?![\\p{L}\\p{N}])`;
  adapting ??= new RegExp(`${word(ADAPT_VERBS)}[^.;:]{0,${REACH}}?${word(EXISTING)}`, 'iu');
  return adapting.test(text);
}
