/**
 * procurement: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';

/**
 * Signs that something is bought: the purchase itself, not a supplier or a licence named —
 * "Databehandleravtale med leverandøren", "| Drift og lisens | 40 |" speak of systems already
 * bought. Read by `approval-and-organisation`, which takes only purchases stated as done or
 * planned ("fremfor å kjøpe et eget skjemaverktøy" buys nothing).
 */
export const ACQUISITION: WordLists = {
  // … or a new system a supplier delivers, as a cloud service or otherwise.
  nb: ['anskaff*', 'innkjøp*', 'kjøp', 'kjøpe', 'kjøper', 'kjøpes', 'kjøpt', 'leveres som', 'leveres av', 'leveres fra', 'skytjeneste*'],
  da: ['anskaf*', 'indkøb*', 'køb', 'købe', 'køber', 'købes', 'købt', 'leveres som', 'leveres af', 'leveres fra', 'skytjeneste*', 'cloudløsning*'],
  sv: ['anskaff*', 'inköp*', 'köp', 'köpa', 'köper', 'köps', 'köpt', 'upphandl*', 'levereras som', 'levereras av', 'levereras från', 'molntjänst*'],
  en: ['acquir*', 'acquisition*', 'procur*', 'purchas*', 'buy*', 'supplied by', 'delivered by', 'cloud service*', 'software as a service'],
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
