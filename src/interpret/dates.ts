/**
 * Calendar dates as proposals write them (`schedule.start`, `schedule.end`): "2026-03-01" or
 * "2026-03" (ISO, the schema's form), also "1.3.2026" / "01/03/2026". A month without a day
 * means its first day as a start and its last day as an end. All arithmetic is in UTC days,
 * so no time zone moves a date.
 */
import type { ModelNode } from '../model/model.js';

export interface Day {
  year: number;
  month: number;
  day: number;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function valid(year: number, month: number, day: number): Day | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  return { year, month, day };
}

/** The day a text names; `edge` decides which day a bare month means. */
export function parseDay(value: unknown, edge: 'start' | 'end' = 'start'): Day | undefined {
  if (value instanceof Date) return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  let match = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    if (match[3] !== undefined) return valid(year, month, Number(match[3]));
    if (month < 1 || month > 12) return undefined;
    return { year, month, day: edge === 'start' ? 1 : daysIn(year, month) };
  }
  match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  if (match) return valid(Number(match[3]), Number(match[2]), Number(match[1]));
  return undefined;
}

/** The day a date node holds, or undefined when absent or not a date. */
export function dayOf(node: ModelNode | undefined, edge: 'start' | 'end' = 'start'): Day | undefined {
  return node?.kind === 'scalar' ? parseDay(node.value, edge) : undefined;
}

export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The same day `months` later; the 31st falls back to the month's last day ("2026-08-31" + 6 → "2027-02-28"). */
export function addMonths(day: Day, months: number): Day {
  const index = day.year * 12 + (day.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(day.day, daysIn(year, month)) };
}

export function formatDay(day: Day): string {
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}
