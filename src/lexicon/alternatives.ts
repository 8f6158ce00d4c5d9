/**
 * alternatives: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';

/** Keeping, adapting or upgrading what exists, or the do-nothing alternative. Read by `old-vs-new`. */
export const ADAPT_EXISTING: WordLists = {
  nb: ['nullalternativ*', 'null-alternativ*', '0-alternativ*', 'tilpass* dagens', 'tilpass* eksisterende', 'tilpass* det gamle', 'tilpass* gamle', 'tilpasning av dagens', 'tilpasning av eksisterende', 'tilpasning av det gamle', 'videreutvikl* dagens', 'videreutvikl* eksisterende', 'videreutvikling av dagens', 'videreutvikling av eksisterende', 'oppgrader* dagens', 'oppgrader* eksisterende', 'oppgradering av dagens', 'oppgradering av eksisterende', 'behold* dagens', 'behold* eksisterende', 'viderefør* dagens', 'fortsett* med dagens'],
  da: ['nulalternativ*', '0-alternativ*', 'tilpas* det eksisterende', 'tilpas* det nuværende', 'tilpasning af det eksisterende', 'tilpasning af det nuværende', 'opgrader* det eksisterende', 'opgrader* det nuværende', 'opgradering af det eksisterende', 'opgradering af det nuværende', 'behold* det nuværende', 'behold* det eksisterende', 'fortsætte med det nuværende'],
  sv: ['nollalternativ*', 'anpass* befintlig*', 'anpass* nuvarande', 'anpassning av befintlig*', 'anpassning av nuvarande', 'uppgrader* befintlig*', 'uppgrader* nuvarande', 'behåll* nuvarande', 'behåll* befintlig*'],
  en: ['zero alternative', 'null alternative', 'do-nothing', 'do nothing', 'adapt* the existing', 'adapt* the current', 'adapt* the old', 'adapting existing', 'upgrad* the existing', 'upgrad* the current', 'keep* the existing', 'keep* the current', 'continu* with the current', 'continu* with the existing'],
};

/** Acquiring something new: any acquisition, or a new or replacing system. Read by `old-vs-new`. */
export const NEW_SYSTEM: WordLists = {
  nb: ['anskaff*', 'innkjøp*', 'nytt system', 'nytt fagsystem', 'ny løsning', 'nye løsning*', 'ny felles*', 'nytt felles*', 'ny programvare', 'bytt* ut', 'skift* ut', 'erstatt*'],
  da: ['anskaf*', 'indkøb*', 'nyt system', 'nyt fagsystem', 'ny løsning', 'nye løsning*', 'ny fælles*', 'nyt fælles*', 'udskift*', 'erstat*'],
  sv: ['anskaff*', 'inköp*', 'upphandl*', 'nytt system', 'nytt verksamhetssystem', 'ny lösning', 'ny gemensam*', 'nytt gemensamt', 'byt* ut', 'ersätt*'],
  en: ['acquir*', 'procur*', 'purchas*', 'buy*', 'new system', 'new solution', 'new shared*', 'replac*'],
};
