/**
 * The en words of src/lexicon/ranges.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  FROM_WORDS: ['from'],
  TO_WORDS: ['to', 'until', 'through'],
  BOUNDS: ['at most', 'at least', 'under', 'over', 'below', 'above', 'max.', 'min.'],
  MONTHS: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  PROJECT_PERIOD: ['project period', 'carried out', 'runs from', 'implemented in', 'timeline'],
};
