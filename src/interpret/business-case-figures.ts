/**
 * The figures reviewers compute from a business case: totals per kind and year, net benefit
 * over the horizon, payback year and net present value at the country's official real
 * discount rate (DOMAIN-RESEARCH §2). Pure arithmetic on the located model.
 */
import type { MapNode, ModelNode, Proposal } from '../model/model.js';
import { asList, get, textOf } from '../model/access.js';
import { costKind } from './cost-kind.js';
import { currencyOfLanguage, discountRatesByCurrency } from '../lexicon/strategies.js';
import { businessCaseCurrency } from './currency.js';

/**
 * Real discount rates per currency, from the strategies' data (data/strategies/): Denmark 3.5 %
 * (Finansministeriet, note of 7 Jan 2021, years 0–35); Norway 4 % (R-109/2021, years 0–40);
 * Sweden has no government-wide rate — 3.5 % is the transport sector's ASEK rate, a
 * configurable default only. EUR, which no strategy counts in, 3.5 %.
 */
export function defaultDiscountRates(): Record<string, number> {
  return { ...discountRatesByCurrency(), EUR: 0.035 };
}

export interface BusinessCaseFigures {
  currency: string;
  /** `unclassified`: cost lines that state no kind and whose words name none. */
  costs: { investment: number; operating: number; unclassified: number; total: number };
  /** Benefit lines without an amount (qualitative, or financial but not priced yet). */
  benefits: { financial: number; unpricedLines: number };
  /** Net (financial benefits − costs) per year, in year order. */
  years: { year: number; costs: number; benefits: number; net: number; cumulative: number }[];
  horizonYears: number;
  net: number;
  /** First year the cumulative net is ≥ 0; null when it never is within the horizon. */
  paybackYear: number | null;
  discountRate: number;
  discountRateSource: 'proposal' | 'default';
  npv: number;
}

interface Line {
  amount: number;
  year: number | undefined;
  /** A cost line's kind (src/interpret/cost-kind.ts); a benefit line's stated kind. */
  kind: string | undefined;
}

/**
 * The domains of the numbers figures are computed from — the same as the JSON Schema's
 * (schemas/proposal.schema.json), which reports a value outside them as a located `schema`
 * finding. Here such a value is left out, so the figures never crash, never loop over a
 * value's magnitude and never print NaN or Infinity.
 */
export const MAX_AMOUNT = 1e15;
export const MAX_HORIZON_YEARS = 100;
/** Project years (1, 2, 3 …) or budget years. */
export const PROJECT_YEARS = { min: 1, max: 100 } as const;
export const CALENDAR_YEARS = { min: 1900, max: 2200 } as const;
/** A real discount rate as a fraction (0.035) or in percent (3.5), at most this many percent. */
export const MAX_DISCOUNT_RATE = 25;

export function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_AMOUNT;
}

export function isYear(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    ((value >= PROJECT_YEARS.min && value <= PROJECT_YEARS.max) || (value >= CALENDAR_YEARS.min && value <= CALENDAR_YEARS.max))
  );
}

function isHorizon(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_HORIZON_YEARS;
}

function isRate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_DISCOUNT_RATE;
}

/** Lines with an amount in its domain; a year outside its domain is as good as none given. */
function lines(list: ModelNode | undefined, kindOf: (line: ModelNode) => string | undefined): Line[] {
  return asList(list).flatMap((node) => {
    if (node.kind !== 'map') return [];
    const amount = node.entries.get('amount');
    if (amount?.kind !== 'scalar' || !isAmount(amount.value)) return [];
    const year = node.entries.get('year');
    return [
      {
        amount: amount.value,
        year: year?.kind === 'scalar' && isYear(year.value) ? year.value : undefined,
        kind: kindOf(node),
      },
    ];
  });
}

/** A rate written as a fraction (0.035) or a percentage (3.5). */
export function rateOf(value: number): number {
  return value >= 1 ? value / 100 : value;
}

/**
 * `strategies`: those in force — they settle which krone "kr." is (src/interpret/currency.ts).
 * A currency nothing settles is, for the figures only, the language's, else DKK (the rule
 * reports it as missing).
 */
export function businessCaseFigures(
  proposal: Proposal,
  defaultRates: Record<string, number> = defaultDiscountRates(),
  strategies: ReadonlySet<string> = new Set(),
): BusinessCaseFigures | undefined {
  const businessCase = get(proposal, 'businessCase');
  if (businessCase?.kind !== 'map') return undefined;
  const costs = lines(get(proposal, 'businessCase.costs'), costKind);
  const benefitNodes = asList(get(proposal, 'businessCase.benefits'));
  const benefits = lines(get(proposal, 'businessCase.benefits'), (line) => textOf(get(line as MapNode, 'kind'))).filter((line) => line.kind !== 'qualitative');
  if (!costs.length && !benefits.length) return undefined;
  const currency = (businessCaseCurrency(proposal, strategies)?.code || currencyOfLanguage(proposal.language) || 'DKK').toUpperCase();

  // The years the lines name; a line with no year falls in the first.
  const known = [...new Set([...costs, ...benefits].map((line) => line.year).filter((year): year is number => year !== undefined))].sort((a, b) => a - b);
  const firstYear = known.length ? known[0]! : 0;
  const lastYear = known.length ? known[known.length - 1]! : 0;
  const statedHorizon = get(proposal, 'businessCase.horizonYears');
  const horizon = statedHorizon?.kind === 'scalar' && isHorizon(statedHorizon.value) ? statedHorizon.value : 0;
  // One row per year the lines name. The years between them, and those up to the stated
  // horizon, get a row too — when the whole span is within the longest horizon (project years
  // mixed with budget years are not one span of 2 000 years).
  const rows = new Set(known.length ? known : [firstYear]);
  const span = Math.max(lastYear - firstYear + 1, horizon);
  if (span <= MAX_HORIZON_YEARS) for (let offset = 0; offset < span; offset++) rows.add(firstYear + offset);
  const byYear = new Map<number, { costs: number; benefits: number }>();
  for (const year of [...rows].sort((a, b) => a - b)) byYear.set(year, { costs: 0, benefits: 0 });
  for (const line of costs) byYear.get(line.year ?? firstYear)!.costs += line.amount;
  for (const line of benefits) byYear.get(line.year ?? firstYear)!.benefits += line.amount;

  const statedRate = get(proposal, 'businessCase.discountRate');
  const hasRate = statedRate?.kind === 'scalar' && isRate(statedRate.value);
  const defaultRate = Object.hasOwn(defaultRates, currency) ? defaultRates[currency]! : 0.035;
  const discountRate = hasRate ? rateOf(statedRate.value as number) : defaultRate;

  let cumulative = 0;
  let npv = 0;
  let paybackYear: number | null = null;
  const years = [...byYear.entries()].map(([year, sums]) => {
    const net = sums.benefits - sums.costs;
    cumulative += net;
    npv += net / (1 + discountRate) ** (year - firstYear);
    if (paybackYear === null && cumulative >= 0 && (sums.benefits > 0 || sums.costs > 0)) paybackYear = year;
    return { year, costs: round(sums.costs), benefits: round(sums.benefits), net: round(net), cumulative: round(cumulative) };
  });
  const investment = sum(costs.filter((line) => line.kind === 'investment'));
  const operating = sum(costs.filter((line) => line.kind === 'operating'));
  const total = sum(costs);
  return {
    currency,
    // A line of no kind counts in the total only: the business-case rule reads kinds the same way.
    costs: { investment, operating, unclassified: round(total - investment - operating), total },
    benefits: { financial: sum(benefits), unpricedLines: benefitNodes.length - benefits.length },
    years,
    horizonYears: years.length,
    net: round(sum(benefits) - total),
    paybackYear,
    discountRate,
    discountRateSource: hasRate ? 'proposal' : 'default',
    npv: round(npv),
  };
}

function sum(list: Line[]): number {
  return round(list.reduce((total, line) => total + line.amount, 0));
}

/** To the cent; never NaN or Infinity (a sum of in-domain amounts is finite, but JSON must stay valid whatever). */
function round(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return Number.isFinite(rounded) ? rounded : 0;
}
