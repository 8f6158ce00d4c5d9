/**
 * records: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';

/** Case handling, registering and archiving: the solution produces records. Read by `noark`. */
export const RECORDS_MANAGEMENT: WordLists = {
  nb: [
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
  da: ['journaliser*', 'journalisering*', 'sagsbehandl*', 'esdh', 'arkivering*', 'arkiveres'],
  sv: ['diarieför*', 'ärendehantering*', 'arkivering*', 'arkiveras'],
  en: ['records management', 'record-keeping', 'recordkeeping', 'case handling', 'case management', 'archiving', 'archived'],
};

/** Read by `noark`. */
export const NOARK: WordLists = { nb: ['noark 5*', 'noark5*', 'noark-5*'] };

/** Preservation and disposal: what is kept, what is discarded, and where it is deposited. Read by `noark`. */
export const PRESERVATION: WordLists = {
  nb: ['bevaring*', 'kassasjon*', 'arkivplan*', 'arkivdepot*', 'depot*', 'avlevering*', 'avlever*'],
  da: ['bevaring*', 'kassation*', 'arkiveringsversion*', 'aflevering*'],
  sv: ['bevarande*', 'gallring*', 'arkivredovisning*', 'leverans till e-arkiv'],
  en: ['preservation', 'retention', 'disposal', 'deposit*'],
};
