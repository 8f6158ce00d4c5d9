/**
 * proven-solution — Nordfyns chooses proven solutions, weighs delivery and operational
 * reliability heavily and considers external operation (NFY-4). No field holds these, so the
 * rule looks for them anywhere in the proposal's text.
 */
import { allPhrases, allTexts, defineRule, EXTERNAL_OPERATION, firstHit, PROVEN_IN_USE, RELIABILITY } from '../src/engine/rulekit.js';

interface Topic {
  messageId: string;
  words: string[];
}

const TOPICS: Topic[] = [
  { messageId: 'notProven', words: allPhrases(PROVEN_IN_USE) },
  { messageId: 'noReliability', words: allPhrases(RELIABILITY) },
  { messageId: 'noOperation', words: allPhrases(EXTERNAL_OPERATION) },
];

export default defineRule({
  meta: {
    id: 'proven-solution',
    description: 'The proposal shows the solution is proven, weighs delivery and operational reliability, and considers external operation.',
    clauses: ['NFY-4'],
    severity: 'warn',
    messages: {
      en: {
        notProven:
          'Show that the solution is proven: say where it is already in use (e.g. "in production at three other municipalities") or that it is a standard product.',
        noReliability:
          "Say how delivery and operational reliability were weighed: uptime or service level (SLA), the supplier's ability to deliver, backup and contingency.",
        noOperation:
          "Say whether external operation was considered: who will run the solution (the supplier, a hosting partner, the cloud or the municipality's own operation) and why.",
      },
      da: {
        notProven:
          'Vis, at løsningen er gennemprøvet: skriv, hvor den allerede er i drift (fx "i drift i tre andre kommuner"), eller at det er et standardprodukt.',
        noReliability:
          'Skriv, hvordan leverance- og driftssikkerhed er vurderet: oppetid eller serviceniveau (SLA), leverandørens leveranceevne, backup og nødprocedurer.',
        noOperation:
          'Skriv, om ekstern drift er vurderet: hvem der skal drive løsningen (leverandøren, en hostingpartner, cloud eller kommunens egen drift), og hvorfor.',
      },
      sv: {
        notProven:
          'Visa att lösningen är beprövad: skriv var den redan är i drift (t.ex. "i drift hos tre andra kommuner") eller att det är en standardprodukt.',
        noReliability:
          'Skriv hur leverans- och driftsäkerhet har vägts in: drifttid eller servicenivå (SLA), leverantörens leveransförmåga, backup och reservrutiner.',
        noOperation:
          'Skriv om extern drift har övervägts: vem som ska driva lösningen (leverantören, en hostingpartner, molnet eller kommunens egen drift) och varför.',
      },
      nb: {
        notProven:
          'Vis at løsningen er utprøvd: skriv hvor den allerede er i drift (f.eks. "i drift hos tre andre kommuner"), eller at det er et standardprodukt.',
        noReliability:
          'Skriv hvordan leveranse- og driftssikkerhet er vurdert: oppetid eller tjenestenivå (SLA), leverandørens leveranseevne, backup og beredskap.',
        noOperation:
          'Skriv om ekstern drift er vurdert: hvem som skal drifte løsningen (leverandøren, en driftspartner, skyen eller kommunens egen drift), og hvorfor.',
      },
    },
  },
  check(proposal, context) {
    const hits = allTexts(proposal);
    for (const topic of TOPICS) {
      if (!firstHit(hits, topic.words)) context.report({ messageId: topic.messageId, missing: '' });
    }
  },
});
