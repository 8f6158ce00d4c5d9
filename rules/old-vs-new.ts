/**
 * old-vs-new — the cost/benefit analysis weighs adapting the systems the municipality has
 * against acquiring new ones (IKT Follo FLO-9). No field holds the comparison, so the rule
 * looks for both options anywhere in the proposal's text.
 */
import { adaptsExisting, allPhrases, allTexts, defineRule, firstHit, NEW_SYSTEM } from '../src/engine/rulekit.js';

const NEW_WORDS = allPhrases(NEW_SYSTEM);

export default defineRule({
  meta: {
    id: 'old-vs-new',
    description: 'The cost/benefit analysis weighs adapting the existing systems against acquiring new ones.',
    clauses: ['FLO-9'],
    severity: 'error',
    messages: {
      en: {
        notWeighed:
          "The cost/benefit analysis does not weigh adapting the existing system against acquiring a new one: add to the business case what it would cost to keep and adapt today's system (the zero alternative) compared with the new one, and why the chosen option costs less.",
      },
      da: {
        notWeighed:
          'Business casen afvejer ikke tilpasning af det eksisterende system mod anskaffelse af et nyt: tilføj, hvad det vil koste at beholde og tilpasse det nuværende system (nulalternativet) sammenlignet med det nye, og hvorfor det valgte er billigst.',
      },
      sv: {
        notWeighed:
          'Kalkylen väger inte anpassning av det befintliga systemet mot anskaffning av ett nytt: lägg till vad det skulle kosta att behålla och anpassa dagens system (nollalternativet) jämfört med det nya, och varför det valda alternativet kostar minst.',
      },
      nb: {
        notWeighed:
          'Kost-nytte-analysen vurderer ikke om det koster mer å tilpasse dagens system enn å anskaffe et nytt: legg til hva det vil koste å beholde og tilpasse dagens system (nullalternativet) sammenlignet med det nye, og hvorfor det valgte alternativet koster minst.',
      },
    },
  },
  check(proposal, context) {
    const hits = allTexts(proposal);
    if (hits.some((hit) => adaptsExisting(hit.text)) && firstHit(hits, NEW_WORDS)) return;
    context.report({ messageId: 'notWeighed', missing: 'businessCase.costs' });
  },
});
