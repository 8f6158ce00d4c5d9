/**
 * Whether the body a strategy names approved or decided something: a mention of the body that
 * fulfils (statement polarity), and in whose clause the body is not merely the context of a
 * project's own steering group acting — "Prosjektets styringsgruppe godkjente løsningen …, slik
 * rådmannskollegiet har bedt om" is the steering group's approval, not the rådmannskollegiet's.
 */
import type { TextHit } from '../model/access.js';
import { STEERING_GROUP } from '../lexicon/governance.js';
import { allPhrases, phraseMatches } from '../lexicon/phrases.js';
import { type Fulfilment, type FulfilmentOptions, type Mention, fulfils, mentionsIn } from './polarity.js';

const STEERING_WORDS = allPhrases(STEERING_GROUP);

/** A steering group named before the body in the mention's clause is who acts there. */
function steeringGroupActs(mention: Mention): boolean {
  const before = mention.hit.text.slice(mention.clause.index, mention.index);
  return phraseMatches(before, STEERING_WORDS).length > 0;
}

export function approvalBy(hits: readonly TextHit[], body: readonly string[], options: FulfilmentOptions = {}): Fulfilment {
  const mentions = mentionsIn(hits, body);
  const fulfilled = mentions.find((mention) => fulfils(mention.polarity, options) && !steeringGroupActs(mention));
  if (fulfilled) return { fulfilled };
  return mentions[0] ? { unfulfilled: mentions[0] } : {};
}
