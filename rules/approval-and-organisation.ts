/**
 * approval-and-organisation — new solutions are approved by the rådmannskollegiet, follow the
 * public procurement law, and are introduced as an organisation project rather than an ICT
 * project (IKT Follo FLO-11). The approval is read from `owner.body` or the text; the rest
 * from the text. A sentence that names the rådmannskollegiet only to deny or put off its
 * approval ("skal ikke behandles i rådmannskollegiet") is not an approval (statement polarity);
 * a plan ("legges fram for rådmannskollegiet") is.
 */
import {
  ACQUISITION,
  allPhrases,
  allTexts,
  CHIEF_EXECUTIVES_COUNCIL,
  defineRule,
  statedIn,
  firstHit,
  mentionsIn,
  approvalBy,
  ORGANISATION_CHANGE,
  PROCUREMENT_LAW,
  sentenceRange,
} from '../src/engine/rulekit.js';

const COUNCIL_WORDS = allPhrases(CHIEF_EXECUTIVES_COUNCIL);
const ORGANISATION_WORDS = allPhrases(ORGANISATION_CHANGE);
const ACQUISITION_WORDS = allPhrases(ACQUISITION);
const PROCUREMENT_WORDS = allPhrases(PROCUREMENT_LAW);

export default defineRule({
  meta: {
    id: 'approval-and-organisation',
    description: 'New solutions are approved by the rådmannskollegiet, procured under the public procurement law and introduced as an organisation project.',
    clauses: ['FLO-11'],
    severity: 'error',
    messages: {
      en: {
        noApproval:
          'Say that the solution will be approved by the council of chief executives (rådmannskollegiet): put it in "owner.body" or state when the case goes to the rådmannskollegiet.',
        notOrganisationProject:
          'Plan the introduction as an organisation project, not an ICT project: describe the changes to work processes and organisation, who leads them, and how the gains are taken out (benefits realisation).',
        noProcurement:
          'The proposal buys from a supplier but does not say how the public procurement law is followed: name the procedure (tender, mini-competition under a framework agreement, announcement on Doffin).',
      },
      da: {
        noApproval:
          'Skriv, at løsningen godkendes af rådmannskollegiet: angiv det i "{field:owner.body}", eller skriv, hvornår sagen forelægges rådmannskollegiet.',
        notOrganisationProject:
          'Planlæg indførelsen som et organisationsprojekt, ikke et it-projekt: beskriv ændringerne i arbejdsgange og organisation, hvem der leder dem, og hvordan gevinsterne hentes hjem (gevinstrealisering).',
        noProcurement:
          'Forslaget køber hos en leverandør, men siger ikke, hvordan udbudsreglerne følges: nævn proceduren (udbud, miniudbud på en rammeaftale, annoncering).',
      },
      sv: {
        noApproval: 'Skriv att lösningen godkänns av rådmannskollegiet: ange det i "{field:owner.body}" eller skriv när ärendet går till rådmannskollegiet.',
        notOrganisationProject:
          'Planera införandet som ett organisationsprojekt, inte ett it-projekt: beskriv förändringarna i arbetssätt och organisation, vem som leder dem och hur nyttan tas hem (nyttorealisering).',
        noProcurement:
          'Förslaget köper från en leverantör men säger inte hur upphandlingsreglerna följs: ange förfarandet (upphandling, förnyad konkurrensutsättning på ett ramavtal, annonsering).',
      },
      nb: {
        noApproval:
          'Skriv at løsningen skal godkjennes av rådmannskollegiet: angi det i "{field:owner.body}", eller skriv når saken legges fram for rådmannskollegiet.',
        notOrganisationProject:
          'Planlegg innføringen som et organisasjonsprosjekt, ikke som et IKT-prosjekt: beskriv endringene i arbeidsprosesser og organisering, hvem som leder dem og hvordan gevinstene tas ut (gevinstrealisering).',
        noProcurement:
          'Forslaget kjøper fra en leverandør, men sier ikke hvordan lov om offentlige anskaffelser følges: nevn prosedyren (anbudskonkurranse, minikonkurranse på en rammeavtale, kunngjøring på Doffin).',
      },
    },
  },
  check(proposal, context) {
    const hits = allTexts(proposal);
    const approval = approvalBy(hits, COUNCIL_WORDS, { planned: 'any' });
    if (!approval.fulfilled)
      context.report({
        messageId: 'noApproval',
        ...(approval.unfulfilled ? { range: sentenceRange(proposal, approval.unfulfilled) } : { missing: 'owner.body' }),
      });
    const organisation = statedIn(proposal, hits, ORGANISATION_WORDS);
    // "… er det viktig å planlegge innføring av nye datasystem som et organisasjonsprosjekt": no
    // modal verb of its own ("må", "skal"), so a warning, as the strategy words it.
    if (!organisation.stated)
      context.report({
        messageId: 'notOrganisationProject',
        severity: 'warn',
        ...(organisation.range ? { range: organisation.range } : { missing: 'businessCase.benefitsRealisation.plan' }),
      });
    // A purchase stated as made or planned, not one declined ("fremfor å kjøpe …").
    const buys = mentionsIn(hits, ACQUISITION_WORDS).some((mention) => mention.polarity !== 'negated' && mention.polarity !== 'deferred');
    if (buys && !firstHit(hits, PROCUREMENT_WORDS)) context.report({ messageId: 'noProcurement', missing: '' });
  },
});
