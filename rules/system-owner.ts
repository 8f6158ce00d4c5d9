/**
 * system-owner — the intended system owner is known, is a committee (nämnd) or a company
 * board (bolagsstyrelse), and has accepted the future responsibility and costs (Stockholm
 * STH-4c). The one-owner part of the clause is `single-owner`'s; this rule does not report a
 * missing owner.
 *
 * Where it looks: `owner.body` (else the owner's name, for `owner: Socialnämnden`), and
 * `owner.acceptedResponsibility` (true, or a text that does not begin with no/nej: "Ja,
 * nämndbeslut 2026-02-12 § 7"); without that key, a sentence anywhere that says the owner has
 * accepted the responsibility or costs ("Nämnden har accepterat det framtida ansvaret") and
 * does not deny it ("har ännu inte accepterat").
 */
import { acceptanceIn, allPhrases, allTexts, answer, clauseAt, COMMITTEES, defineRule, endsInForm, fold, fulfils, get, textOf } from '../src/engine/rulekit.js';
import type { Proposal } from '../src/model/model.js';

/** A committee or a board, also inside compounds ("Socialnämnden", "Stockholm Vatten AB:s styrelse"). */
const BOARD = allPhrases(COMMITTEES);
/** Whether a text names a committee: one of its words is one or ends in one ("Socialnämndens" too). */
const namesCommittee = (text: string): boolean => text.split(/[^\p{L}]+/u).some((word) => endsInForm(word, BOARD, { genitive: true }));

export default defineRule({
  meta: {
    id: 'system-owner',
    description: 'The intended system owner is a committee or company board that has accepted the future responsibility and costs.',
    clauses: ['STH-4c'],
    severity: 'error',
    messages: {
      en: {
        noBody:
          'Name the committee or company board that will own the system: add "owner.body" (e.g. "Socialnämnden"); the system owner is always a nämnd or a bolagsstyrelse, and a person acts for it as systemägarrepresentant.',
        notBoard:
          '"{body}" is not a committee or company board: the system owner is always a nämnd or a bolagsstyrelse (the administration acts for it as systemägarrepresentant). Name the nämnd or bolagsstyrelse in "owner.body".',
        noAcceptance:
          'Say whether the system owner has accepted the future responsibility and costs: add "owner.acceptedResponsibility" — yes, with the decision (e.g. "Ja, nämndbeslut 2026-02-12 § 7").',
        notAccepted:
          'The system owner has not accepted the future responsibility and costs: get the acceptance (a decision by the nämnd or bolagsstyrelse) before the introduction is planned, and record it in "owner.acceptedResponsibility".',
      },
      da: {
        noBody:
          'Angiv det udvalg eller den bestyrelse, der skal eje systemet: tilføj "{field:owner.body}" (f.eks. "Socialnämnden"); systemejeren er altid en nämnd eller en bolagsstyrelse, og en person handler for den som systemägarrepresentant.',
        notBoard:
          '"{body}" er ikke et udvalg eller en bestyrelse: systemejeren er altid en nämnd eller en bolagsstyrelse (forvaltningen handler for den som systemägarrepresentant). Angiv nämnden eller bolagsstyrelsen i "{field:owner.body}".',
        noAcceptance:
          'Skriv, om systemejeren har accepteret det fremtidige ansvar og de fremtidige omkostninger: tilføj "{field:owner.acceptedResponsibility}" — ja, med beslutningen (f.eks. "Ja, udvalgsbeslutning 2026-02-12 § 7").',
        notAccepted:
          'Systemejeren har ikke accepteret det fremtidige ansvar og de fremtidige omkostninger: få accepten (en beslutning i nämnden eller bolagsstyrelsen), før indførelsen planlægges, og notér den i "{field:owner.acceptedResponsibility}".',
      },
      sv: {
        noBody:
          'Ange den nämnd eller bolagsstyrelse som ska äga systemet: lägg till "{field:owner.body}" (raden "Nämnd:", t.ex. "Socialnämnden"); systemägaren är alltid en nämnd eller en bolagsstyrelse, och en systemägarrepresentant utövar ansvaret på dess uppdrag.',
        notBoard:
          '"{body}" är ingen nämnd eller bolagsstyrelse: systemägaren är alltid en nämnd eller en bolagsstyrelse (förvaltningen utövar ansvaret som systemägarrepresentant). Ange nämnden eller bolagsstyrelsen i "{field:owner.body}" (raden "Nämnd:").',
        noAcceptance:
          'Skriv om systemägaren har accepterat framtida ansvar och kostnader: lägg till "{field:owner.acceptedResponsibility}" (raden "Accepterat ansvar:") — ja, med beslutet (t.ex. "Ja, nämndbeslut 2026-02-12 § 7").',
        notAccepted:
          'Systemägaren har inte accepterat framtida ansvar och kostnader: skaffa accepten (ett beslut i nämnden eller bolagsstyrelsen) innan införandet planeras, och för in den i "{field:owner.acceptedResponsibility}".',
      },
      nb: {
        noBody:
          'Angi utvalget eller styret som skal eie systemet: legg til "{field:owner.body}" (f.eks. "Socialnämnden"); systemeieren er alltid en nämnd eller en bolagsstyrelse, og en person handler for den som systemägarrepresentant.',
        notBoard:
          '"{body}" er ikke et utvalg eller et styre: systemeieren er alltid en nämnd eller en bolagsstyrelse (forvaltningen handler for den som systemägarrepresentant). Angi nämnden eller bolagsstyrelsen i "{field:owner.body}".',
        noAcceptance:
          'Skriv om systemeieren har akseptert det fremtidige ansvaret og kostnadene: legg til "{field:owner.acceptedResponsibility}" — ja, med vedtaket (f.eks. "Ja, utvalgsvedtak 2026-02-12 sak 7").',
        notAccepted:
          'Systemeieren har ikke akseptert det fremtidige ansvaret og kostnadene: få aksepten (et vedtak i nämnden eller bolagsstyrelsen) før innføringen planlegges, og før den inn i "{field:owner.acceptedResponsibility}".',
      },
    },
  },
  check(proposal, context) {
    const owner = get(proposal, 'owner');
    if (!owner) return;
    const body = get(proposal, 'owner.body');
    const bodyText = textOf(body);
    if (!bodyText) {
      const named = owner.kind === 'scalar' ? textOf(owner) : textOf(get(proposal, 'owner.name'));
      if (!namesCommittee(fold(named))) context.report({ messageId: 'noBody', node: owner, atKey: true });
    } else if (!namesCommittee(fold(bodyText))) {
      context.report({ messageId: 'notBoard', node: body!, data: { body: bodyText } });
    }
    const accepted = get(proposal, 'owner.acceptedResponsibility');
    const said = answer(accepted);
    if (said === 'no') context.report({ messageId: 'notAccepted', node: accepted! });
    else if (said === undefined && !acceptedInProse(proposal))
      context.report({ messageId: 'noAcceptance', ...(accepted ? { node: accepted } : { node: owner, atKey: true }) });
  },
});

/**
 * "Nämnden har i beslut 2026-05-12 accepterat det framtida ansvaret och kostnaderna", "The
 * committee has accepted the future responsibility": the acceptance said in prose, anywhere, and
 * said as done — not denied, put off or only planned (the statement polarity of its clause).
 */
function acceptedInProse(proposal: Proposal): boolean {
  return allTexts(proposal).some((hit) => {
    const found = acceptanceIn(hit.text);
    if (!found) return false;
    const clause = clauseAt(hit.text, found.index);
    return clause !== undefined && fulfils(clause.polarity, { planned: 'none' });
  });
}
