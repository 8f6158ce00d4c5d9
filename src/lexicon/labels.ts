/**
 * Enum values as a reader of each language names them in a message ("ekstern nytte",
 * "it-mognad", "IKT-kvalitet"): the canonical values are English identifiers, so rules name
 * them through here rather than print `it-maturity` to a Swedish author.
 */
import type { Lang } from '../model/model.js';
import { own } from '../model/own.js';

const LABELS: Record<string, Record<string, Record<Lang, string>>> = {
  // Stockholm's five follow-up perspectives (STH-6), in the wording of SPEC §6.
  'followUp.metrics.perspective': {
    'external-benefit': { en: 'external benefit', da: 'ekstern nytte', sv: 'extern nytta', nb: 'ekstern nytte' },
    'internal-benefit': { en: 'internal benefit', da: 'intern nytte', sv: 'intern nytta', nb: 'intern nytte' },
    'it-maturity': { en: 'IT maturity', da: 'it-modenhed', sv: 'it-mognad', nb: 'IKT-modenhet' },
    'it-cost': { en: 'IT cost', da: 'it-omkostninger', sv: 'it-kostnad', nb: 'IKT-kostnader' },
    'it-quality': { en: 'IT quality', da: 'it-kvalitet', sv: 'it-kvalitet', nb: 'IKT-kvalitet' },
  },
};

/** The label of an enum value at a canonical path, in `lang`; the value itself when it has none. */
export function valueLabel(path: string, value: string, lang: Lang): string {
  const labels = own(LABELS, path);
  return (labels && own(labels, value)?.[lang]) ?? value;
}
