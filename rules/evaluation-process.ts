/**
 * evaluation-process — every digitisation initiative has an agreed process for evaluation
 * (Nordfyns NFY-6c): `businessCase.evaluation` names a method and, by default, when and by whom.
 * A value that only puts the thing off or denies it ("Metode: aftales senere", "Date: to be
 * decided") states nothing (statement polarity).
 */
import { allPhrases, clausesOf, deadlineIn, defineRule, EVALUATOR, fulfils, get, isStated, mentionsIn, textsOf } from '../src/engine/rulekit.js';

const EVALUATOR_WORDS = allPhrases(EVALUATOR);

export default defineRule({
  meta: {
    id: 'evaluation-process',
    description: 'The business case has an agreed evaluation: a method, a date and who is responsible.',
    clauses: ['NFY-6c'],
    severity: 'error',
    options: {
      type: 'object',
      properties: {
        requireDate: { type: 'boolean', description: 'The evaluation must say when it takes place.' },
        requireResponsible: { type: 'boolean', description: 'The evaluation must say who carries it out.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { requireDate: true, requireResponsible: true },
    messages: {
      en: {
        missing:
          'Agree how the initiative will be evaluated: add "evaluation" to the business case with "method" (e.g. a post-calculation comparing costs and benefits with the business case), "date" and "responsible".',
        noMethod: '"{key}" names no method: say how the evaluation is done, e.g. "post-calculation of costs and benefits against the business case".',
        noDate: '"{key}" does not say when: add "date" (e.g. 2026-06-30 or "one year after go-live").',
        noResponsible: '"{key}" does not say who evaluates: add "responsible" (a person or a unit).',
      },
      da: {
        missing:
          'Aftal, hvordan initiativet evalueres: tilføj "evaluering" til business casen med "metode" (fx en efterkalkule, der sammenligner omkostninger og gevinster med business casen), "dato" og "ansvarlig".',
        noMethod: '"{key}" nævner ingen metode: skriv, hvordan evalueringen foregår, fx "efterkalkule af omkostninger og gevinster mod business casen".',
        noDate: '"{key}" siger ikke hvornår: tilføj "dato" (fx 2026-06-30 eller "et år efter idriftsættelse").',
        noResponsible: '"{key}" siger ikke, hvem der evaluerer: tilføj "ansvarlig" (en person eller en enhed).',
      },
      sv: {
        missing:
          'Kom överens om hur initiativet ska utvärderas: lägg till "utvärdering" i kalkylen med "metod" (t.ex. en efterkalkyl som jämför kostnader och nyttor med kalkylen), "datum" och "ansvarig".',
        noMethod: '"{key}" anger ingen metod: skriv hur utvärderingen görs, t.ex. "efterkalkyl av kostnader och nyttor mot kalkylen".',
        noDate: '"{key}" säger inte när: lägg till "datum" (t.ex. 2026-06-30 eller "ett år efter driftstart").',
        noResponsible: '"{key}" säger inte vem som utvärderar: lägg till "ansvarig" (en person eller en enhet).',
      },
      nb: {
        missing:
          'Avtal hvordan tiltaket skal evalueres: legg til "evaluering" i kost-nytte-analysen med "metode" (f.eks. en etterkalkyle som sammenligner kostnader og gevinster med analysen), "dato" og "ansvarlig".',
        noMethod: '"{key}" nevner ingen metode: skriv hvordan evalueringen gjøres, f.eks. "etterkalkyle av kostnader og gevinster mot analysen".',
        noDate: '"{key}" sier ikke når: legg til "dato" (f.eks. 2026-06-30 eller "ett år etter driftsstart").',
        noResponsible: '"{key}" sier ikke hvem som evaluerer: legg til "ansvarlig" (en person eller en enhet).',
      },
    },
  },
  check(proposal, context) {
    const evaluation = get(proposal, 'businessCase.evaluation');
    if (!evaluation) {
      context.report({ messageId: 'missing', missing: 'businessCase.evaluation' });
      return;
    }
    const data = { key: evaluation.key ?? 'evaluation' };
    // A bare text (`evaluation: Efterkalkule …`) is read as the method; `schema` reports its shape.
    const method = evaluation.kind === 'scalar' ? evaluation : get(proposal, 'businessCase.evaluation.method');
    if (!isStated(method)) context.report({ messageId: 'noMethod', node: evaluation, atKey: true, data });
    // The date and the evaluator may be written in the evaluation's sentences rather than as
    // fields ("Evalueringen gennemføres senest 1. september 2028. Ansvarlig: …"): a sentence
    // that states them, not one that puts them off ("aftales senere").
    const said = mentionsIn(textsOf(proposal, 'businessCase.evaluation'), EVALUATOR_WORDS).some((mention) => fulfils(mention.polarity, { planned: 'any' }));
    const dated = textsOf(proposal, 'businessCase.evaluation').some((hit) =>
      clausesOf(hit.text).some((clause) => deadlineIn(clause.text) !== undefined && fulfils(clause.polarity, { planned: 'any' })),
    );
    if (context.options.requireDate !== false && !isStated(get(proposal, 'businessCase.evaluation.date')) && !dated) {
      context.report({ messageId: 'noDate', node: evaluation, atKey: true, data });
    }
    if (context.options.requireResponsible !== false && !isStated(get(proposal, 'businessCase.evaluation.responsible')) && !said) {
      context.report({ messageId: 'noResponsible', node: evaluation, atKey: true, data });
    }
  },
});
