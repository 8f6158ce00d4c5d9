import { describe, expect, it } from 'vitest';
import { loadProposal } from '../../src/interpret/proposal.js';
import { businessCaseFigures } from '../../src/interpret/business-case-figures.js';

async function figures(filename: string, code: string) {
  const { proposal } = await loadProposal(`/virtual/${filename}`, new TextEncoder().encode(code));
  return businessCaseFigures(proposal!)!;
}

// Expected values computed by hand (and checked with a calculator), not by the code under test.
describe('business-case figures', () => {
  it('DKK at the Danish default rate of 3.5 %', async () => {
    const result = await figures(
      'p.yaml',
      `title: Booking
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
`,
    );
    expect(result.costs).toEqual({ investment: 1_000_000, operating: 400_000, unclassified: 0, total: 1_400_000 });
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
    const result = await figures(
      'p.md',
      `# Velferdsteknologi

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
`,
    );
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

  it("SEK with the proposal's own rate (in percent) and horizon", async () => {
    const result = await figures(
      'p.yaml',
      `titel: Bygglov
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
`,
    );
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
    const result = await figures(
      'p.yaml',
      'title: X\nbusinessCase:\n  currency: DKK\n  costs:\n    - { item: A, amount: 100, year: 1, kind: investment }\n  benefits:\n    - { item: B, amount: 50, year: 2, kind: financial }\n',
    );
    expect(result.paybackYear).toBeNull();
    expect(result.net).toBe(-50);
  });
});

/**
 * Numbers outside their domain (the schema reports each with a located finding): the figures
 * leave them out and never walk a year range or horizon by its magnitude, so they never crash,
 * hang, run out of memory or print NaN/Infinity.
 */
describe('business-case figures with numbers outside their domain', () => {
  const proposal = (costs: string, extra = ''): string =>
    `title: X\nbusinessCase:\n  currency: DKK\n${extra}  costs:\n${costs}  benefits:\n    - { item: B, amount: 500, year: 2027, kind: financial }\n`;
  /** Every number finite (JSON.stringify would write NaN and ±Infinity as null); only a payback year may be null. */
  const finite = (value: unknown, path = ''): void => {
    if (typeof value === 'number') expect(Number.isFinite(value), path).toBe(true);
    else if (value === null) expect(path).toBe('.paybackYear');
    else if (typeof value === 'object') for (const [key, child] of Object.entries(value as object)) finite(child, `${path}.${key}`);
  };

  const cases: Record<string, string> = {
    'NaN year': '    - { item: A, amount: 100, year: .nan, kind: investment }\n',
    'fractional year': '    - { item: A, amount: 100, year: 2026.5, kind: investment }\n',
    'year -1e308': '    - { item: A, amount: 100, year: -1e308, kind: investment }\n',
    'year 1e308': '    - { item: A, amount: 100, year: 1e308, kind: investment }\n',
    'year .inf': '    - { item: A, amount: 100, year: .inf, kind: investment }\n',
    'year -.inf': '    - { item: A, amount: 100, year: -.inf, kind: investment }\n',
    'year 0': '    - { item: A, amount: 100, year: 0, kind: investment }\n',
    'year 9999': '    - { item: A, amount: 100, year: 9999, kind: investment }\n',
  };
  for (const [name, costs] of Object.entries(cases)) {
    it(`${name}: the line counts in the first year; no year row of its own`, async () => {
      const result = await figures('p.yaml', proposal(`${costs}    - { item: C, amount: 50, year: 2026, kind: operating }\n`));
      expect(result.costs.total).toBe(150);
      expect(result.years.map((row) => row.year)).toEqual([2026, 2027]);
      finite(result);
    });
  }

  for (const amount of ['.nan', '.inf', '-.inf', '1e308', '-1e308', '1e16']) {
    it(`amount ${amount}: the line is left out`, async () => {
      const result = await figures(
        'p.yaml',
        proposal(`    - { item: A, amount: ${amount}, year: 2026, kind: investment }\n    - { item: C, amount: 50, year: 2026, kind: operating }\n`),
      );
      expect(result.costs).toEqual({ investment: 0, operating: 50, unclassified: 0, total: 50 });
      finite(result);
    });
  }

  for (const horizon of ['1e8', '.inf', '.nan', '-5', '0', '2.5', '101', '1e308']) {
    it(`horizonYears ${horizon}: ignored, the years are those the lines name`, async () => {
      const result = await figures('p.yaml', proposal('    - { item: A, amount: 100, year: 2026, kind: investment }\n', `  horizonYears: ${horizon}\n`));
      expect(result.years.map((row) => row.year)).toEqual([2026, 2027]);
      finite(result);
    });
  }

  for (const rate of ['.nan', '.inf', '-1', '1e308', '26']) {
    it(`discountRate ${rate}: the default rate`, async () => {
      const result = await figures('p.yaml', proposal('    - { item: A, amount: 100, year: 2026, kind: investment }\n', `  discountRate: ${rate}\n`));
      expect(result.discountRateSource).toBe('default');
      expect(result.discountRate).toBe(0.035);
      finite(result);
    });
  }

  it('a horizon of 100 years fills 100 rows; project years mixed with budget years are two rows, not 2 026', async () => {
    const long = await figures('p.yaml', proposal('    - { item: A, amount: 100, year: 2026, kind: investment }\n', '  horizonYears: 100\n'));
    expect(long.years).toHaveLength(100);
    const mixed = await figures('p.yaml', proposal('    - { item: A, amount: 100, year: 1, kind: investment }\n'));
    expect(mixed.years.map((row) => row.year)).toEqual([1, 2027]);
    finite(mixed);
  });

  it('the largest amounts in the domain, on many lines, stay finite', async () => {
    const costs = Array.from({ length: 1000 }, (_, index) => `    - { item: A${index}, amount: 1e15, year: ${2026 + (index % 50)}, kind: investment }\n`).join(
      '',
    );
    const result = await figures('p.yaml', proposal(costs, '  discountRate: 0\n'));
    expect(result.costs.total).toBe(1e18);
    finite(result);
  });
});
