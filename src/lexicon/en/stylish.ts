/** The English words of the stylish output (src/formatters/stylish.ts gives them their shape). */
import type { FigureWords, StylishWords } from '../../formatters/stylish.js';

export default {
  words: {
    error: 'error',
    warning: 'warning',
    page: 'p.',
    problems: (n, e, w) => `${n} ${n === 1 ? 'problem' : 'problems'} (${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'})`,
    suppressed: () => 'suppressed',
    byInline: 'by inline disables',
    byBaseline: 'by the baseline',
  } satisfies StylishWords,
  figures: {
    label: 'Business case',
    costs: 'costs',
    investment: 'investment',
    operating: 'operating',
    unclassified: 'no kind',
    benefits: 'financial benefits',
    net: 'net',
    payback: 'payback',
    never: 'not within the horizon',
    npv: 'NPV',
    at: 'at',
  } satisfies FigureWords,
};
