/**
 * One input, one answer everywhere (issue "One home for meaning"): a cost line's kind is read
 * once (src/interpret/cost-kind.ts), so the business-case rule, the stylish summary, the JSON
 * `businessCase` and the portfolio report agree — in YAML and in Markdown alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, runBuilt, tempDir, writeTree } from '../helpers/ci-run.js';

const YAML = (item: string) => `title: Booking af idrætshaller
language: da
owner: Mette Jensen
businessCase:
  currency: DKK
  costs:
    - item: ${item}
      amount: 100000
  benefits:
    - item: Sparet sagsbehandlingstid
      amount: 150000
      kind: financial
`;

const MARKDOWN = (item: string) => `---
title: Booking af idrætshaller
language: da
owner: Mette Jensen
---

## Økonomi

Valuta: DKK

| Post | Beløb |
|---|---|
| ${item} | 100.000 |

| Gevinst | Beløb | Art |
|---|---|---|
| Sparet sagsbehandlingstid | 150.000 | økonomisk |
`;

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; messageId: string }[];
  businessCase?: { costs: { investment: number; operating: number; unclassified: number; total: number } };
}

describe('a cost line with no kind means the same in the rule and in every figure', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('one-meaning');
    writeTree(dir, {
      'p/licence.yaml': YAML('Licens til bookingsystem'),
      'p/licence.md': MARKDOWN('Licens til bookingsystem'),
      'p/setup.yaml': YAML('Opsætning af bookingsystem'),
      'p/setup.md': MARKDOWN('Opsætning af bookingsystem'),
      'p/vague.yaml': YAML('Bookingsystem'),
      'p/vague.md': MARKDOWN('Bookingsystem'),
    });
  });
  afterAll(() => removeDir(dir));

  const lint = (...args: string[]) => runBuilt(['lint', 'p', '--rule', 'business-case:error', ...args], { cwd: dir });
  const byName = (): Map<string, JsonResult> =>
    new Map((JSON.parse(lint('--format', 'json').stdout) as JsonResult[]).map((result) => [result.filePath.split('/').pop()!, result]));
  const saysNoOperating = (result: JsonResult) => result.messages.some((message) => message.ruleId === 'business-case' && message.messageId === 'noOperating');

  it('"Licens til bookingsystem": an operating cost for the rule and the figures, in YAML and Markdown', () => {
    const results = byName();
    for (const name of ['licence.yaml', 'licence.md']) {
      expect(saysNoOperating(results.get(name)!), name).toBe(false);
      expect(results.get(name)!.businessCase!.costs, name).toEqual({ investment: 0, operating: 100_000, unclassified: 0, total: 100_000 });
    }
  });

  it('"Opsætning af bookingsystem": an investment, so the operating cost is missing — the rule says so and the figures show drift 0', () => {
    const results = byName();
    for (const name of ['setup.yaml', 'setup.md']) {
      expect(saysNoOperating(results.get(name)!), name).toBe(true);
      expect(results.get(name)!.businessCase!.costs, name).toEqual({ investment: 100_000, operating: 0, unclassified: 0, total: 100_000 });
    }
  });

  it('a line whose words name no kind is neither: the rule misses the operating cost, and no figure counts it as one', () => {
    const results = byName();
    for (const name of ['vague.yaml', 'vague.md']) {
      expect(saysNoOperating(results.get(name)!), name).toBe(true);
      expect(results.get(name)!.businessCase!.costs, name).toEqual({ investment: 0, operating: 0, unclassified: 100_000, total: 100_000 });
    }
  });

  it('the stylish summary prints the same split', () => {
    const out = lint('--lang', 'da').stdout;
    expect(out).toMatch(/licence\.md[\s\S]*?\(investering 0, drift 100\.000\)/);
    expect(out).toMatch(/vague\.yaml[\s\S]*?\(investering 0, drift 0, uden art 100\.000\)/);
  });

  it('the portfolio report counts the same investment and operating cost per proposal', () => {
    const report = JSON.parse(runBuilt(['report', 'p', '--format', 'json'], { cwd: dir }).stdout) as {
      proposals: { path: string; businessCase?: { investment: number; operating: number } }[];
    };
    const split = Object.fromEntries(
      report.proposals.map((proposal) => [proposal.path.split('/').pop(), [proposal.businessCase?.investment, proposal.businessCase?.operating]]),
    );
    expect(split).toEqual({
      'licence.md': [0, 100_000],
      'licence.yaml': [0, 100_000],
      'setup.md': [100_000, 0],
      'setup.yaml': [100_000, 0],
      'vague.md': [0, 0],
      'vague.yaml': [0, 0],
    });
  });
});

describe('the owner is read one way: the single-owner rule and the report name the same people', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('one-owner');
    writeTree(dir, {
      'p/two.yaml': 'title: A\nlanguage: da\nowner: Mette Jensen og Ole Hansen\n',
      'p/one.md': '---\ntitle: B\nlanguage: da\n---\n\n## Projektejer\n\nNavn: Mette Jensen\nRolle: Kulturdirektør\n',
      'p/described.yaml': 'title: C\nlanguage: sv\nowner: Idrottsnämnden. Systemägarrepresentant är förvaltningschef Eva Berg och Lars Holm.\n',
    });
  });
  afterAll(() => removeDir(dir));

  it('several owners are several for the rule and listed in the report; one is one in both', () => {
    const lint = JSON.parse(runBuilt(['lint', 'p', '--format', 'json', '--rule', 'single-owner:error'], { cwd: dir }).stdout) as JsonResult[];
    const several = new Map(
      lint.map((result) => [
        result.filePath.split('/').pop(),
        result.messages.some((message) => message.ruleId === 'single-owner' && message.messageId === 'several'),
      ]),
    );
    expect(Object.fromEntries(several)).toEqual({ 'described.yaml': false, 'one.md': false, 'two.yaml': true });
    const report = JSON.parse(runBuilt(['report', 'p', '--format', 'json'], { cwd: dir }).stdout) as { proposals: { path: string; owner?: string }[] };
    const owners = Object.fromEntries(report.proposals.map((proposal) => [proposal.path.split('/').pop(), proposal.owner]));
    expect(owners).toEqual({ 'described.yaml': 'Idrottsnämnden', 'one.md': 'Mette Jensen', 'two.yaml': 'Mette Jensen, Ole Hansen' });
  });
});

describe('the currency is known one way: the business-case rule, the JSON figures and the stylish summary agree', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('one-currency');
    writeTree(dir, {
      // Danish, Nordfyns: "Alle beløb i kr." and an "Art" column in budget words, no code anywhere.
      'p/nordfyns.md': `---
title: Selvbetjening til storskrald
language: da
strategy: nordfyns
---

## Økonomi

Alle beløb i kr.

| Post | Art | 2027 | 2028 |
|---|---|---|---|
| Modul og integration | anlæg | 140.000 | 0 |
| Licens | drift | 36.000 | 36.000 |
| Sparede henvendelser | gevinst | 100.000 | 150.000 |
`,
      // Swedish, Oskarshamn: amounts "kr" in YAML values.
      'p/oskarshamn.yaml': `titel: Digital bokning
språk: sv
strategi: oskarshamn
kalkyl:
  kostnader:
    - { post: Införande, belopp: 210 000 kr, typ: engångskostnad }
    - { post: Förvaltning, belopp: 48 000 kr, typ: löpande }
  nyttor:
    - { post: Färre samtal, belopp: 95 000 kr, typ: ekonomisk }
`,
      // Norwegian, IKT Follo: kroner in the column header ("Beløp (kr)"), kinds "investering" and "årlig".
      'p/follo.md': `---
tittel: Felles nøkkelsystem
språk: nb
strategi: ikt-follo
---

## Økonomi

| Post | Type | Beløp (kr) |
|---|---|---|
| Låser og lesere | investering | 900 000 |
| Lisens | årlig | 50 000 |

| Gevinst | Type | Beløp (kr) |
|---|---|---|
| Færre låsbytter | økonomisk | 250 000 |
`,
      // English, no strategy: "kr." could be any of three kroner.
      'p/english.md': `---
title: Booking of sports halls
language: en
---

## Business case

All amounts in kr.

| Item | Kind | Amount |
|---|---|---|
| Set-up | Investment | 310.000 |
| Licence per year | Operating | 85.000 |

| Benefit | Kind | Amount |
|---|---|---|
| Fewer phone calls | Financial | 120.000 |
`,
    });
  });
  afterAll(() => removeDir(dir));

  interface Result {
    filePath: string;
    messages: { ruleId: string; messageId: string }[];
    businessCase?: { currency: string; costs: { investment: number; operating: number; unclassified: number; total: number }; benefits: { financial: number } };
  }
  const lint = (...args: string[]) => runBuilt(['lint', 'p', '--rule', 'business-case:error', '--rule', 'schema:error', ...args], { cwd: dir });
  const results = (): Map<string, Result> =>
    new Map((JSON.parse(lint('--format', 'json').stdout) as Result[]).map((result) => [result.filePath.split('/').pop()!, result]));
  const said = (result: Result, id: string) => result.messages.some((message) => `${message.ruleId}/${message.messageId}` === id);

  it('kroner under a strategy are its country\'s: no "no currency", no schema finding for the budget kinds, and JSON businessCase.currency names it', () => {
    const byName = results();
    for (const [name, currency] of [
      ['nordfyns.md', 'DKK'],
      ['oskarshamn.yaml', 'SEK'],
      ['follo.md', 'NOK'],
    ] as const) {
      const result = byName.get(name)!;
      expect(said(result, 'business-case/noCurrency'), name).toBe(false);
      expect(
        result.messages.filter((message) => message.ruleId === 'schema'),
        name,
      ).toEqual([]);
      expect(result.businessCase?.currency, name).toBe(currency);
    }
    expect(byName.get('nordfyns.md')!.businessCase!.costs).toEqual({ investment: 140_000, operating: 72_000, unclassified: 0, total: 212_000 });
    expect(byName.get('nordfyns.md')!.businessCase!.benefits.financial).toBe(250_000);
    expect(byName.get('oskarshamn.yaml')!.businessCase!.costs).toEqual({ investment: 210_000, operating: 48_000, unclassified: 0, total: 258_000 });
    expect(byName.get('follo.md')!.businessCase!.costs).toEqual({ investment: 900_000, operating: 50_000, unclassified: 0, total: 950_000 });
  });

  it('English kroner with no strategy: the rule asks for the currency', () => {
    expect(said(results().get('english.md')!, 'business-case/noCurrency')).toBe(true);
  });

  it('the stylish summary prints the same currency', () => {
    const out = lint('--lang', 'en').stdout;
    expect(out).toMatch(/nordfyns\.md[\s\S]*?costs 212,000 DKK \(investment 140,000, operating 72,000\)/);
    expect(out).toMatch(/oskarshamn\.yaml[\s\S]*?costs 258,000 SEK/);
    expect(out).toMatch(/follo\.md[\s\S]*?costs 950,000 NOK/);
  });
});
