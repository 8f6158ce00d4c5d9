/**
 * The sv words of src/lexicon/polarity.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  // A relative clause about people ("drop-in finns kvar för den som inte kan boka digitalt") negates nothing the proposal does.
  PSEUDO_NEGATION: [
    'inte bara',
    'inte endast',
    'inte enbart',
    'inte senare än',
    'inte minst',
    'utan att det',
    'den som inte',
    'de som inte',
    'dem som inte',
    'alla som inte',
    'invånare som inte',
  ],
  DEFERRAL: [
    'senare',
    'i ett senare skede',
    'längre fram',
    'när leverantör är vald',
    'när leverantören är vald',
    'när leverantören valts',
    'efter upphandlingen',
    'utreds vidare',
    'utreds närmare',
    'ses över',
    'klargörs',
    'avvaktar',
    'inväntar',
    'tas ställning till',
    'under projektets gång',
    'under projektets genomförande',
    'tas fram under projektet',
  ],
  PLAN: ['ska', 'skall', 'kommer att', 'planeras', 'planerad', 'planerat', 'avses', 'förväntas', 'avser att'],
  ANCHOR: [
    'före avtal*',
    'innan avtal*',
    'före kontrakt*',
    'innan kontrakt*',
    'före driftstart',
    'innan driftstart',
    'före driftsättning*',
    'innan driftsättning*',
    'i samband med avtal*',
    'tillsammans med avtalet',
  ],
  CLAUSE_BREAK: ['men', 'dock', 'däremot', 'i stället', 'istället', 'snarare än'],
};
