/**
 * old-vs-new — the cost/benefit analysis weighs adapting the systems the municipality has
 * against acquiring new ones (IKT Follo FLO-9). No field holds the comparison, so the rule
 * looks for both options anywhere in the proposal's text.
 */
import { allPhrases, allTexts, defineRule, firstHit, type WordLists } from '../src/engine/rulekit.js';

/** Keeping, adapting or upgrading what exists, or the do-nothing alternative. */
const ADAPT: WordLists = {
  nb: ['nullalternativ*', 'null-alternativ*', '0-alternativ*', 'tilpass* dagens', 'tilpass* eksisterende', 'tilpass* det gamle', 'tilpass* gamle', 'tilpasning av dagens', 'tilpasning av eksisterende', 'tilpasning av det gamle', 'videreutvikl* dagens', 'videreutvikl* eksisterende', 'videreutvikling av dagens', 'videreutvikling av eksisterende', 'oppgrader* dagens', 'oppgrader* eksisterende', 'oppgradering av dagens', 'oppgradering av eksisterende', 'behold* dagens', 'behold* eksisterende', 'viderefør* dagens', 'fortsett* med dagens'],
  da: ['nulalternativ*', '0-alternativ*', 'tilpas* det eksisterende', 'tilpas* det nuværende', 'tilpasning af det eksisterende', 'tilpasning af det nuværende', 'opgrader* det eksisterende', 'opgrader* det nuværende', 'opgradering af det eksisterende', 'opgradering af det nuværende', 'behold* det nuværende', 'behold* det eksisterende', 'fortsætte med det nuværende'],
  sv: ['nollalternativ*', 'anpass* befintlig*', 'anpass* nuvarande', 'anpassning av befintlig*', 'anpassning av nuvarande', 'uppgrader* befintlig*', 'uppgrader* nuvarande', 'behåll* nuvarande', 'behåll* befintlig*'],
  en: ['zero alternative', 'null alternative', 'do-nothing', 'do nothing', 'adapt* the existing', 'adapt* the current', 'adapt* the old', 'adapting existing', 'upgrad* the existing', 'upgrad* the current', 'keep* the existing', 'keep* the current', 'continu* with the current', 'continu* with the existing'],
};

/** Acquiring something new: any acquisition, or a new or replacing system. */
const NEW: WordLists = {
  nb: ['anskaff*', 'innkjøp*', 'nytt system', 'nytt fagsystem', 'ny løsning', 'nye løsning*', 'ny felles*', 'nytt felles*', 'ny programvare', 'bytt* ut', 'skift* ut', 'erstatt*'],
  da: ['anskaf*', 'indkøb*', 'nyt system', 'nyt fagsystem', 'ny løsning', 'nye løsning*', 'ny fælles*', 'nyt fælles*', 'udskift*', 'erstat*'],
  sv: ['anskaff*', 'inköp*', 'upphandl*', 'nytt system', 'nytt verksamhetssystem', 'ny lösning', 'ny gemensam*', 'nytt gemensamt', 'byt* ut', 'ersätt*'],
  en: ['acquir*', 'procur*', 'purchas*', 'buy*', 'new system', 'new solution', 'new shared*', 'replac*'],
};
const ADAPT_WORDS = allPhrases(ADAPT);
const NEW_WORDS = allPhrases(NEW);

export default defineRule({
  meta: {
    id: 'old-vs-new',
    description: 'The cost/benefit analysis weighs adapting the existing systems against acquiring new ones.',
    clauses: ['FLO-9'],
    severity: 'error',
    messages: {
      en: {
        notWeighed: 'The cost/benefit analysis does not weigh adapting the existing system against acquiring a new one: add to the business case what it would cost to keep and adapt today\'s system (the zero alternative) compared with the new one, and why the chosen option costs less.',
      },
      da: {
        notWeighed: 'Business casen afvejer ikke tilpasning af det eksisterende system mod anskaffelse af et nyt: tilføj, hvad det vil koste at beholde og tilpasse det nuværende system (nulalternativet) sammenlignet med det nye, og hvorfor det valgte er billigst.',
      },
      sv: {
        notWeighed: 'Kalkylen väger inte anpassning av det befintliga systemet mot anskaffning av ett nytt: lägg till vad det skulle kosta att behålla och anpassa dagens system (nollalternativet) jämfört med det nya, och varför det valda alternativet kostar minst.',
      },
      nb: {
        notWeighed: 'Kost-nytte-analysen vurderer ikke om det koster mer å tilpasse dagens system enn å anskaffe et nytt: legg til hva det vil koste å beholde og tilpasse dagens system (nullalternativet) sammenlignet med det nye, og hvorfor det valgte alternativet koster minst.',
      },
    },
  },
  check(proposal, context) {
    const hits = allTexts(proposal);
    if (firstHit(hits, ADAPT_WORDS) && firstHit(hits, NEW_WORDS)) return;
    context.report({ messageId: 'notWeighed', missing: 'businessCase.costs' });
  },
});
