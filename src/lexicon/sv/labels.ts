/**
 * The sv words of src/lexicon/labels.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  'LABELS/followUp.metrics.perspective/external-benefit': 'extern nytta',
  'LABELS/followUp.metrics.perspective/internal-benefit': 'intern nytta',
  'LABELS/followUp.metrics.perspective/it-maturity': 'it-mognad',
  'LABELS/followUp.metrics.perspective/it-cost': 'it-kostnad',
  'LABELS/followUp.metrics.perspective/it-quality': 'it-kvalitet',
  'LABELS/followUp.metrics.method/objective': 'objektiv',
  'LABELS/followUp.metrics.method/subjective': 'subjektiv',
  'LABELS/category/innovative': 'innovativ',
  'LABELS/category/differentiating': 'differentierande',
  'LABELS/category/basic': 'grundläggande',
  'LABELS/focusAreas/citizen-service': 'tillgänglighet och service',
  'LABELS/focusAreas/information-reuse': 'återanvändning av information',
  'LABELS/focusAreas/it-use': 'utbildning och systemutveckling',
  'LABELS/focusAreas/collaboration': 'samverkan',
  'LABELS/focusAreas/innovation': 'innovativ utveckling',
  'LABELS/sharedSolution.status/used': 'används',
  'LABELS/sharedSolution.status/deviation': 'avviker',
  'LABELS/sharedSolution.status/none-available': 'finns ingen',
  'LABELS/businessCase.costs.kind/investment': 'investering',
  'LABELS/businessCase.costs.kind/operating': 'drift',
  'LABELS/businessCase.benefits.kind/financial': 'ekonomisk',
  'LABELS/businessCase.benefits.kind/qualitative': 'kvalitativ',
};
