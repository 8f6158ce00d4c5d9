/**
 * Who an owner field names: one person or body, or several joined by "og", "och", "and", "&",
 * "/", "," … (ESB-8a "en entydig ejer", STH-4c). A conjunction inside a unit's name is not a
 * second owner: "direktør for Kultur og Fritid", "Kultur- og fritidsudvalget", "Teknik & Miljø",
 * "Socialförvaltningen (nämnd: Socialnämnden)". The text is split only where both sides look
 * like owners of their own: a personal name (two capitalised words), a body (a word such as
 * "-nämnden", "-udvalget", "-forvaltningen", "-etaten") or a role ("direktør", "IT-chef",
 * "kommunalsjef").
 */

import {
  ACTING_THROUGH,
  AND_OTHERS as AND_OTHERS_WORDS,
  COMMITTEES,
  endsInForm,
  OWNER_COPULA,
  OWNER_JOINERS,
  RELATIVE_PRONOUN,
  ROLE_ENDINGS,
  UNIT_PREPOSITIONS,
  UNITS,
} from '../lexicon/bodies.js';
import { allPhrases } from '../lexicon/phrases.js';
import { fieldVocab } from '../lexicon/vocabulary.js';
import type { ModelNode } from '../model/model.js';
import { get, textOf } from '../model/access.js';
import { isGiven } from './given.js';
import { ownedBy } from './reading/labels.js';

type OwnerKind = 'person' | 'body' | 'role';

/** The words as one alternation of literal strings, longest first ("og/eller" before "og"). */
function alternatives(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');
}

/**
 * Separators between owners, longest first so "og/eller" is not read as "og". The slash of
 * "v/" (ved) and "c/o" is not one: "Børne- og Familieafdelingen v/ afdelingschef Hanne Lund"
 * is a unit and the person who answers for it.
 */
const SEPARATOR = new RegExp(
  `\\s+(?:${alternatives([...allPhrases(OWNER_JOINERS), '&', '+'])})\\s+|(?<!(?<![\\p{L}\\p{N}])[vVcC])\\s*\\/\\s*|\\s*[,;]\\s+`,
  'giu',
);
/** "Mette Jensen m.fl.": the author says there are more. */
const AND_OTHERS = new RegExp(`\\s+(?:${alternatives(allPhrases(AND_OTHERS_WORDS))})\\s*$`, 'iu');
/** Words after which a conjunction joins parts of a unit's name ("direktør for Kultur og Fritid"). */
const UNIT_PREPOSITION = new RegExp(`^(?:${alternatives(allPhrases(UNIT_PREPOSITIONS))})$`, 'iu');
/** A committee or a unit (src/lexicon/bodies.ts), as a word or the end of one. */
const BODY_FORMS = [...allPhrases(COMMITTEES), ...allPhrases(UNITS)];
const isBodyWord = (word: string): boolean => endsInForm(word, BODY_FORMS);
const ROLE_WORD = new RegExp(`(?:${alternatives(allPhrases(ROLE_ENDINGS))})$`, 'iu');
const CAPITALISED = /^\p{Lu}[\p{L}'’.-]*$/u;
const PARTICLE = /^(?:af|av|von|van|de|der|den|la|le|da|di|du)$/u;

function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/[,;:]+$/, ''))
    .filter(Boolean);
}

/** The words of a segment before its first preposition: where its head noun is. */
function headWords(segment: string): string[] {
  const all = words(segment);
  const stop = all.findIndex((word, index) => index > 0 && UNIT_PREPOSITION.test(word));
  return stop < 0 ? all : all.slice(0, stop);
}

function isPersonName(segment: string): boolean {
  const head = words(segment).filter((word) => !PARTICLE.test(word));
  // "Mette Jensen", "rektor Ola Hansen", "Direktør Mette Jensen": two capitalised words in a row.
  for (let index = 0; index + 1 < head.length; index++) {
    if (CAPITALISED.test(head[index]!) && CAPITALISED.test(head[index + 1]!) && !ROLE_WORD.test(head[index]!)) return true;
  }
  return false;
}

function kindOf(segment: string): OwnerKind | undefined {
  // "Mette Jensen, direktør for …": an apposition is of the kind of what it opens with.
  const comma = segment.indexOf(',');
  if (comma > 0) {
    const first = kindOf(segment.slice(0, comma));
    if (first) return first;
  }
  const head = headWords(segment);
  if (!head.length) return undefined;
  // The title's head noun may come first ("Direktør Mette Jensen", "Head of HR") or last
  // ("Library Services Manager", "Sundheds- og omsorgschef"): a person only if a name follows it.
  let role = -1;
  head.forEach((word, index) => {
    if (ROLE_WORD.test(word)) role = index;
  });
  if (role === 0 || (role > 0 && !head.slice(0, role).some((word) => isBodyWord(word)))) {
    return isPersonName(head.slice(role + 1).join(' ')) ? 'person' : 'role';
  }
  if (head.some((word) => isBodyWord(word))) return 'body';
  if (isPersonName(head.join(' '))) return 'person';
  return undefined;
}

function inUnitContext(owner: string): boolean {
  return words(owner).some((word, index) => index > 0 && UNIT_PREPOSITION.test(word));
}

/** Whether a text opens with a title: "director Ole Hansen", or "Ole Hansen, direktør for …". */
function opensWithTitle(rest: string): boolean {
  const [name, apposition] = rest.split(/,\s*/, 2);
  return [...words(name ?? ''), ...words(apposition ?? '').slice(0, 1)].some((word) => ROLE_WORD.test(word));
}

/** Does the separator between `owner` (so far) and `next` (then `rest`, the text after the separator) start a second owner? */
function startsNewOwner(owner: string, separator: string, next: string, rest: string): boolean {
  if (/-$/.test(owner)) return false; // "Kultur- og fritidsudvalget"
  const left = kindOf(owner);
  const right = kindOf(next);
  if (!left || !right) return false;
  // "Jytte Mortensen, Head of Elderly Care, Health and Elderly Care": after a person's name a
  // comma opens their title and unit (Title Case in English); a conjunction inside it joins the
  // unit's words, and only a new title with its holder ("and director Ole Hansen") starts over.
  const comma = owner.indexOf(',');
  if (comma > 0 && kindOf(owner.slice(0, comma)) === 'person' && !/[,;/]/.test(separator) && !opensWithTitle(rest)) return false;
  // "Kommunalsjef helse og omsorg Per Olsen": a conjunction between the lower-case words of a
  // title's area joins the area, not two owners.
  if (left === 'role' && !/[,;/]/.test(separator) && /^\p{Ll}/u.test(next) && !ROLE_WORD.test(words(next)[0] ?? '')) return false;
  // "Anna Hansen, direktør for …" is an apposition; "Mette Jensen, Ole Hansen" is a list.
  if (/^[\s,;]+$/.test(separator)) return left === right;
  // Inside "direktør for Kultur og …" only a new role or an owner of the same kind starts over.
  if (inUnitContext(owner)) return right === 'role' || right === left;
  return true;
}

const LABELS = alternatives(Object.values(fieldVocab('owner')?.aliases ?? {}).flat());
const COPULA = alternatives(allPhrases(OWNER_COPULA));
/** "Systemägare är X", "The system owner is X", "Ejer: X er …" → X. */
const LABEL_IS = new RegExp(`^(?:the\\s+)?(?:${LABELS})\\s+(?:${COPULA})\\s+(.+)$`, 'iu');
/** "X är projektägare", "X er projektejer", "X is the project owner" → X. */
const IS_LABEL = new RegExp(`^(.+?)\\s+(?:${COPULA})\\s+(?:the\\s+|den\\s+|det\\s+)?(?:${LABELS})(?![\\p{L}\\p{N}])`, 'iu');
/** ", som har accepterat …", ", which accepted …": a relative clause about the owner. */
const RELATIVE = new RegExp(`,\\s+(?:${alternatives(allPhrases(RELATIVE_PRONOUN))})(?![\\p{L}\\p{N}]).*$`, 'iu');

/** ", genom systemägarrepresentant …", ", represented by …": the one who acts for the owner, not a second owner. */
const THROUGH = new RegExp(`,\\s+(?:${alternatives(allPhrases(ACTING_THROUGH))})(?![\\p{L}\\p{N}]).*$`, 'iu');

/** The owner a sentence about ownership names, without the label, the copula or the passive, a relative clause and the one who acts for it. */
function statedOwner(sentence: string): string {
  // "Løsningen ejes i fællesskab af dagtilbudschef Pia Rask og skolechef Henrik Mølgaard, da …".
  const named = LABEL_IS.exec(sentence)?.[1] ?? IS_LABEL.exec(sentence)?.[1] ?? ownedBy(sentence)?.value ?? sentence;
  return named.replace(RELATIVE, '').replace(THROUGH, '').trim();
}

/**
 * The owners a text names, in order; one element when it names one owner (or nothing
 * recognisable as several). Parenthesised asides are left out of the names.
 */
export function ownersNamed(text: string): string[] {
  // The owner is named in the first sentence; what follows describes them ("Systemägarrepresentant
  // är förvaltningschef Eva Berg, idrottsförvaltningen.") and names no second owner. A sentence
  // may end after a parenthesis or a number ("… (beslut 2026-10-22 § 7). Systemägarrepresentant …").
  const firstSentence = text.split(/(?<=[\p{Ll}\p{N})][.!?])\s+(?=\p{Lu})/u)[0]!;
  let bare = statedOwner(
    firstSentence
      .replace(/\s*[([][^()[\]]*[)\]]/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  const others = AND_OTHERS.exec(bare);
  const extra: string[] = [];
  if (others) {
    extra.push(others[0].trim());
    bare = bare.slice(0, others.index);
  }
  const owners: string[] = [];
  let current = '';
  let last = 0;
  const separators = [...bare.matchAll(SEPARATOR)];
  for (const [index, match] of separators.entries()) {
    const segment = bare.slice(last, match.index);
    current += segment;
    const nextEnd = separators[index + 1]?.index ?? bare.length;
    const next = bare.slice(match.index + match[0].length, nextEnd);
    if (current.trim() && startsNewOwner(current.trim(), match[0], next, bare.slice(match.index + match[0].length))) {
      owners.push(current.trim());
      current = '';
    } else {
      current += match[0];
    }
    last = match.index + match[0].length;
  }
  current += bare.slice(last);
  if (current.trim()) owners.push(current.trim());
  return [...owners, ...extra];
}

/**
 * The node that names the accountable owner: the owner field itself, or in an owner written as
 * `{name, role, body}` its name, else its body. Undefined when there is no owner or no such key.
 */
export function ownerNameNode(owner: ModelNode | undefined): ModelNode | undefined {
  if (owner?.kind !== 'map') return owner;
  return get(owner, 'name') ?? get(owner, 'body');
}

/**
 * Who the proposal names as its owner(s), read one way for every reader — the single-owner
 * rule counts them, the reports show them: the given values of the owner's name node, each
 * split into the owners its first sentence names.
 */
export function namedOwners(owner: ModelNode | undefined): string[] {
  const node = ownerNameNode(owner);
  if (!node) return [];
  if (node.kind === 'list') return node.items.flatMap((item) => namedOwners(item));
  if (node.kind !== 'scalar' || !isGiven(node)) return [];
  return ownersNamed(textOf(node)).map((name) => name.replace(/[\s.,;:|]+$/, ''));
}
