/** The Danish words of the stylish output (src/formatters/stylish.ts gives them their shape). */
import type { FigureWords, StylishWords } from '../../formatters/stylish.js';

export default {
  words: {
    error: 'fejl',
    warning: 'advarsel',
    page: 's.',
    problems: (n, e, w) => `${n} ${n === 1 ? 'problem' : 'problemer'} (${e} fejl, ${w} ${w === 1 ? 'advarsel' : 'advarsler'})`,
    suppressed: () => 'undertrykt',
    byInline: 'af inline-frakoblinger',
    byBaseline: 'af baseline',
  } satisfies StylishWords,
  figures: {
    label: 'Business case',
    costs: 'omkostninger',
    investment: 'investering',
    operating: 'drift',
    unclassified: 'uden art',
    benefits: 'økonomiske gevinster',
    net: 'netto',
    payback: 'tilbagebetaling',
    never: 'ikke inden for perioden',
    npv: 'nutidsværdi',
    at: 'ved',
  } satisfies FigureWords,
};
