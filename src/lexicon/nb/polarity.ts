/**
 * The nb words of src/lexicon/polarity.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  // A relative clause about people ("drop-in finns kvar för den som inte kan boka digitalt") negates nothing the proposal does.
  PSEUDO_NEGATION: [
    'ikke bare',
    'ikke kun',
    'ikke senere enn',
    'ikke minst',
    'uten at det',
    'den som ikke',
    'de som ikke',
    'dem som ikke',
    'alle som ikke',
    'innbyggere som ikke',
  ],
  DEFERRAL: [
    'senere',
    'på et senere tidspunkt',
    'etter hvert',
    'i etterkant',
    'når leverandøren er valgt',
    'når leverandør er valgt',
    'etter anskaffelsen',
    'vurderes nærmere',
    'utredes nærmere',
    'avklares',
    'avventer',
    'enda ikke',
    'tas stilling til',
    'i løpet av prosjektet',
    'underveis i prosjektet',
    'utarbeides underveis',
    // After the contract is signed: after the acquisition the notice or check should come before.
    'når avtalen … er inngått',
    'når avtalen … er signert',
    'når kontrakten … er signert',
    'når kontrakten … er inngått',
    'etter at avtalen … er inngått',
    'etter at kontrakten er signert',
    'etter kontraktsinngåelse*',
    'etter kontraktsignering*',
  ],
  PLAN: ['vil bli', 'skal', 'kommer til å', 'planlegges', 'planlagt', 'forventes', 'tas sikte på'],
  ANCHOR: [
    'før avtale*',
    'før kontrakt*',
    'før driftsstart',
    'før idriftsetting*',
    'før idriftsettelse*',
    'sammen med kontrakten',
    'sammen med avtalen',
    'ved kontraktsinngåelse*',
    'ved kontraktsignering*',
  ],
  CLAUSE_BREAK: ['men', 'derimot', 'i stedet', 'isteden', 'fremfor', 'framfor'],
};
