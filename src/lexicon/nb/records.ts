/**
 * The nb words of src/lexicon/records.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  RECORDS_MANAGEMENT: [
    'journalfør*',
    'saksbehandl*',
    'sak/arkiv',
    'sak- og arkiv*',
    'sakarkiv*',
    'arkivverdig*',
    'arkivering*',
    'arkivere*',
    'arkiveres',
    'enkeltvedtak*',
    'saksmappe*',
    'post og arkiv',
  ],
  NOARK: ['noark 5*', 'noark5*', 'noark-5*'],
  PRESERVATION: ['bevaring*', 'kassasjon*', 'arkivplan*', 'arkivdepot*', 'depot*', 'avlevering*', 'avlever*'],
};
