/** The Norwegian Bokmål words of the stylish output (src/formatters/stylish.ts gives them their shape). */
import type { FigureWords, StylishWords } from '../../formatters/stylish.js';

export default {
  words: {
    error: 'feil',
    warning: 'advarsel',
    page: 's.',
    problems: (n, e, w) => `${n} ${n === 1 ? 'problem' : 'problemer'} (${e} feil, ${w} ${w === 1 ? 'advarsel' : 'advarsler'})`,
    suppressed: () => 'undertrykt',
    byInline: 'av inline-deaktiveringer',
    byBaseline: 'av grunnlinjen',
  } satisfies StylishWords,
  figures: {
    label: 'Kost-nytte',
    costs: 'kostnader',
    investment: 'investering',
    operating: 'drift',
    unclassified: 'uten type',
    benefits: 'økonomiske gevinster',
    net: 'netto',
    payback: 'tilbakebetaling',
    never: 'ikke innenfor perioden',
    npv: 'nåverdi',
    at: 'ved',
  } satisfies FigureWords,
};
