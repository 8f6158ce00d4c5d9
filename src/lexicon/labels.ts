/**
 * Enum values as a reader of each language names them in a message ("ekstern nytte",
 * "it-mognad", "IKT-kvalitet"): the canonical values are English identifiers, so rules name
 * them through here rather than print `it-maturity` to a Swedish author.
 */
import type { Lang } from '../model/model.js';
import { own } from '../model/own.js';
import { words } from './words.js';

const LABELS: Record<string, Record<string, Record<Lang, string>>> = {
  // Stockholm's five follow-up perspectives (STH-6), in the wording of SPEC §6.
  'followUp.metrics.perspective': {
    'external-benefit': words('labels', 'LABELS/followUp.metrics.perspective/external-benefit'),
    'internal-benefit': words('labels', 'LABELS/followUp.metrics.perspective/internal-benefit'),
    'it-maturity': words('labels', 'LABELS/followUp.metrics.perspective/it-maturity'),
    'it-cost': words('labels', 'LABELS/followUp.metrics.perspective/it-cost'),
    'it-quality': words('labels', 'LABELS/followUp.metrics.perspective/it-quality'),
  },
  'followUp.metrics.method': {
    objective: words('labels', 'LABELS/followUp.metrics.method/objective'),
    subjective: words('labels', 'LABELS/followUp.metrics.method/subjective'),
  },
  // Stockholm's IT categories (STH-4b) as the programme names them.
  category: {
    innovative: words('labels', 'LABELS/category/innovative'),
    differentiating: words('labels', 'LABELS/category/differentiating'),
    basic: words('labels', 'LABELS/category/basic'),
  },
  // Stockholm's five focus areas (STH-3), in the programme's words.
  focusAreas: {
    'citizen-service': words('labels', 'LABELS/focusAreas/citizen-service'),
    'information-reuse': words('labels', 'LABELS/focusAreas/information-reuse'),
    'it-use': words('labels', 'LABELS/focusAreas/it-use'),
    collaboration: words('labels', 'LABELS/focusAreas/collaboration'),
    innovation: words('labels', 'LABELS/focusAreas/innovation'),
  },
  'sharedSolution.status': {
    used: words('labels', 'LABELS/sharedSolution.status/used'),
    deviation: words('labels', 'LABELS/sharedSolution.status/deviation'),
    'none-available': words('labels', 'LABELS/sharedSolution.status/none-available'),
  },
  'businessCase.costs.kind': {
    investment: words('labels', 'LABELS/businessCase.costs.kind/investment'),
    operating: words('labels', 'LABELS/businessCase.costs.kind/operating'),
  },
  'businessCase.benefits.kind': {
    financial: words('labels', 'LABELS/businessCase.benefits.kind/financial'),
    qualitative: words('labels', 'LABELS/businessCase.benefits.kind/qualitative'),
  },
};

/** The label of an enum value at a canonical path, in `lang`; the value itself when it has none. */
export function valueLabel(path: string, value: string, lang: Lang): string {
  const labels = own(LABELS, path);
  return (labels && own(labels, value)?.[lang]) ?? value;
}
