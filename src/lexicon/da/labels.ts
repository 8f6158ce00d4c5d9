/**
 * The da words of src/lexicon/labels.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  'LABELS/followUp.metrics.perspective/external-benefit': 'ekstern nytte',
  'LABELS/followUp.metrics.perspective/internal-benefit': 'intern nytte',
  'LABELS/followUp.metrics.perspective/it-maturity': 'it-modenhed',
  'LABELS/followUp.metrics.perspective/it-cost': 'it-omkostninger',
  'LABELS/followUp.metrics.perspective/it-quality': 'it-kvalitet',
  'LABELS/followUp.metrics.method/objective': 'objektiv',
  'LABELS/followUp.metrics.method/subjective': 'subjektiv',
  'LABELS/category/innovative': 'innovativ',
  'LABELS/category/differentiating': 'differentierende',
  'LABELS/category/basic': 'grundlæggende',
  'LABELS/focusAreas/citizen-service': 'tilgængelighed og service',
  'LABELS/focusAreas/information-reuse': 'genbrug af information',
  'LABELS/focusAreas/it-use': 'uddannelse og systemudvikling',
  'LABELS/focusAreas/collaboration': 'samarbejde',
  'LABELS/focusAreas/innovation': 'innovation',
  'LABELS/sharedSolution.status/used': 'anvendes',
  'LABELS/sharedSolution.status/deviation': 'afviger',
  'LABELS/sharedSolution.status/none-available': 'ingen findes',
  'LABELS/businessCase.costs.kind/investment': 'investering',
  'LABELS/businessCase.costs.kind/operating': 'drift',
  'LABELS/businessCase.benefits.kind/financial': 'økonomisk',
  'LABELS/businessCase.benefits.kind/qualitative': 'kvalitativ',
};
