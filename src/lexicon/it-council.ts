/**
 * The IT council / IT chief an acquisition is notified to (Oskarshamn OSK-19, anmälningsplikt),
 * and the verbs of notifying it, in four languages: a sentence with both is a statement about
 * the notification, whose polarity (src/interpret/polarity.ts) says whether it happened.
 */
import type { WordLists } from './phrases.js';
import { words } from './words.js';

export const IT_COUNCIL: WordLists = words('it-council', 'IT_COUNCIL');

export const NOTIFY: WordLists = words('it-council', 'NOTIFY');

/**
 * The joint decision a larger IT investment needs ("Inga större investeringar … utan att ett
 * gemensamt beslut fattas", OSK-19), and the group that takes it.
 */
export const JOINT_DECISION: WordLists = words('it-council', 'JOINT_DECISION');

/** An investment decided by one administration alone: "Socialnämnden beslutar ensam om investeringen". */
export const SOLE_DECISION: WordLists = words('it-council', 'SOLE_DECISION');
