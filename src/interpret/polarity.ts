/**
 * Statement polarity: whether a sentence states a thing as so, as not so, as put off, or as
 * planned — computed once here so that no rule takes a *mention* for *fulfilment*. A risk
 * assessment that "vil bli gjennomført når leverandøren er valgt", an IT council that "kommer
 * att informeras senare", a platform that "vi anvender ikke": each names the thing and fulfils
 * nothing.
 *
 * As NegEx does in clinical text: a trigger word (src/lexicon/polarity.ts, one list per concept
 * and language) and a scope. The scope is the clause: a sentence, cut where a contrast or a new
 * clause begins ("…, men …", "…; …", "…, and …"). Pseudo-triggers ("not only", "ikke kun", "no
 * later than") are removed first. Then, in this order:
 *   deferred              a deferral trigger: "senere", "when the supplier has been chosen", "vurderes nærmere"
 *   negated               a negation trigger: "ikke", "inte", "not", "uden", "saknas"
 *   planned-with-date     a plan trigger ("skal", "vil bli", "ska", "will", "planlagt") with a date
 *                         ("2026-09-01", "senest 1. september 2026", "Q3 2026") or an anchoring
 *                         event before the decision or go-live ("før kontrakten", "before go-live")
 *   planned-without-date  a plan trigger and nothing that dates it
 *   affirmed              none of these
 * A rule decides which polarities fulfil its clause (`fulfils`): a plan with a date may, where
 * the clause allows it; deferred and negated never do.
 */
import type { TextHit } from '../model/access.js';
import type { ModelNode } from '../model/model.js';
import { isGiven } from './given.js';
import { ANCHOR, CLAUSE_BREAK, CLAUSE_JOINERS, DEFERRAL, PLAN, PSEUDO_NEGATION } from '../lexicon/polarity.js';
import { ABSENCE, NEGATION, NONE, NOT_YET, OPTING_OUT } from '../lexicon/negation.js';
import { allPhrases, phraseAlternation, phraseMatches } from '../lexicon/phrases.js';
import { deadlineIn } from './metric-quality.js';

export type Polarity = 'affirmed' | 'negated' | 'deferred' | 'planned-with-date' | 'planned-without-date';

const NEGATION_WORDS = [...allPhrases(NEGATION), ...allPhrases(NONE), ...allPhrases(ABSENCE), ...allPhrases(OPTING_OUT)];
const PSEUDO_WORDS = allPhrases(PSEUDO_NEGATION);
const DEFERRAL_WORDS = [...allPhrases(DEFERRAL), ...allPhrases(NOT_YET)];
const PLAN_WORDS = allPhrases(PLAN);
const ANCHOR_WORDS = allPhrases(ANCHOR);
const BREAK_WORDS = allPhrases(CLAUSE_BREAK);

/** A stretch of a text: its offset and length in that text. */
export interface Span {
  index: number;
  length: number;
}

/** A clause of a text, with the sentence it is part of. */
export interface Clause extends Span {
  text: string;
  sentence: Span;
  polarity: Polarity;
}

/**
 * Sentences end at ".", "!" or "?" followed by space and a capital, a digit or an opening mark
 * ("1. september" and "f.eks. WCAG" do not end one), and at a line break — except one that
 * wraps a sentence onto a line going on in lower case ("Det inngås ikke egen\ndatabehandleravtale").
 */
const SENTENCE_END = /[.!?](?=\s+[\p{Lu}\p{N}"“„«(*[])|\n+(?![ \t]*\p{Ll})/gu;
/** Inside a sentence: "; " and ", og/and/och/samt/mens/while …" start a new clause. */
const CLAUSE_PUNCTUATION = new RegExp(`;\\s*|,\\s+(?=(?:${phraseAlternation(allPhrases(CLAUSE_JOINERS))})(?![\\p{L}\\p{N}]))`, 'giu');

function spans(text: string, boundary: RegExp, from: number, to: number): Span[] {
  const result: Span[] = [];
  let start = from;
  boundary.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let match = boundary.exec(slice); match; match = boundary.exec(slice)) {
    const end = from + match.index + match[0].length;
    const span = trimmed(text, start, end);
    if (span) result.push(span);
    start = end;
    if (match[0].length === 0) boundary.lastIndex++;
  }
  const last = trimmed(text, start, to);
  if (last) result.push(last);
  return result;
}

/** The span from `start` to `end` without the white space at either end; undefined when nothing is left. */
function trimmed(text: string, start: number, end: number): Span | undefined {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(text[from]!)) from++;
  while (to > from && /\s/u.test(text[to - 1]!)) to--;
  return to > from ? { index: from, length: to - from } : undefined;
}

/** Where the clause breaks of a sentence are ("men", "but", "i stället"): the word starts the next clause. */
function clauseSpans(text: string, sentence: Span): Span[] {
  const cuts = new Set<number>();
  for (const part of spans(text, CLAUSE_PUNCTUATION, sentence.index, sentence.index + sentence.length)) if (part.index > sentence.index) cuts.add(part.index);
  const body = text.slice(sentence.index, sentence.index + sentence.length);
  for (const match of phraseMatches(body, BREAK_WORDS)) if (match.index > 0) cuts.add(sentence.index + match.index);
  const points = [sentence.index, ...[...cuts].sort((a, b) => a - b), sentence.index + sentence.length];
  const result: Span[] = [];
  for (let i = 0; i + 1 < points.length; i++) if (points[i + 1]! > points[i]!) result.push({ index: points[i]!, length: points[i + 1]! - points[i]! });
  return result;
}

/** The polarity of one clause (or of a short value such as a YAML field's). */
export function polarityOf(clause: string): Polarity {
  let text = clause;
  for (const pseudo of phraseMatches(clause, PSEUDO_WORDS))
    text = text.slice(0, pseudo.index) + ' '.repeat(pseudo.matched.length) + text.slice(pseudo.index + pseudo.matched.length);
  if (phraseMatches(text, DEFERRAL_WORDS).length) return 'deferred';
  if (phraseMatches(text, NEGATION_WORDS).length) return 'negated';
  if (phraseMatches(text, PLAN_WORDS).length)
    return deadlineIn(text) !== undefined || phraseMatches(text, ANCHOR_WORDS).length ? 'planned-with-date' : 'planned-without-date';
  return 'affirmed';
}

const clauseCache = new Map<string, Clause[]>();

/** The clauses of a text, each with its sentence and polarity. */
export function clausesOf(text: string): Clause[] {
  let cached = clauseCache.get(text);
  if (cached) return cached;
  cached = [];
  for (const sentence of spans(text, SENTENCE_END, 0, text.length)) {
    for (const span of clauseSpans(text, sentence)) {
      const clause = text.slice(span.index, span.index + span.length);
      if (clause.trim()) cached.push({ ...span, text: clause, sentence, polarity: polarityOf(clause) });
    }
  }
  if (clauseCache.size > 500) clauseCache.clear();
  clauseCache.set(text, cached);
  return cached;
}

/** The clause (of clauses in text order) that holds the offset: a binary search, as a long text has thousands. */
function clauseHolding(clauses: readonly Clause[], index: number): Clause | undefined {
  let low = 0;
  let high = clauses.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const clause = clauses[middle]!;
    if (index < clause.index) high = middle - 1;
    else if (index >= clause.index + clause.length) low = middle + 1;
    else return clause;
  }
  return undefined;
}

/**
 * The clause of `text` that holds the offset `index`. What follows a label's colon is a clause
 * of its own for what it names ("Inga dubblerade funktioner: e-tjänstplattformen och
 * id-portalen återanvänds"), while the label is read with its value ("Digital Post: anvendes
 * ikke").
 */
export function clauseAt(text: string, index: number): Clause | undefined {
  const clause = clauseHolding(clausesOf(text), index);
  if (!clause) return undefined;
  const colon = clause.text.indexOf(': ');
  if (colon <= 0 || clause.index + colon + 2 > index) return clause;
  const rest = clause.text.slice(colon + 2);
  return { index: clause.index + colon + 2, length: rest.length, text: rest, sentence: clause.sentence, polarity: polarityOf(rest) };
}

/** One place a text names a thing, and what the clause around it says of it. */
export interface Mention {
  hit: TextHit;
  /** The phrase of the list that matched, where, and as written. */
  phrase: string;
  index: number;
  matched: string;
  polarity: Polarity;
  clause: Clause;
}

/** One place a text names a thing (without the `TextHit` it is in). */
export type TextMention = Omit<Mention, 'hit'>;

/**
 * Every place a text names one of `phrases`, each with the polarity of its clause. A phrase that
 * carries its own negation ("anvender ikke", "does not use") is a thing of its own: the triggers
 * inside the matched words do not count, only those around them ("Der er ikke behov for at
 * afvige" denies a deviation; "Vi anvender ikke Digital Post" states one).
 */
export function mentionsInText(text: string, phrases: readonly string[]): TextMention[] {
  const result: TextMention[] = [];
  for (const match of phraseMatches(text, phrases)) {
    const clause = clauseAt(text, match.index);
    if (!clause) continue;
    const from = match.index - clause.index;
    const rest = clause.text.slice(0, from) + ' '.repeat(match.matched.length) + clause.text.slice(from + match.matched.length);
    result.push({
      phrase: match.phrase,
      index: match.index,
      matched: match.matched,
      polarity: rest === clause.text ? clause.polarity : polarityOf(rest),
      clause,
    });
  }
  return result;
}

/** Every place the texts name one of `phrases`, each with its polarity. */
export function mentionsIn(hits: readonly TextHit[], phrases: readonly string[]): Mention[] {
  // A loop, not flatMap: rules ask this of every text of a proposal, and most have no mention.
  const mentions: Mention[] = [];
  for (const hit of hits) for (const mention of mentionsInText(hit.text, phrases)) mentions.push({ hit, ...mention });
  return mentions;
}

/** What a rule accepts as fulfilment: an affirmed statement, and a plan where the clause allows it. */
export interface FulfilmentOptions {
  /** Whether a plan counts: with a date only, with or without one, or not at all (default: with a date). */
  planned?: 'with-date' | 'any' | 'none';
}

export function fulfils(polarity: Polarity, options: FulfilmentOptions = {}): boolean {
  const planned = options.planned ?? 'with-date';
  switch (polarity) {
    case 'affirmed':
      return true;
    case 'planned-with-date':
      return planned !== 'none';
    case 'planned-without-date':
      return planned === 'any';
    default:
      return false;
  }
}

/** What the texts say of a thing: the first mention that fulfils the clause, or else the first that does not (put off, denied, planned without a date). */
export interface Fulfilment {
  fulfilled?: Mention;
  unfulfilled?: Mention;
}

export function fulfilment(hits: readonly TextHit[], phrases: readonly string[], options: FulfilmentOptions = {}): Fulfilment {
  const mentions = mentionsIn(hits, phrases);
  const fulfilled = mentions.find((mention) => fulfils(mention.polarity, options));
  if (fulfilled) return { fulfilled };
  return mentions[0] ? { unfulfilled: mentions[0] } : {};
}

/**
 * Whether a value states something: it is given (not empty, not a placeholder) and at least one
 * of its clauses is not put off or denied ("Metode: aftales senere", "Date: to be decided later"
 * state nothing).
 */
export function isStated(node: ModelNode | undefined): boolean {
  if (!isGiven(node)) return false;
  if (node?.kind !== 'scalar' || typeof node.value !== 'string') return true;
  return clausesOf(node.value).some((clause) => clause.polarity !== 'deferred' && clause.polarity !== 'negated');
}

/**
 * Whether a prose text says anything now: some clause of it is not put off ("Arbejdsgangen
 * beskrives, når leverandøren er valgt" says nothing yet). A denial is a statement ("Projektet
 * har ingen konsekvenser for andre områder").
 */
export function saysSomethingNow(text: string): boolean {
  const clauses = clausesOf(text);
  return clauses.length === 0 || clauses.some((clause) => clause.polarity !== 'deferred');
}

/** Whether a field's text opens by denying or putting off what it is about ("Inte aktuellt.", "Vurderes senere, når …"). */
export function deniedOrPutOff(text: string): boolean {
  const first = clausesOf(text)[0];
  return first !== undefined && (first.polarity === 'negated' || first.polarity === 'deferred');
}

/** The first sentence of a text, as written (for a message that quotes it). */
export function firstSentence(text: string): string {
  const first = clausesOf(text)[0];
  return first ? text.slice(first.sentence.index, first.sentence.index + first.sentence.length).trim() : text.trim();
}
