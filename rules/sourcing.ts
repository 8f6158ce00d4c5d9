/**
 * sourcing — the city aims to procure IT support in competition, using volume discounts, and
 * to bring new common solutions into its common agreements for IT operations and management
 * (Stockholm STH-7.2, "ska sträva efter" / "ska strävan vara": warnings).
 *
 * Where it looks: every text of the proposal, including the text under headings that fill a
 * field ("## Kalkyl"). Procurement: "upphandling", "LOU", "avrop på ramavtal", "konkurrens" …
 * Operations: "driftavtal", "avtal för drift och förvaltning", "förvaltningsobjekt" …
 * A missing aim is reported at the front matter (or line 1).
 */
import { allPhrases, allTexts, defineRule, OPERATIONS_AGREEMENT, statedIn, TENDERING } from '../src/engine/rulekit.js';

const PROCUREMENT_PHRASES = allPhrases(TENDERING);
const OPERATIONS_PHRASES = allPhrases(OPERATIONS_AGREEMENT);

export default defineRule({
  meta: {
    id: 'sourcing',
    description: "The proposal says how the IT support is procured in competition and how it joins the city's common operations agreements.",
    clauses: ['STH-7.2'],
    severity: 'warn',
    messages: {
      en: {
        noProcurement:
          'Say how the IT support will be acquired: the city aims to procure in competition and to use volume discounts — e.g. a call-off from a framework agreement, or a procurement under the Public Procurement Act (LOU).',
        noOperations:
          "Say how the solution will be run and managed: new common solutions should join the city's common agreements for IT operations and management (driftavtal).",
      },
      da: {
        noProcurement:
          'Skriv, hvordan it-støtten anskaffes: byen stræber efter at købe ind i konkurrence og udnytte mængderabatter — f.eks. et træk på en rammeaftale eller et udbud efter LOU.',
        noOperations:
          'Skriv, hvordan løsningen skal drives og forvaltes: nye fælles løsninger bør indgå i byens fælles aftaler om drift og forvaltning af it (driftavtal).',
      },
      sv: {
        noProcurement:
          'Skriv hur it-stödet ska anskaffas: staden ska sträva efter att upphandla i konkurrens och utnyttja volymfördelar och koncernrabatter — t.ex. avrop på ramavtal eller upphandling enligt LOU.',
        noOperations:
          'Skriv hur lösningen ska driftas och förvaltas: nya gemensamma lösningar ska om möjligt införlivas i stadens gemensamma avtal för drift och förvaltning av it.',
      },
      nb: {
        noProcurement:
          'Skriv hvordan IT-støtten skal anskaffes: byen skal strebe etter å anskaffe i konkurranse og utnytte volumrabatter — f.eks. avrop på en rammeavtale eller en anskaffelse etter LOU.',
        noOperations:
          'Skriv hvordan løsningen skal driftes og forvaltes: nye felles løsninger bør inngå i byens felles avtaler om drift og forvaltning av IT (driftavtal).',
      },
    },
  },
  check(proposal, context) {
    const hits = allTexts(proposal);
    const procurement = statedIn(proposal, hits, PROCUREMENT_PHRASES);
    if (!procurement.stated) context.report({ messageId: 'noProcurement', range: procurement.range ?? proposal.anchor });
    const operations = statedIn(proposal, hits, OPERATIONS_PHRASES);
    if (!operations.stated) context.report({ messageId: 'noOperations', range: operations.range ?? proposal.anchor });
  },
});
