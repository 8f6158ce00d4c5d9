/**
 * ros-and-dpa — before a cloud service is contracted, and for every new service that handles
 * personal data, there is a risk and vulnerability analysis (ROS) and a data processing
 * agreement (IKT Follo FLO-19). `security.cloud` and `security.personalData` say whether that
 * is the case; where they are absent, the proposal's text decides.
 */
import type { Lang, Proposal } from '../src/model/model.js';
import {
  allPhrases,
  allTexts,
  answer,
  CLOUD,
  DATA_PROCESSING_AGREEMENT,
  defineRule,
  fulfils,
  get,
  inEveryLanguage,
  type Mention,
  mentionsIn,
  PERSONAL_DATA,
  RISK_ASSESSMENT,
  sentenceRange,
} from '../src/engine/rulekit.js';

const REASONS: Record<Lang, { cloud: string; personalData: string; both: string }> = {
  en: { cloud: 'it is a cloud service', personalData: 'it handles personal data', both: 'it is a cloud service that handles personal data' },
  da: { cloud: 'det er en cloudtjeneste', personalData: 'den behandler personoplysninger', both: 'det er en cloudtjeneste, der behandler personoplysninger' },
  sv: { cloud: 'det är en molntjänst', personalData: 'den behandlar personuppgifter', both: 'det är en molntjänst som behandlar personuppgifter' },
  nb: { cloud: 'det er en skytjeneste', personalData: 'den behandler personopplysninger', both: 'det er en skytjeneste som behandler personopplysninger' },
};

/**
 * The analysis and the agreement stated in a sentence of the text ("ROS-analyse er
 * gjennomført.", "Databehandleravtale inngås før driftsstart.") count where the field is
 * absent — when the sentence affirms them or plans them with a date; not when it puts them off
 * ("når leverandøren er valgt", "senere") or says they are not there (statement polarity).
 */
const STATED: Record<string, string[]> = {
  'security.riskAssessment': allPhrases(RISK_ASSESSMENT),
  'security.dataProcessingAgreement': allPhrases(DATA_PROCESSING_AGREEMENT),
};

/** Whether the text states the thing as done (or planned with a date), or else the first sentence that names it without doing so. */
function statedInText(proposal: Proposal, path: string): { stated: true } | { stated: false; unfulfilled?: Mention } {
  const mentions = mentionsIn(allTexts(proposal), STATED[path]!);
  if (mentions.some((mention) => fulfils(mention.polarity))) return { stated: true };
  return { stated: false, ...(mentions[0] ? { unfulfilled: mentions[0] } : {}) };
}

const CLOUD_WORDS = allPhrases(CLOUD);
const PERSONAL_WORDS = allPhrases(PERSONAL_DATA);

export default defineRule({
  meta: {
    id: 'ros-and-dpa',
    description: 'A cloud service or a new service handling personal data has a risk and vulnerability analysis (ROS) and a data processing agreement.',
    clauses: ['FLO-19'],
    severity: 'error',
    messages: {
      en: {
        noRiskAssessment:
          'Because {reason}, carry out a thorough risk and vulnerability analysis (ROS) before the contract: add "security.riskAssessment" saying when it was done, by whom, and its main findings.',
        noDpa:
          'Because {reason}, a data processing agreement with the supplier is needed: add "security.dataProcessingAgreement" saying it is signed (or when it will be, before go-live).',
      },
      da: {
        noRiskAssessment:
          'Fordi {reason}, skal der laves en grundig risiko- og sårbarhedsanalyse før kontrakten: tilføj "{field:security.riskAssessment}", der siger, hvornår den er lavet, af hvem, og hvad den viste.',
        noDpa:
          'Fordi {reason}, kræves en databehandleraftale med leverandøren: tilføj "{field:security.dataProcessingAgreement}", der siger, at den er indgået (eller hvornår, før idriftsættelse).',
      },
      sv: {
        noRiskAssessment:
          'Eftersom {reason} ska en grundlig risk- och sårbarhetsanalys göras före avtalet: lägg till "{field:security.riskAssessment}" som säger när den gjordes, av vem och vad den visade.',
        noDpa:
          'Eftersom {reason} behövs ett personuppgiftsbiträdesavtal med leverantören: lägg till "{field:security.dataProcessingAgreement}" som säger att det är tecknat (eller när, före driftstart).',
      },
      nb: {
        noRiskAssessment:
          'Fordi {reason}, skal det gjennomføres en grundig risiko- og sårbarhetsanalyse (ROS) før avtalen inngås: legg til "{field:security.riskAssessment}" som sier når den ble gjort, av hvem og hva den viste.',
        noDpa:
          'Fordi {reason}, må det inngås en databehandleravtale med leverandøren: legg til "{field:security.dataProcessingAgreement}" som sier at den er inngått (eller når, før driftsstart).',
      },
    },
  },
  check(proposal, context) {
    const cloud = applies(proposal, 'security.cloud', CLOUD_WORDS);
    // A data processing agreement is needed only where a supplier processes personal data: a
    // proposal that plans one (not one that says none is needed) says that it does.
    const personalData =
      applies(proposal, 'security.personalData', PERSONAL_WORDS) ||
      (answer(get(proposal, 'security.personalData')) === undefined &&
        mentionsIn(allTexts(proposal), STATED['security.dataProcessingAgreement']!).some((mention) => mention.polarity !== 'negated'));
    if (!cloud && !personalData) return;
    const reason = cloud && personalData ? 'both' : cloud ? 'cloud' : 'personalData';
    const data = { reason: inEveryLanguage((lang) => REASONS[lang][reason]) };
    for (const [path, messageId] of [
      ['security.riskAssessment', 'noRiskAssessment'],
      ['security.dataProcessingAgreement', 'noDpa'],
    ] as const) {
      const node = get(proposal, path);
      if (answer(node) === 'yes') continue;
      if (node) {
        context.report({ messageId, data, node, atKey: true });
        continue;
      }
      const text = statedInText(proposal, path);
      if (text.stated) continue;
      // Named but put off, denied or planned without a date: point at that sentence.
      const said = text.unfulfilled;
      context.report({ messageId, data, ...(said ? { range: sentenceRange(proposal, said) } : { missing: path }) });
    }
  },
});

/** The field's yes or no when given; otherwise whether the text speaks of it other than to deny it ("No personal data is processed"). */
function applies(proposal: Proposal, path: string, words: string[]): boolean {
  const said = answer(get(proposal, path));
  if (said) return said === 'yes';
  return mentionsIn(allTexts(proposal), words).some((mention) => mention.polarity !== 'negated');
}
