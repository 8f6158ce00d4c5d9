/**
 * The sv words of src/lexicon/alternatives.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  ADAPT_EXISTING: [
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
  NEW_SYSTEM: [
    'anskaff*',
    'inköp*',
    'köpa',
    'köps',
    'köper',
    'upphandl*',
    'nytt system',
    'nytt verksamhetssystem',
    'ny lösning',
    'ny gemensam*',
    'nytt gemensamt',
    'byt* ut',
    'bytas',
    'byts',
    'ersätt*',
    'ta i bruk',
    'tas i bruk',
    'gemensam* lösning*',
  ],
  ADAPT_VERBS: ['anpass*', 'vidareutveckl*', 'uppgrader*', 'behåll*', 'bygga vidare', 'bygg* vidare', 'bygg* ut'],
  EXISTING: ['dagens', 'befintlig*', 'nuvarande', 'gamla'],
};
