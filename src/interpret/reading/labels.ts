/**
 * The grammar of label lines, as authors write them in prose: "Label: value" at the start of a
 * line (bold or not), bold labels inside a line ("… i direktørområdet. **Projektejer:** Helle Birk
 * Jessen"), and the role line of a signature block. Works on a located line's text as a reader
 * sees it (markup already gone), so Markdown and Word read alike.
 */
import type { TextLine } from '../../model/document.js';
import { allPhrases, phraseAlternation, phraseMatches } from '../../lexicon/phrases.js';
import { COPULAS, FINANCED_BY, OWNED_BY } from '../../lexicon/sentence-labels.js';

export interface Label {
  label: string;
  /** Index of the label in the line's text. */
  labelAt: number;
  value: string;
  /** Index of the value in the line's text (its length when the value is empty). */
  valueAt: number;
}

/**
 * "Label: value" → the label and the value. The value is cut with string methods, not a regex: a
 * pattern with `\s*(.*?)\s*…\s*$` backtracks for minutes on a line with long runs of spaces.
 */
export function labelLine(text: string): Label | undefined {
  const head = /^(\s*)([^\s:][^:\n]{0,59}?)\s*:/.exec(text);
  // "… with Citizen Services. Project owner: …" is a sentence, then a label inside the line.
  if (!head || /[.!?]\s/.test(head[2]!)) return undefined;
  const rest = text.slice(head[0].length);
  const value = rest.trim();
  return { label: head[2]!, labelAt: head[1]!.length, value, valueAt: head[0].length + (value ? rest.indexOf(value) : rest.length) };
}

/**
 * "Standardisering – genbrug af ESDH og GIS": a label set off by a dash instead of a colon. Many
 * words before a dash are no label, so the caller takes it only when it names a field.
 */
export function dashLabel(text: string): Label | undefined {
  const head = /^(\s*)([^\s–—-][^–—:\n]{0,59}?)\s+[–—-]\s+/u.exec(text);
  if (!head || /[.!?]\s/.test(head[2]!)) return undefined;
  const value = text.slice(head[0].length).trim();
  return value ? { label: head[2]!, labelAt: head[1]!.length, value, valueAt: head[0].length } : undefined;
}

/**
 * Bold labels inside a line, not at its start: the label, and the value up to the next bold
 * label or the end of the line. A label is a bold span ending in a colon, or followed by one.
 */
export function boldLabels(line: TextLine): Label[] {
  const heads = line.strong.flatMap(([start, end]) => {
    const bold = line.text.slice(start, end);
    const after = /^\s*:/.exec(line.text.slice(end));
    const colon = bold.trimEnd().endsWith(':') ? end : after ? end + after[0].length : -1;
    const label = bold.trim().replace(/\s*:$/, '');
    if (colon < 0 || !label || label.length > 60 || label.includes(':')) return [];
    return [{ label, labelAt: start + bold.indexOf(label), valueFrom: colon }];
  });
  return heads.flatMap((head, index) => {
    const end = index + 1 < heads.length ? heads[index + 1]!.labelAt : line.text.length;
    const raw = line.text.slice(head.valueFrom, end);
    const value = raw.trim();
    if (!value || line.text.slice(0, head.labelAt).trim() === '') return [];
    return [{ label: head.label, labelAt: head.labelAt, value, valueAt: head.valueFrom + raw.indexOf(value) }];
  });
}

/** A line that is only a role, perhaps with a remark after a dash ("Projektejer – har godkendt …"). */
export function signatureRole(text: string): string | undefined {
  const role = text
    .trim()
    .split(/\s+[–—-]\s+|\s*,\s*|\s*\(/)[0]!
    .trim();
  return role && role.length <= 40 && !/[.:;]$/.test(role) ? role : undefined;
}

/** A label the author wrote as a label: capitalised and a few words ("Systemägarrepresentant"). */
export function looksLikeLabel(label: string): boolean {
  const text = label.trim();
  return /^\p{Lu}/u.test(text) && text.split(/\s+/).length <= 4;
}

/**
 * Where the sentence that starts at `from` ends: at a full stop, question or exclamation mark
 * followed by a capital letter, or at the end of the text. A stop after a day's number ("1.
 * September") or a single letter ("J. Hansen"), or before a number ("ca. 1,2 årsværk"), ends no
 * sentence; one after a year does ("… fra 2027. Direkte nytte …").
 */
export function sentenceEnd(text: string, from = 0): number {
  const stop = /(?<!(?<![\p{L}\p{N}])(?:\p{L}|\p{N}{1,2}))[.!?](?=\s+\p{Lu})/gu;
  stop.lastIndex = from;
  const found = stop.exec(text);
  return found ? found.index : text.trimEnd().length;
}

/** Whether the text's last full stop ends a sentence, as it would if a capital followed ("… i 2027." but not "… ca."). */
export function endsSentence(text: string): boolean {
  const end = text.trimEnd().length;
  return end > 0 && sentenceEnd(`${text.slice(0, end)} A`, end - 1) === end - 1;
}

/**
 * Labels after a sentence inside a line ("Alle beløb i t.kr. Finansiering: egen ramme.",
 * "… senest 1. september 2028. Ansvarlig: Jonas Friis, Borgmesterkontoret. Metoden …"): each
 * label with the value up to the end of its sentence. Which labels count is for the caller to
 * say (a known field, written as a label): a colon after a sentence is often just prose.
 */
export function innerLabels(text: string): Label[] {
  const found: Label[] = [];
  const head = /(?<=[.!?])(\s+)([\p{Lu}][^:.!?\n]{0,59}?)\s*:(?!\/\/)/gu;
  for (const match of text.matchAll(head)) {
    const valueFrom = match.index! + match[0].length;
    const end = sentenceEnd(text, valueFrom);
    const raw = text.slice(valueFrom, end);
    const value = raw.trim();
    if (!value) continue;
    found.push({ label: match[2]!, labelAt: match.index! + match[1]!.length, value, valueAt: valueFrom + raw.indexOf(value) });
  }
  return found;
}

let copulaLabel: RegExp | undefined;

/**
 * Labels a sentence states with a verb instead of a colon ("Systemägare är Socialnämnden.",
 * "Projektejer er Mette Jensen, afdelingschef."): a capitalised label of a few words opening the
 * line or a sentence, the copula, and the value up to the first comma or the sentence's end.
 * Which labels count is for the caller to say, as for `innerLabels`.
 */
export function sentenceLabels(text: string): Label[] {
  copulaLabel ??= new RegExp(`(?:^|(?<=[.!?])\\s+)(\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,2}?)\\s+(?:${phraseAlternation(allPhrases(COPULAS))})\\s+`, 'gu');
  const found: Label[] = [];
  for (const match of text.matchAll(copulaLabel)) {
    const label = match[1]!;
    const labelAt = match.index! + match[0].indexOf(label);
    const value = clauseAfter(text, match.index! + match[0].length);
    if (value) found.push({ label, labelAt, ...value });
  }
  return found;
}

let ownedByPhrases: string[] | undefined;
let financedByPhrases: string[] | undefined;

/** "Projektet ejes af Teknik og Miljø.": the words that say who owns it, and the owner up to the first comma or the sentence's end. */
export function ownedBy(text: string): Label | undefined {
  ownedByPhrases ??= allPhrases(OWNED_BY);
  return passiveLabel(text, ownedByPhrases);
}

/** "Finansieres af anlægspuljen til digitalisering (byrådsbeslutning …).": the words that say where the money comes from, and the source. */
export function financedBy(text: string): Label | undefined {
  financedByPhrases ??= allPhrases(FINANCED_BY);
  return passiveLabel(text, financedByPhrases);
}

/** The first of the passive phrases in the text as a label, and what follows it, up to the clause's end, as its value. */
function passiveLabel(text: string, phrases: readonly string[]): Label | undefined {
  const match = phraseMatches(text, phrases)[0];
  if (!match) return undefined;
  const value = clauseAfter(text, match.index + match.matched.length);
  return value ? { label: match.matched, labelAt: match.index, ...value } : undefined;
}

function clauseAfter(text: string, from: number): { value: string; valueAt: number } | undefined {
  const end = Math.min(sentenceEnd(text, from), ...[',', ';', ' – ', ' ('].map((mark) => text.indexOf(mark, from)).filter((at) => at >= from));
  const raw = text.slice(from, end);
  const value = raw.trim().replace(/[.]$/, '');
  return value ? { value, valueAt: from + raw.indexOf(value) } : undefined;
}
