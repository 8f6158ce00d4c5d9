/**
 * procurement: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';

/** Signs that something is bought from a supplier. Read by `approval-and-organisation`. */
export const ACQUISITION: WordLists = {
  nb: ['anskaff*', 'innkjøp*', 'kjøp', 'kjøpe', 'kjøpes', 'kjøpt', 'leverandør*', 'lisens*'],
  da: ['anskaf*', 'indkøb*', 'køb', 'købe', 'købes', 'købt', 'leverandør*', 'licens*'],
  sv: ['anskaff*', 'inköp*', 'köp', 'köpa', 'köps', 'köpt', 'leverantör*', 'licens*', 'upphandl*'],
  en: ['acquir*', 'acquisition*', 'procur*', 'purchas*', 'buy*', 'supplier*', 'vendor*', 'licen*'],
};

/** The procurement law and how it is followed. Read by `approval-and-organisation`. */
export const PROCUREMENT_LAW: WordLists = {
  nb: [
    'lov om offentlige anskaffelser',
    'anskaffelsesloven',
    'anskaffelsesforskrift*',
    'loa',
    'foa',
    'anbud*',
    'konkurranse*',
    'rammeavtale*',
    'doffin',
    'kunngjøring*',
    'utlysning*',
    'minikonkurranse*',
    'dynamisk innkjøpsordning',
  ],
  da: ['udbud*', 'udbudsloven', 'rammeaftale*', 'miniudbud*', 'ski-aftale*', 'konkurrenceudsæt*'],
  sv: ['upphandl*', 'lou', 'ramavtal*', 'förnyad konkurrensutsättning'],
  en: ['public procurement', 'procurement act', 'procurement law', 'tender*', 'competitive', 'framework agreement*', 'mini-competition*'],
};

/** Read by `sourcing`. */
export const TENDERING: WordLists = {
  sv: [
    'upphandl*',
    'konkurrensutsätt*',
    'i konkurrens',
    'lou',
    'lagen om offentlig upphandling',
    'avrop*',
    'ramavtal*',
    'förnyad konkurrensutsättning',
    'volymrabatt*',
    'koncernrabatt*',
    'volymfördel*',
  ],
  en: ['procure*', 'tender*', 'competitive bidding', 'framework agreement*', 'call-off*', 'volume discount*'],
  da: ['udbud*', 'rammeaftale*', 'konkurrenceudsæt*', 'indkøb*'],
  nb: ['anskaff*', 'anbud*', 'rammeavtale*', 'konkurranse*', 'offentlige anskaffelser'],
};
