/**
 * bodies: words the tool understands, per language (the lexicon is their one home).
 *
 * `COMMITTEES` and `UNITS` are the words that make an owner a body rather than a person:
 * src/interpret/owners.ts reads both, the system-owner rule asks for a committee. Each is a
 * word or the head of a compound ("Socialnämnden", "Kultur- og Fritidsudvalget", "Teknisk
 * etat"), in the forms authors write.
 */
import type { WordLists } from './phrases.js';
import { someWords, words } from './words.js';

/** Bodies that decide: committees, boards, councils. */
export const COMMITTEES: WordLists = words('bodies', 'COMMITTEES');

/** Units of the organisation: administrations, departments, offices, the municipality itself. */
export const UNITS: WordLists = words('bodies', 'UNITS');

/** Whether a word is, or ends in, one of the forms ("Socialnämnden" ends in "nämnden"); with `genitive` also "-nämndens". */
export function endsInForm(word: string, forms: readonly string[], options: { genitive?: boolean } = {}): boolean {
  const lower = word.toLowerCase();
  return forms.some((form) => lower.endsWith(form) || (options.genitive === true && lower.endsWith(`${form}s`)));
}

/**
 * IKT Follo's rådmannskollegiet (FLO-11), under its current name as well: the Local Government
 * Act of 2018 (kommuneloven § 13-1) renamed the rådmann "kommunedirektør", and the Follo
 * municipalities' council of chief executives is now the kommunedirektørkollegiet. Read by
 * `approval-and-organisation`.
 */
export const CHIEF_EXECUTIVES_COUNCIL: WordLists = someWords('bodies', 'CHIEF_EXECUTIVES_COUNCIL');

/** Read by `common-platforms`. */
export const CITY_EXECUTIVE_BOARD: WordLists = words('bodies', 'CITY_EXECUTIVE_BOARD');

/**
 * How a sentence names the owner (issue 8, owner grammar): "Systemägare är äldrenämnden",
 * "The system owner is the City Planning Committee", "Kultur og Fritid er projektejer". The
 * owner is what the copula joins to the owner's label; a relative clause after it describes
 * the owner ("…, som har accepterat ansvaret", "…, which accepted …") and names no second one.
 * Read by src/interpret/owners.ts with the owner field's labels (vocabulary.ts).
 */
export const OWNER_COPULA: WordLists = words('bodies', 'OWNER_COPULA');

/** Words that open a relative clause about the owner. */
export const RELATIVE_PRONOUN: WordLists = words('bodies', 'RELATIVE_PRONOUN');

/**
 * Words that open the person through whom a body answers: "Äldrenämnden, genom
 * systemägarrepresentant Lena Sjöberg" names one owner, the nämnd, and the one who acts for it.
 */
export const ACTING_THROUGH: WordLists = words('bodies', 'ACTING_THROUGH');

/**
 * The owner grammar of src/interpret/owners.ts: the ends of role titles ("dagtilbudschef",
 * "Head", "kommunalsjef") — a title only names a person when a name follows it; the prepositions
 * after which a conjunction joins a unit's words ("direktør for Kultur og Fritid"); the words that
 * say there are more ("m.fl.", "et al."); and the conjunctions that may join two owners.
 */
export const ROLE_ENDINGS: WordLists = words('bodies', 'ROLE_ENDINGS');
export const UNIT_PREPOSITIONS: WordLists = words('bodies', 'UNIT_PREPOSITIONS');
export const AND_OTHERS: WordLists = words('bodies', 'AND_OTHERS');
export const OWNER_JOINERS: WordLists = words('bodies', 'OWNER_JOINERS');
