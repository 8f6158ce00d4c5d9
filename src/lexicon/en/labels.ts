/**
 * The en words of src/lexicon/labels.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  'LABELS/followUp.metrics.perspective/external-benefit': 'external benefit',
  'LABELS/followUp.metrics.perspective/internal-benefit': 'internal benefit',
  'LABELS/followUp.metrics.perspective/it-maturity': 'IT maturity',
  'LABELS/followUp.metrics.perspective/it-cost': 'IT cost',
  'LABELS/followUp.metrics.perspective/it-quality': 'IT quality',
  'LABELS/followUp.metrics.method/objective': 'objective',
  'LABELS/followUp.metrics.method/subjective': 'subjective',
  'LABELS/category/innovative': 'innovative',
  'LABELS/category/differentiating': 'differentiating',
  'LABELS/category/basic': 'basic',
  'LABELS/focusAreas/citizen-service': 'accessibility and service',
  'LABELS/focusAreas/information-reuse': 'information reuse',
  'LABELS/focusAreas/it-use': 'training and system development',
  'LABELS/focusAreas/collaboration': 'collaboration',
  'LABELS/focusAreas/innovation': 'innovation',
  'LABELS/sharedSolution.status/used': 'used',
  'LABELS/sharedSolution.status/deviation': 'deviation',
  'LABELS/sharedSolution.status/none-available': 'none-available',
  'LABELS/businessCase.costs.kind/investment': 'investment',
  'LABELS/businessCase.costs.kind/operating': 'operating',
  'LABELS/businessCase.benefits.kind/financial': 'financial',
  'LABELS/businessCase.benefits.kind/qualitative': 'qualitative',
};
