/**
 * metric-wording: how authors state a follow-up metric's figures in a sentence, per language
 * ("andel … från 40 % till 90 %", "fra 12 til 4 dage", "from 3 to 1 day"): the word before the
 * baseline and the word before the target. Read by src/interpret/reading/metric-lines.ts.
 */
import type { WordLists } from './phrases.js';

export const FROM_VALUE: WordLists = { en: ['from'], da: ['fra'], sv: ['från'], nb: ['fra', 'frå'] };

export const TO_VALUE: WordLists = { en: ['to'], da: ['til'], sv: ['till'], nb: ['til'] };
