/**
 * Words that make a cost line a one-off investment or a running (operating) cost when the line
 * states no kind: "Licens til bookingsystem", "Drift og support", "Lisenser per år",
 * "Anskaffelse og implementering". Matched through the phrase matcher (`*` ends a word: "drift*"
 * finds "driftsomkostninger"). The kinds' own names (vocabulary `KIND_VALUES`) count as well.
 */
import type { WordLists } from './phrases.js';

export const COST_KIND_HINTS: Readonly<Record<'investment' | 'operating', WordLists>> = {
  investment: {
    en: ['purchase', 'setup', 'set-up', 'installation', 'migration', 'development', 'implementation'],
    da: ['anskaffelse*', 'indkøb', 'opsætning', 'installation', 'konvertering', 'migrering', 'udvikling', 'indførelse', 'implementering'],
    sv: ['anskaffning', 'inköp', 'installation', 'konvertering', 'migrering', 'utveckling', 'införande', 'implementering'],
    nb: ['anskaffelse*', 'innkjøp', 'oppsett', 'installasjon', 'konvertering', 'migrering', 'utvikling', 'innføring', 'implementering'],
  },
  operating: {
    en: ['operat*', 'running', 'maintenance', 'support', 'hosting', 'subscription*', 'licence*', 'license*', 'per year', 'a year', 'annual', 'annually', 'yearly'],
    da: ['drift*', 'løbende', 'vedligehold*', 'forvaltning*', 'licens*', 'abonnement*', 'support', 'hosting', 'årlig*', 'per år', 'pr. år', 'pr år', 'om året', 'i året'],
    sv: ['drift*', 'löpande', 'underhåll*', 'förvaltning*', 'licens*', 'abonnemang*', 'support', 'hosting', 'årlig*', 'per år', 'om året', 'i året'],
    nb: ['drift*', 'løpende', 'vedlikehold*', 'forvaltning*', 'lisens*', 'abonnement*', 'support', 'hosting', 'årlig*', 'per år', 'pr. år', 'pr år', 'om året', 'i året'],
  },
};
