/**
 * The en words of src/lexicon/accessibility.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  SPECIAL_NEEDS: [
    'special needs',
    'disabilit*',
    'accessibility',
    'accessible design',
    'wcag*',
    'screen reader*',
    'easy-to-read',
    'easy read',
    'universal design',
    'visually impaired',
    'visual impairment*',
    'hearing impair*',
    'read aloud',
    'text-to-speech',
    'sign language',
    'large text',
  ],
  UNIVERSAL_DESIGN: [
    'universal design',
    'universally designed',
    'accessibility',
    'accessible to everyone',
    'accessible to all',
    'wcag*',
    'screen reader*',
    'en 301 549',
  ],
};
