/**
 * benefit-baseline — benefits realisation is reported against a baseline, and the gains are
 * both qualitative and quantitative (IKT Follo FLO-12).
 */
import {
  allPhrases,
  asList,
  BENEFIT_HEADS,
  defineRule,
  fieldStatedWith,
  fieldStatement,
  get,
  isGiven,
  isScalar,
  missingUnlessStated,
  textOf,
  type RuleContext,
} from '../src/engine/rulekit.js';
import type { MapNode, Proposal } from '../src/model/model.js';

const GAIN_WORDS = allPhrases(BENEFIT_HEADS);

export default defineRule({
  meta: {
    id: 'benefit-baseline',
    description: 'The proposal has a benefits realisation plan with a baseline, and names both quantitative and qualitative gains.',
    clauses: ['FLO-12'],
    severity: 'error',
    messages: {
      en: {
        missing:
          'Plan the benefits realisation: add "benefitsRealisation" to the business case (in Markdown a "Benefits realisation" section) with "owner", "plan" and "baseline" (today\'s measured values the gains are reported against).',
        noBaseline:
          '"{key}" has no baseline: add "baseline" with today\'s measured values (e.g. "2025: 14 days average case time"), or a baseline for each follow-up metric, so the gains can be reported against it.',
        noQuantitative:
          'All the gains are qualitative: add at least one quantitative gain (an amount, hours saved or a measured target) that can be reported against the baseline.',
        noQualitative:
          'All the gains are quantitative: add the qualitative gains too (e.g. better service, fewer errors, shared competence across the municipalities).',
      },
      da: {
        missing:
          'Planlæg gevinstrealiseringen: tilføj "gevinstrealisering" til business casen (i Markdown et afsnit "Gevinstrealisering") med "ejer", "plan" og "baseline" (de målte værdier i dag, som gevinsterne opgøres mod).',
        noBaseline:
          '"{key}" har ingen baseline: tilføj "baseline" med de målte værdier i dag (fx "2025: 14 dages sagsbehandlingstid i gennemsnit") eller en baseline for hvert måltal, så gevinsterne kan opgøres mod den.',
        noQuantitative:
          'Alle gevinster er kvalitative: tilføj mindst én kvantitativ gevinst (et beløb, sparede timer eller et målt mål), som kan opgøres mod baseline.',
        noQualitative:
          'Alle gevinster er kvantitative: tilføj også de kvalitative gevinster (fx bedre service, færre fejl, fælles kompetence på tværs af kommunerne).',
      },
      sv: {
        missing:
          'Planera nyttorealiseringen: lägg till "nyttorealisering" i kalkylen (i Markdown ett avsnitt "Nyttorealisering") med "ägare", "plan" och "nuläge" (dagens uppmätta värden som nyttorna redovisas mot).',
        noBaseline:
          '"{key}" har inget nuläge: lägg till "nuläge" med dagens uppmätta värden (t.ex. "2025: 14 dagars handläggningstid i snitt") eller ett nuläge för varje mätetal, så att nyttorna kan redovisas mot det.',
        noQuantitative:
          'Alla nyttor är kvalitativa: lägg till minst en kvantitativ nytta (ett belopp, sparade timmar eller ett uppmätt mål) som kan redovisas mot nuläget.',
        noQualitative:
          'Alla nyttor är kvantitativa: lägg även till de kvalitativa nyttorna (t.ex. bättre service, färre fel, gemensam kompetens mellan kommunerna).',
      },
      nb: {
        missing:
          'Planlegg gevinstrealiseringen: legg til "gevinstrealisering" i kost-nytte-analysen (i Markdown et avsnitt "Gevinstrealisering") med "eier", "plan" og "nullpunkt" (dagens målte verdier som gevinstene rapporteres mot).',
        noBaseline:
          '"{key}" har ingen baseline: legg til "nullpunkt" med dagens målte verdier (f.eks. "2025: 14 dagers saksbehandlingstid i snitt") eller et nullpunkt for hvert måltall, så gevinstrealiseringen kan rapporteres mot det til rådmannskollegiet.',
        noQuantitative:
          'Alle gevinstene er kvalitative: legg til minst én kvantitativ gevinst (et beløp, sparte timer eller et målt mål) som kan rapporteres mot nullpunktet.',
        noQualitative:
          'Alle gevinstene er kvantitative: legg også til de kvalitative gevinstene (f.eks. bedre tjenester, færre feil, felles kompetanse på tvers av kommunene).',
      },
    },
  },
  check(proposal, context) {
    const realisation = get(proposal, 'businessCase.benefitsRealisation');
    if (!realisation) {
      // "Gevinstene rapporteres mot utgangspunktet fra 2025": reporting the gains against a
      // baseline is what FLO-12 asks, said in a sentence.
      if (fieldStatedWith(proposal, 'businessCase.benefitsRealisation.baseline', GAIN_WORDS)) {
        checkMix(proposal, context);
        return;
      }
      const where = missingUnlessStated(proposal, 'businessCase.benefitsRealisation');
      if (where) context.report({ messageId: 'missing', ...where });
      else if (!hasBaseline(proposal) && !fieldStatement(proposal, 'businessCase.benefitsRealisation.baseline').fulfilled)
        context.report({ messageId: 'noBaseline', missing: 'businessCase.benefitsRealisation.baseline', data: { key: 'benefitsRealisation' } });
    } else if (!hasBaseline(proposal) && !fieldStatement(proposal, 'businessCase.benefitsRealisation.baseline').fulfilled) {
      context.report({ messageId: 'noBaseline', node: realisation, atKey: true, data: { key: realisation.key ?? 'benefitsRealisation' } });
    }
    checkMix(proposal, context);
  },
});

/** A baseline on the plan, or on a follow-up metric: either is data to report against. */
function hasBaseline(proposal: Proposal): boolean {
  if (isGiven(get(proposal, 'businessCase.benefitsRealisation.baseline'))) return true;
  return asList(get(proposal, 'followUp.metrics')).some((metric) => metric.kind === 'map' && isGiven(metric.entries.get('baseline')));
}

/**
 * "Gevinster kan være både kvalitative og kvantitative": a description of what gains are,
 * not a demand, so a one-sided list is a warning. A gain is quantitative with an amount or
 * kind `financial`, or as a follow-up metric; qualitative with kind `qualitative` or no amount.
 */
function checkMix(proposal: Proposal, context: RuleContext): void {
  const benefits = get(proposal, 'businessCase.benefits');
  const lines = asList(benefits).flatMap((line) => (line.kind === 'map' ? [line] : []));
  if (!benefits || !lines.length) return;
  const hasAmount = (line: MapNode): boolean => {
    const amount = get(line, 'amount');
    return isScalar(amount) && typeof amount.value === 'number';
  };
  const kind = (line: MapNode): string => textOf(get(line, 'kind'));
  const quantitative = lines.some((line) => hasAmount(line) || kind(line) === 'financial') || asList(get(proposal, 'followUp.metrics')).length > 0;
  const qualitative = lines.some((line) => kind(line) === 'qualitative' || (!hasAmount(line) && kind(line) !== 'financial'));
  const at = { node: benefits, atKey: true, severity: 'warn' } as const;
  if (!quantitative) context.report({ messageId: 'noQuantitative', ...at });
  if (!qualitative) context.report({ messageId: 'noQualitative', ...at });
}
