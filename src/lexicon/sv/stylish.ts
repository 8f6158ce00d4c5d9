/** The Swedish words of the stylish output (src/formatters/stylish.ts gives them their shape). */
import type { FigureWords, StylishWords } from '../../formatters/stylish.js';

export default {
  words: {
    error: 'fel',
    warning: 'varning',
    page: 's.',
    problems: (n, e, w) => `${n} ${n === 1 ? 'problem' : 'problem'} (${e} fel, ${w} ${w === 1 ? 'varning' : 'varningar'})`,
    suppressed: (n) => (n === 1 ? 'undertryckt' : 'undertryckta'),
    byInline: 'av inline-avstängningar',
    byBaseline: 'av baslinjen',
  } satisfies StylishWords,
  figures: {
    label: 'Nyttovärdering',
    costs: 'kostnader',
    investment: 'investering',
    operating: 'drift',
    unclassified: 'utan typ',
    benefits: 'ekonomiska nyttor',
    net: 'netto',
    payback: 'återbetalning',
    never: 'inte inom perioden',
    npv: 'nuvärde',
    at: 'vid',
  } satisfies FigureWords,
};
