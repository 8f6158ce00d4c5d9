import { describe, expect, it } from 'vitest';
import { loadProposal } from '../../src/loaders/index.js';
import { businessCaseFigures } from '../../src/business-case-figures.js';

async function figures(filename: string, code: string) {
  const { proposal } = await loadProposal(`/virtual/${filename}`, new TextEncoder().encode(code));
  return businessCaseFigures(proposal!)!;
}

// Expected values computed by hand (and checked with a calculator), not by the code under test.
describe('business-case figures', () => {
  it('DKK at the Danish default rate of 3.5 %', async () => {
    const result = await figures('p.yaml', `title: Booking
language: da
businessCase:
  currency: DKK
  costs:
    - { item: Implementering, amount: 1000000, year: 2025, kind: investment }
    - { item: Drift, amount: 200000, year: 2026, kind: operating }
    - { item: Drift, amount: 200000, year: 2027, kind: operating }
  benefits:
    - { item: Sparet tid, amount: 700000, year: 2026, kind: financial }
    - { item: Sparet tid, amount: 700000, year: 2027, kind: financial }
    - { item: Bedre service, kind: qualitative }
`);
    expect(result.costs).toEqual({ investment: 1_000_000, operating: 400_000, total: 1_400_000 });
    expect(result.benefits).toEqual({ financial: 1_400_000, unpricedLines: 1 });
    expect(result.net).toBe(0);
    expect(result.years.map((year) => year.cumulative)).toEqual([-1_000_000, -500_000, 0]);
    expect(result.paybackYear).toBe(2027);
    expect(result.discountRate).toBe(0.035);
    expect(result.discountRateSource).toBe('default');
    // -1 000 000 + 500 000 / 1.035 + 500 000 / 1.035² = -50 152.86
    expect(result.npv).toBeCloseTo(-50_152.86, 2);
  });

  it('NOK from a Norwegian Markdown table at 4 %', async () => {
    const result = await figures('p.md', `# Velferdsteknologi

## Kost-nytte

Valuta: NOK

| Post | Beløp | År | Type |
|---|---|---|---|
| Anskaffelse | 500 000 | 2025 | investering |
| Drift | 50 000 | 2026 | drift |
| Drift | 50 000 | 2027 | drift |

### Gevinster

| Gevinst | Beløp | År | Type |
|---|---|---|---|
| Færre reiser | 100 000 | 2025 | økonomisk |
| Færre reiser | 300 000 | 2026 | økonomisk |
| Færre reiser | 300 000 | 2027 | økonomisk |
`);
    expect(result.currency).toBe('NOK');
    expect(result.costs.total).toBe(600_000);
    expect(result.benefits.financial).toBe(700_000);
    expect(result.net).toBe(100_000);
    expect(result.years.map((year) => year.net)).toEqual([-400_000, 250_000, 250_000]);
    expect(result.paybackYear).toBe(2027);
    expect(result.discountRate).toBe(0.04);
    // -400 000 + 250 000 / 1.04 + 250 000 / 1.04² = 71 523.67
    expect(result.npv).toBeCloseTo(71_523.67, 2);
  });

  it('SEK with the proposal\'s own rate (in percent) and horizon', async () => {
    const result = await figures('p.yaml', `titel: Bygglov
språk: sv
nyttovärdering:
  valuta: SEK
  kalkylränta: 3
  tidshorisont: 4
  kostnader:
    - { post: Införande, belopp: 800000, år: 2024, typ: investering }
  nyttor:
    - { post: Minskad handläggning, belopp: 300000, år: 2025, typ: ekonomisk }
    - { post: Minskad handläggning, belopp: 300000, år: 2026, typ: ekonomisk }
    - { post: Minskad handläggning, belopp: 300000, år: 2027, typ: ekonomisk }
`);
    expect(result.currency).toBe('SEK');
    expect(result.horizonYears).toBe(4);
    expect(result.net).toBe(100_000);
    expect(result.paybackYear).toBe(2027);
    expect(result.discountRate).toBe(0.03);
    expect(result.discountRateSource).toBe('proposal');
    // -800 000 + 300 000 (1/1.03 + 1/1.03² + 1/1.03³) = 48 583.41
    expect(result.npv).toBeCloseTo(48_583.41, 2);
  });

  it('no payback within the horizon', async () => {
    const result = await figures('p.yaml', 'title: X\nbusinessCase:\n  currency: DKK\n  costs:\n    - { item: A, amount: 100, year: 1, kind: investment }\n  benefits:\n    - { item: B, amount: 50, year: 2, kind: financial }\n');
    expect(result.paybackYear).toBeNull();
    expect(result.net).toBe(-50);
  });
});
