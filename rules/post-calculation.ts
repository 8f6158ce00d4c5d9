/**
 * post-calculation — the benefit valuation is followed up with a post-calculation
 * (efterkalkyl), benefits realisation (effekthemtagning) makes sure the expected effects are
 * realised, and the project shows how risks are handled (Oskarshamn OSK-16). That the
 * valuation covers the operating cost beside the investment is `business-case`'s to check.
 *
 * Where it looks: `businessCase.evaluation` (in Markdown a "Efterkalkyl" / "Utvärdering"
 * section) — given, and saying when (`date`, or a date in its text: "juni 2027", "12 månader
 * efter driftstart"); `businessCase.benefitsRealisation` (an "Effekthemtagning" section) with
 * its `plan`; risks in `security.riskAssessment` or in any text or heading of the proposal
 * ("Risker", "riskanalys").
 */
import {
  allPhrases,
  allTexts,
  deadlineIn,
  deepText,
  defineRule,
  firstHit,
  get,
  isDeadline,
  isGiven,
  missingUnlessStated,
  RISK,
} from '../src/engine/rulekit.js';

const RISK_PHRASES = allPhrases(RISK);

export default defineRule({
  meta: {
    id: 'post-calculation',
    description: 'The benefit valuation is followed up by a dated post-calculation, a benefits-realisation plan and risk handling.',
    clauses: ['OSK-16'],
    severity: 'error',
    messages: {
      en: {
        noEvaluation:
          'Plan the post-calculation: add "businessCase.evaluation" (in Markdown a "Post-calculation" section) saying how and when the benefit valuation will be followed up against the outcome, and who does it.',
        noEvaluationDate: 'Say when the post-calculation is made: add "date" to "{key}" (e.g. 2027-06-30, or "12 months after go-live").',
        noRealisation:
          'Plan the benefits realisation (effekthemtagning): add "businessCase.benefitsRealisation" (in Markdown a "Benefits realisation" section) with a plan for how the expected effects will actually be realised — training, changed routines, who answers for it.',
        noPlan:
          '"{key}" has no plan: describe how the expected effects will actually be realised (training, changed routines, change management) and who answers for it.',
        noRisks: 'Show how the project handles its risks: name the main risks and what is done about them, e.g. in a "Risks" section.',
      },
      da: {
        noEvaluation:
          'Planlæg efterkalkulen: tilføj "businessCase.evaluation" (i Markdown et afsnit "Efterkalkule"), der siger, hvordan og hvornår nyttevurderingen følges op mod resultatet, og af hvem.',
        noEvaluationDate: 'Skriv, hvornår efterkalkulen laves: tilføj "date" til "{key}" (f.eks. 2027-06-30 eller "12 måneder efter idriftsættelse").',
        noRealisation:
          'Planlæg gevinstrealiseringen: tilføj "businessCase.benefitsRealisation" (i Markdown et afsnit "Gevinstrealisering") med en plan for, hvordan de forventede effekter faktisk realiseres — uddannelse, ændrede rutiner, hvem der står til ansvar.',
        noPlan:
          '"{key}" har ingen plan: beskriv, hvordan de forventede effekter faktisk realiseres (uddannelse, ændrede rutiner, forandringsledelse), og hvem der står til ansvar.',
        noRisks: 'Vis, hvordan projektet håndterer sine risici: nævn de vigtigste risici, og hvad der gøres ved dem, f.eks. i et afsnit "Risici".',
      },
      sv: {
        noEvaluation:
          'Planera efterkalkylen: lägg till "businessCase.evaluation" (i Markdown ett avsnitt "Efterkalkyl") som säger hur och när nyttovärderingen följs upp mot utfallet, och av vem.',
        noEvaluationDate: 'Skriv när efterkalkylen görs: lägg till "date" i "{key}" (raden "Tidpunkt:", t.ex. 2027-06-30 eller "12 månader efter driftstart").',
        noRealisation:
          'Planera effekthemtagningen: lägg till "businessCase.benefitsRealisation" (i Markdown ett avsnitt "Effekthemtagning") med en plan för hur de förväntade effekterna verkligen realiseras — utbildning, ändrade rutiner, vem som ansvarar.',
        noPlan:
          '"{key}" saknar plan: beskriv hur de förväntade effekterna verkligen realiseras (utbildning, ändrade rutiner, förändringsledning) och vem som ansvarar.',
        noRisks: 'Visa hur projektet hanterar sina risker: nämn de viktigaste riskerna och vad som görs åt dem, t.ex. i ett avsnitt "Risker".',
      },
      nb: {
        noEvaluation:
          'Planlegg etterkalkylen: legg til "businessCase.evaluation" (i Markdown et avsnitt "Etterkalkyle") som sier hvordan og når nyttevurderingen følges opp mot resultatet, og av hvem.',
        noEvaluationDate: 'Skriv når etterkalkylen gjøres: legg til "date" i "{key}" (f.eks. 2027-06-30 eller "12 måneder etter idriftsettelse").',
        noRealisation:
          'Planlegg gevinstrealiseringen: legg til "businessCase.benefitsRealisation" (i Markdown et avsnitt "Gevinstrealisering") med en plan for hvordan de forventede effektene faktisk realiseres — opplæring, endrede rutiner, hvem som har ansvaret.',
        noPlan:
          '"{key}" har ingen plan: beskriv hvordan de forventede effektene faktisk realiseres (opplæring, endrede rutiner, endringsledelse) og hvem som har ansvaret.',
        noRisks: 'Vis hvordan prosjektet håndterer risikoene sine: nevn de viktigste risikoene og hva som gjøres med dem, f.eks. i et avsnitt "Risiko".',
      },
    },
  },
  check(proposal, context) {
    const evaluation = get(proposal, 'businessCase.evaluation');
    if (!evaluation || !isGiven(evaluation)) {
      const where = missingUnlessStated(proposal, 'businessCase.evaluation', evaluation);
      if (where) context.report({ messageId: 'noEvaluation', ...where });
    } else {
      const date = get(proposal, 'businessCase.evaluation.date');
      const dateValue = date?.kind === 'scalar' ? date.value : null;
      const dated = (typeof dateValue === 'string' || typeof dateValue === 'number') && isDeadline(dateValue);
      if (!dated && !deadlineIn(deepText(evaluation))) {
        context.report({ messageId: 'noEvaluationDate', node: date ?? evaluation, atKey: !date, data: { key: evaluation.key ?? 'evaluation' } });
      }
    }

    const realisation = get(proposal, 'businessCase.benefitsRealisation');
    if (!realisation || !isGiven(realisation)) {
      const where = missingUnlessStated(proposal, 'businessCase.benefitsRealisation', realisation);
      if (where) context.report({ messageId: 'noRealisation', ...where });
    } else if (!isGiven(get(proposal, 'businessCase.benefitsRealisation.plan'))) {
      context.report({ messageId: 'noPlan', node: realisation, atKey: true, data: { key: realisation.key ?? 'benefitsRealisation' } });
    }

    if (!isGiven(get(proposal, 'security.riskAssessment')) && !firstHit(allTexts(proposal), RISK_PHRASES)) {
      context.report({ messageId: 'noRisks', range: proposal.anchor });
    }
  },
});
