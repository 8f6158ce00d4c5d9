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
  'followUp.metrics.method': {
    objective: { en: 'objective', da: 'objektiv', sv: 'objektiv', nb: 'objektiv' },
    subjective: { en: 'subjective', da: 'subjektiv', sv: 'subjektiv', nb: 'subjektiv' },
  },
  // Stockholm's IT categories (STH-4b) as the programme names them.
  category: {
    innovative: { en: 'innovative', da: 'innovativ', sv: 'innovativ', nb: 'innovativ' },
    differentiating: { en: 'differentiating', da: 'differentierende', sv: 'differentierande', nb: 'differensierende' },
    basic: { en: 'basic', da: 'grundlæggende', sv: 'grundläggande', nb: 'grunnleggende' },
  },
  // Stockholm's five focus areas (STH-3), in the programme's words.
  focusAreas: {
    'citizen-service': {
      en: 'accessibility and service',
      da: 'tilgængelighed og service',
      sv: 'tillgänglighet och service',
      nb: 'tilgjengelighet og service',
    },
    'information-reuse': {
      en: 'information reuse',
      da: 'genbrug af information',
      sv: 'återanvändning av information',
      nb: 'gjenbruk av informasjon',
    },
    'it-use': {
      en: 'training and system development',
      da: 'uddannelse og systemudvikling',
      sv: 'utbildning och systemutveckling',
      nb: 'opplæring og systemutvikling',
    },
    collaboration: { en: 'collaboration', da: 'samarbejde', sv: 'samverkan', nb: 'samhandling' },
    innovation: { en: 'innovation', da: 'innovation', sv: 'innovativ utveckling', nb: 'innovasjon' },
  },
  'sharedSolution.status': {
    used: { en: 'used', da: 'anvendes', sv: 'används', nb: 'brukes' },
    deviation: { en: 'deviation', da: 'afviger', sv: 'avviker', nb: 'avvik' },
    'none-available': { en: 'none-available', da: 'ingen findes', sv: 'finns ingen', nb: 'ingen finnes' },
  },
  'businessCase.costs.kind': {
    investment: { en: 'investment', da: 'investering', sv: 'investering', nb: 'investering' },
    operating: { en: 'operating', da: 'drift', sv: 'drift', nb: 'drift' },
  },
  'businessCase.benefits.kind': {
    financial: { en: 'financial', da: 'økonomisk', sv: 'ekonomisk', nb: 'økonomisk' },
    qualitative: { en: 'qualitative', da: 'kvalitativ', sv: 'kvalitativ', nb: 'kvalitativ' },
  },
};

/** The label of an enum value at a canonical path, in `lang`; the value itself when it has none. */
export function valueLabel(path: string, value: string, lang: Lang): string {
  const labels = own(LABELS, path);
  return (labels && own(labels, value)?.[lang]) ?? value;
}
