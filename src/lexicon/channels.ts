/**
 * channels: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';
import { words } from './words.js';

/** Words that show the proposal serves citizens or businesses. Read by `digital-channel`. */
export const PUBLIC_AUDIENCE: WordLists = words('channels', 'PUBLIC_AUDIENCE');

/** The cheap channels: self-service, the portals, digital post and login. Read by `digital-channel`. */
export const DIGITAL_CHANNEL: WordLists = words('channels', 'DIGITAL_CHANNEL');
