/**
 * A project's period stated in a sentence, as reviewers read it: "Projektet genomförs
 * 2027-02-01–2027-12-15", "Projektet løber fra 1. marts til 31. oktober 2027", "from 1 March
 * 2027 to 28 February 2028", "för perioden 2027–2029". Two dates joined by a dash or a "to"
 * word, the first taking its year from the second when it has none. A span of bare years is the
 * project's only beside a word that says so (a benefit horizon "2027–2031" is not a schedule).
 */
import { rangeIn, type TextLine } from '../../model/document.js';
import type { MapNode, Range } from '../../model/model.js';
import { allPhrases, phraseAlternation, phraseMatches } from '../../lexicon/phrases.js';
import { MONTHS, PROJECT_PERIOD, TO_WORDS } from '../../lexicon/ranges.js';
import { formatDay, parseDay } from '../dates.js';

type Precision = 'day' | 'month' | 'year';

interface WrittenDate {
  year?: number;
  month?: number;
  day?: number;
  precision: Precision;
  index: number;
  length: number;
}

let datePattern: RegExp | undefined;
let joiner: RegExp | undefined;
let monthOf: Map<string, number> | undefined;
const periodWords = allPhrases(PROJECT_PERIOD);

/** The first span of dates the lines state, as `schedule` with `start` and `end`, each where it is written. */
export function scheduleIn(lines: readonly TextLine[]): MapNode | undefined {
  for (const line of lines) {
    const span = spanIn(line);
    if (span) return span;
  }
  return undefined;
}

/** Four digits in a row: a span ends with a year, and every form writes its year so. */
const YEAR_DIGITS = /[0-9]{4}/;

function spanIn(line: TextLine): MapNode | undefined {
  // Most lines have no year, and the date pattern is costly to run.
  if (!YEAR_DIGITS.test(line.text)) return undefined;
  const dates = datesIn(line.text);
  for (let index = 0; index + 1 < dates.length; index++) {
    const first = dates[index]!;
    const second = dates[index + 1]!;
    const between = line.text.slice(first.index + first.length, second.index);
    joiner ??= new RegExp(`^\\s*(?:[–—-]|(?:${phraseAlternation(allPhrases(TO_WORDS))}))\\s*$`, 'iu');
    if (!joiner.test(between) || second.year === undefined) continue;
    const start = { ...first, year: first.year ?? second.year, precision: first.precision === 'day' && first.year === undefined ? 'day' : first.precision };
    if (start.precision === 'year' || second.precision === 'year') {
      if (start.precision !== second.precision || !phraseMatches(line.text, periodWords).length) continue;
    }
    if (start.year! > second.year || (start.year === second.year && (start.month ?? 1) > (second.month ?? 12))) continue;
    const from = start as WrittenDate & { year: number };
    const to = second as WrittenDate & { year: number };
    // "31. februar" is no day: a typing slip, not a schedule to check.
    if (!parseDay(iso(from, 'start'), 'start') || !parseDay(iso(to, 'end'), 'end')) continue;
    return schedule(line, from, to);
  }
  return undefined;
}

function schedule(line: TextLine, start: WrittenDate & { year: number }, end: WrittenDate & { year: number }): MapNode {
  const startRange = rangeIn(line, start.index, start.index + start.length);
  const endRange = rangeIn(line, end.index, end.index + end.length);
  const range: Range = { ...startRange, endLine: endRange.endLine, endColumn: endRange.endColumn };
  const scalar = (key: string, value: string, at: Range) => ({ kind: 'scalar' as const, value, range: at, keyRange: at, key });
  return {
    kind: 'map',
    entries: new Map([
      ['start', scalar('start', iso(start, 'start'), startRange)],
      ['end', scalar('end', iso(end, 'end'), endRange)],
    ]),
    range,
  };
}

/** As the schema writes a date: a day, or a month (read as its first or last day by `dayOf`). */
function iso(date: WrittenDate & { year: number }, edge: 'start' | 'end'): string {
  const month = date.month ?? (edge === 'start' ? 1 : 12);
  if (date.precision === 'day' && date.day !== undefined) return formatDay({ year: date.year, month, day: date.day });
  return `${date.year}-${String(month).padStart(2, '0')}`;
}

/** Every date a text writes, in order: ISO, "1.3.2027", "1. marts 2027", "15 March 2027", "March 2027", "2027". */
function datesIn(text: string): WrittenDate[] {
  if (!datePattern || !monthOf) {
    monthOf = new Map(Object.values(MONTHS).flatMap((names) => (names ?? []).map((name, index) => [name, index + 1] as [string, number])));
    const month = [...monthOf.keys()].sort((a, b) => b.length - a.length).join('|');
    datePattern = new RegExp(
      [
        '(?<iso>(?<isoYear>\\d{4})-(?<isoMonth>\\d{1,2})(?:-(?<isoDay>\\d{1,2}))?)(?!\\d)',
        '(?<numeric>(?<numDay>\\d{1,2})[./](?<numMonth>\\d{1,2})[./](?<numYear>\\d{4}))',
        `(?<written>(?<wDay>\\d{1,2})\\.?\\s+(?<wMonth>${month})(?:\\s+(?<wYear>\\d{4}))?)`,
        `(?<english>(?<eMonth>${month})\\s+(?<eDay>\\d{1,2}),?\\s+(?<eYear>\\d{4}))`,
        `(?<monthYear>(?<mMonth>${month})\\s+(?<mYear>\\d{4}))`,
        '(?<year>(?:19|20)\\d\\d)',
      ]
        .map((alternative) => `(?<![\\p{L}\\p{N}])${alternative}(?![\\p{L}\\p{N}])`)
        .join('|'),
      'giu',
    );
  }
  const months = monthOf;
  const found: WrittenDate[] = [];
  for (const match of text.matchAll(datePattern)) {
    const g = match.groups!;
    const at = { index: match.index!, length: match[0].length };
    const month = (name: string | undefined) => (name ? months.get(name.toLowerCase()) : undefined);
    if (g.iso) found.push({ year: +g.isoYear!, month: +g.isoMonth!, ...(g.isoDay ? { day: +g.isoDay } : {}), precision: g.isoDay ? 'day' : 'month', ...at });
    else if (g.numeric) found.push({ year: +g.numYear!, month: +g.numMonth!, day: +g.numDay!, precision: 'day', ...at });
    else if (g.written) found.push({ ...(g.wYear ? { year: +g.wYear } : {}), month: month(g.wMonth), day: +g.wDay!, precision: 'day', ...at });
    else if (g.english) found.push({ year: +g.eYear!, month: month(g.eMonth), day: +g.eDay!, precision: 'day', ...at });
    else if (g.monthYear) found.push({ year: +g.mYear!, month: month(g.mMonth), precision: 'month', ...at });
    else if (g.year) found.push({ year: +g.year, precision: 'year', ...at });
  }
  return found.filter((date) => date.month === undefined || (date.month >= 1 && date.month <= 12));
}
