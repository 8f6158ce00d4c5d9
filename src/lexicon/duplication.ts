/**
 * Words that say a proposal builds a function a shared public component already provides
 * (DOMAIN-RESEARCH §1b, cleaned and extended with inflected forms), per language, by the
 * function's code in data/components.json. `terms` are distinctive phrases that count on their
 * own ("eget login"); `weakTerms` are generic words ("login", "portal") that count only in a
 * sentence with one of `buildVerbs` ("udvikle", "bygga", "etablere"). They are matched as
 * phrases (src/lexicon/phrases.ts); all-caps entries (SSO, 2FA, SFTP) case-sensitively. A
 * function's terms count only when the proposal names no component with that function. Read by
 * src/interpret/duplication.ts.
 */
import type { Lang } from '../model/model.js';
import { byKey, words } from './words.js';

export type PerLanguage = Partial<Record<Lang, string[]>>;

export interface DuplicationTerms {
  buildVerbs: PerLanguage;
  terms: Record<string, PerLanguage>;
  weakTerms: Record<string, PerLanguage>;
}

const TERMS: DuplicationTerms = {
  buildVerbs: words('duplication', 'BUILD_VERBS'),
  terms: byKey(words('duplication', 'TERMS')),
  weakTerms: byKey(words('duplication', 'WEAK_TERMS')),
};

export function duplicationTerms(): DuplicationTerms {
  return TERMS;
}
