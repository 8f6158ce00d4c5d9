/**
 * accessibility: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';

/** Read by `special-needs`. */
export const SPECIAL_NEEDS: WordLists = {
  sv: ['särskilda behov', 'funktionsnedsättning*', 'funktionsvariation*', 'tillgänglighetsanpass*', 'digital tillgänglighet', 'tillgänglighetskrav*', 'tillgänglighetsredogörelse*', 'wcag*', 'skärmläsare*', 'lättläst*', 'talsyntes*', 'universell utformning', 'synnedsättning*', 'synskada*', 'hörselnedsättning*', 'uppläsning*', 'förstorad text', 'teckenspråk*', 'kognitiv*'],
  en: ['special needs', 'disabilit*', 'accessibility', 'accessible design', 'wcag*', 'screen reader*', 'easy-to-read', 'easy read', 'universal design', 'visually impaired', 'visual impairment*', 'hearing impair*', 'read aloud', 'text-to-speech', 'sign language', 'large text'],
  da: ['særlige behov', 'handicap*', 'funktionsnedsættelse*', 'tilgængelighed', 'webtilgængelighed', 'wcag*', 'skærmlæser*', 'synshandicap*', 'svagsynede', 'blinde', 'høretab', 'oplæsning*', 'letlæst*', 'tegnsprog*', 'stor skrift'],
  nb: ['spesielle behov', 'særskilte behov', 'funksjonsnedsettelse*', 'universell utforming', 'tilgjengelighet', 'wcag*', 'skjermleser*', 'synshemme*', 'svaksynte', 'blinde', 'hørselshemme*', 'opplesning*', 'lettlest*', 'tegnspråk*', 'stor skrift'],
};

/** Read by `universal-design`. */
export const UNIVERSAL_DESIGN: WordLists = {
  nb: ['universell utforming', 'universelt utformet', 'universelt utformede', 'uu', 'uu-krav*', 'wcag*', 'tilgjengelighetserklæring*', 'uavhengig av funksjonsevne', 'skjermleser*'],
  da: ['webtilgængelighed', 'tilgængelighedserklæring*', 'tilgængelig for alle', 'wcag*'],
  sv: ['digital tillgänglighet', 'tillgänglighetsredogörelse*', 'universell utformning', 'wcag*'],
  en: ['universal design', 'universally designed', 'accessibility', 'accessible to everyone', 'accessible to all', 'wcag*', 'screen reader*', 'en 301 549'],
};
