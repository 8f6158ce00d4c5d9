/**
 * negation: the words that say no, per language — one home for what five places (the yes/no
 * answers of src/engine/prose.ts, common-platforms, digital-channel, ros-and-dpa and
 * system-owner) each used to list for themselves. Three kinds, combined by each reader as it
 * needs them, so a word is listed once:
 * - `NEGATION`: the negation of a verb or clause ("ikke", "inte", "not", "never");
 * - `NOT_YET`: not yet ("endnu ikke", "ännu inte"): a no as an answer, a deferral in a statement;
 * - `NONE`: a determiner that denies its noun ("ingen", "inga", "no", "none");
 * - `ABSENCE`: a thing said to be lacking ("uden", "utan", "without", "mangler", "missing");
 * - `OPTING_OUT`: a choice against a thing ("fravælger", "väljer bort").
 * Statement polarity (src/interpret/polarity.ts) reads all four.
 * And the yes/no of an answer field (`ANSWER_YES`, `ANSWER_NO`).
 */
import type { WordLists } from './phrases.js';
import { words } from './words.js';

export const NEGATION: WordLists = words('negation', 'NEGATION');

/** Not yet: no as an answer ("ännu inte"), and a thing put off in a statement (its polarity is deferred). */
export const NOT_YET: WordLists = words('negation', 'NOT_YET');

export const NONE: WordLists = words('negation', 'NONE');

export const ABSENCE: WordLists = words('negation', 'ABSENCE');

/** A choice against a thing ("fravælger", "väljer bort"): it is not used. */
export const OPTING_OUT: WordLists = words('negation', 'OPTING_OUT');

/** An answer that opens with one of these says no ("Nei, ikke ennå"), beside `NEGATION` and `NONE` ("No", "Ingen"). */
export const ANSWER_NO: WordLists = words('negation', 'ANSWER_NO');

/** An answer that opens with one of these says yes ("Ja, orienteret 3. marts"). */
export const ANSWER_YES: WordLists = words('negation', 'ANSWER_YES');
