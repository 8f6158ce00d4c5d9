/**
 * The figures reviewers compute from a business case: totals per kind and year, net benefit
 * over the horizon, payback year and net present value at the country's official real
 * discount rate (DOMAIN-RESEARCH §2). Pure arithmetic on the located model.
 */
import type { Lang, ModelNode, Proposal } from './model.js';
import { asList, get, textOf } from './rulekit.js';

/**
 * Real discount rates: Denmark 3.5 % (Finansministeriet, note of 7 Jan 2021, years 0–35);
 * Norway 4 % (R-109/2021, years 0–40); Sweden has no government-wide rate — 3.5 % is the
 * transport sector's ASEK rate, a configurable default only.
 */
export const DEFAULT_DISCOUNT_RATES: Record<string, number> = { DKK: 0.035, NOK: 0.04, SEK: 0.035, EUR: 0.035 };
const CURRENCY_BY_LANGUAGE: Record<Lang, string | undefined> = { da: 'DKK', sv: 'SEK', nb: 'NOK', en: undefined };

export interface BusinessCaseFigures {
  currency: string;
  costs: { investment: number; operating: number; total: number };
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
  kind: string;
}

function lines(list: ModelNode | undefined): Line[] {
  return asList(list).flatMap((node) => {
    if (node.kind !== 'map') return [];
    const amount = node.entries.get('amount');
    if (amount?.kind !== 'scalar' || typeof amount.value !== 'number') return [];
    const year = node.entries.get('year');
    return [{
      amount: amount.value,
      year: year?.kind === 'scalar' && typeof year.value === 'number' ? year.value : undefined,
      kind: textOf(node.entries.get('kind')),
    }];
  });
}

/** A rate written as a fraction (0.035) or a percentage (3.5). */
export function rateOf(value: number): number {
  return value >= 1 ? value / 100 : value;
}

export function businessCaseFigures(proposal: Proposal, defaultRates: Record<string, number> = DEFAULT_DISCOUNT_RATES): BusinessCaseFigures | undefined {
  const businessCase = get(proposal, 'businessCase');
  if (businessCase?.kind !== 'map') return undefined;
  const costs = lines(get(proposal, 'businessCase.costs'));
  const benefitNodes = asList(get(proposal, 'businessCase.benefits'));
  const benefits = lines(get(proposal, 'businessCase.benefits')).filter((line) => line.kind !== 'qualitative');
  if (!costs.length && !benefits.length) return undefined;
  const currency = (textOf(get(proposal, 'businessCase.currency')) || CURRENCY_BY_LANGUAGE[proposal.language] || 'DKK').toUpperCase();

  const knownYears = [...costs, ...benefits].map((line) => line.year).filter((year): year is number => year !== undefined);
  const firstYear = knownYears.length ? Math.min(...knownYears) : 0;
  const lastYear = knownYears.length ? Math.max(...knownYears) : 0;
  const statedHorizon = get(proposal, 'businessCase.horizonYears');
  const horizonYears =
    statedHorizon?.kind === 'scalar' && typeof statedHorizon.value === 'number' ? statedHorizon.value : lastYear - firstYear + 1;
  const byYear = new Map<number, { costs: number; benefits: number }>();
  for (let offset = 0; offset < Math.max(horizonYears, lastYear - firstYear + 1); offset++) byYear.set(firstYear + offset, { costs: 0, benefits: 0 });
  for (const line of costs) byYear.get(line.year ?? firstYear)!.costs += line.amount;
  for (const line of benefits) byYear.get(line.year ?? firstYear)!.benefits += line.amount;

  const statedRate = get(proposal, 'businessCase.discountRate');
  const hasRate = statedRate?.kind === 'scalar' && typeof statedRate.value === 'number';
  const discountRate = hasRate ? rateOf(statedRate.value as number) : defaultRates[currency] ?? 0.035;

  let cumulative = 0;
  let npv = 0;
  let paybackYear: number | null = null;
  const years = [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, sums]) => {
      const net = sums.benefits - sums.costs;
      cumulative += net;
      npv += net / (1 + discountRate) ** (year - firstYear);
      if (paybackYear === null && cumulative >= 0 && (sums.benefits > 0 || sums.costs > 0)) paybackYear = year;
      return { year, costs: round(sums.costs), benefits: round(sums.benefits), net: round(net), cumulative: round(cumulative) };
    });
  const investment = sum(costs.filter((line) => line.kind === 'investment'));
  const total = sum(costs);
  return {
    currency,
    costs: { investment, operating: round(total - investment), total },
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

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
