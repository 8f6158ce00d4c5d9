/**
 * The nb words of src/lexicon/labels.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  'LABELS/followUp.metrics.perspective/external-benefit': 'ekstern nytte',
  'LABELS/followUp.metrics.perspective/internal-benefit': 'intern nytte',
  'LABELS/followUp.metrics.perspective/it-maturity': 'IKT-modenhet',
  'LABELS/followUp.metrics.perspective/it-cost': 'IKT-kostnader',
  'LABELS/followUp.metrics.perspective/it-quality': 'IKT-kvalitet',
  'LABELS/followUp.metrics.method/objective': 'objektiv',
  'LABELS/followUp.metrics.method/subjective': 'subjektiv',
  'LABELS/category/innovative': 'innovativ',
  'LABELS/category/differentiating': 'differensierende',
  'LABELS/category/basic': 'grunnleggende',
  'LABELS/focusAreas/citizen-service': 'tilgjengelighet og service',
  'LABELS/focusAreas/information-reuse': 'gjenbruk av informasjon',
  'LABELS/focusAreas/it-use': 'opplæring og systemutvikling',
  'LABELS/focusAreas/collaboration': 'samhandling',
  'LABELS/focusAreas/innovation': 'innovasjon',
  'LABELS/sharedSolution.status/used': 'brukes',
  'LABELS/sharedSolution.status/deviation': 'avvik',
  'LABELS/sharedSolution.status/none-available': 'ingen finnes',
  'LABELS/businessCase.costs.kind/investment': 'investering',
  'LABELS/businessCase.costs.kind/operating': 'drift',
  'LABELS/businessCase.benefits.kind/financial': 'økonomisk',
  'LABELS/businessCase.benefits.kind/qualitative': 'kvalitativ',
};
