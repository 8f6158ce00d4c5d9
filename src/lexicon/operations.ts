/**
 * operations: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';

/** Read by `proven-solution`. */
export const PROVEN_IN_USE: WordLists = {
  da: ['gennemprøvet*', 'afprøvet*', 'velafprøvet*', 'i drift hos', 'i drift i', 'i brug hos', 'anvendes allerede', 'bruges allerede', 'andre kommuner', 'referencer', 'referencekunde*', 'referencekommune*', 'standardsystem*', 'standardløsning*', 'standardprodukt*', 'standardapp*', 'standardmodul*', 'markedsmoden', 'markedsmodne', 'flere kommuner', 'mange kommuner', 'kommuner bruger', 'kommuner anvender', 'bruges i dag af', 'anvendes i dag af', 'i brug i'],
  en: ['proven', 'tried and tested', 'in production at', 'in use at', 'other municipalities', 'reference customer*', 'reference site*', 'references', 'standard product', 'standard system', 'standard solution', 'standard app', 'off-the-shelf', 'mature', 'many municipalities', 'several municipalities', 'municipalities already use', 'already used by', 'already in use'],
  sv: ['beprövad*', 'i drift hos', 'i bruk hos', 'används redan', 'används i dag av', 'andra kommuner', 'flera kommuner', 'många kommuner', 'kommuner använder', 'referenskund*', 'referenser', 'standardsystem*', 'standardprodukt*', 'standardlösning*'],
  nb: ['utprøvd*', 'velprøvd*', 'i drift hos', 'i bruk hos', 'i bruk i', 'brukes allerede', 'brukes i dag av', 'andre kommuner', 'flere kommuner', 'mange kommuner', 'kommuner bruker', 'referanser', 'referansekunde*', 'standardsystem*', 'standardprodukt*', 'standardløsning*'],
};

/** Read by `proven-solution`. */
export const RELIABILITY: WordLists = {
  da: ['driftssikker*', 'leverancesikker*', 'leveringssikker*', 'oppetid*', 'nedetid*', 'sla', 'servicemål', 'serviceniveau*', 'svartid*', 'driftsstabil*', 'stabil drift', 'beredskab*', 'nødprocedure*', 'backup', 'leverandørens økonomi', 'leverandørrisiko'],
  en: ['reliability', 'reliable', 'uptime', 'availability', 'downtime', 'sla', 'service level*', 'delivery risk', 'supplier risk', 'backup', 'contingency'],
  sv: ['driftsäker*', 'leveranssäker*', 'tillgänglighet', 'drifttid', 'sla', 'servicenivå*', 'reservrutin*'],
  nb: ['driftssikker*', 'leveransesikker*', 'oppetid*', 'nedetid*', 'sla', 'tjenestenivå*', 'stabil drift', 'beredskap*'],
};

/** Read by `proven-solution`. */
export const EXTERNAL_OPERATION: WordLists = {
  da: ['ekstern drift', 'eksternt drevet', 'driftes eksternt', 'driftes af leverandør*', 'leverandøren drifter', 'leverandørdrift*', 'driftsleverandør*', 'hosting', 'hoster', 'hoste', 'hostet', 'hostes', 'cloud', 'saas', 'egen drift', 'intern drift', 'driftes internt', 'driftes på kommunens', 'driftes i kommunens', 'kommunens datacenter', 'kommunens servere', 'outsourc*', 'driftsmodel*', 'driftsform*'],
  en: ['external operation*', 'externally operated', 'operated by the supplier', 'host', 'hosts', 'hosted', 'hosting', 'cloud', 'saas', 'in-house operation*', 'on-premises', 'on premises', 'outsourc*', 'operating model'],
  sv: ['extern drift', 'driftas av leverantör*', 'driftas externt', 'egen drift', 'molntjänst*', 'driftform*', 'driftmodell*'],
  nb: ['ekstern drift', 'driftes eksternt', 'driftes av leverandør*', 'egen drift', 'skytjeneste*', 'driftsmodell*', 'driftsform*'],
};

/** Read by `sourcing`. */
export const OPERATIONS_AGREEMENT: WordLists = {
  sv: ['driftavtal*', 'driftsavtal*', 'avtal för drift', 'avtal om drift', 'drift och förvaltning', 'driftleverantör*', 'förvaltningsobjekt*', 'förvaltningsavtal*', 'gemensamma avtal*'],
  en: ['operations agreement*', 'operating agreement*', 'operations contract*', 'managed service*', 'service management agreement*'],
  da: ['driftsaftale*', 'drift og vedligehold', 'driftskontrakt*'],
  nb: ['driftsavtale*', 'drift og forvaltning', 'driftskontrakt*'],
};
