/**
 * Reading proposals the way reviewers do (issue "Read proposals the way reviewers do"), through
 * the built CLI: each class of misreading once per language it was found in, the fact read where
 * the author put it and the finding at the right place.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, runBuilt, tempDir, writeTree } from '../helpers/ci-run.js';

interface Message {
  ruleId: string;
  messageId: string;
  line: number;
  column: number;
  data?: Record<string, unknown>;
}

let dir: string;

function lint(file: string, ...args: string[]): Message[] {
  const run = runBuilt(['lint', '--format', 'json', ...args, file], { cwd: dir });
  expect([0, 1]).toContain(run.code);
  return (JSON.parse(run.stdout) as { messages: Message[] }[])[0]!.messages;
}

const only = (messages: Message[], ruleId: string, messageId?: string) =>
  messages.filter((message) => message.ruleId === ruleId && (!messageId || message.messageId === messageId));

/** A business case in each country's year-column template form, its totals right or wrong where `wrong` says. */
const YEAR_TABLES = {
  da: (row: string, column: string, grand: string) => `# Booking af lokaler

Ejer: Kultur og Fritid

## Økonomi

Alle beløb i t.kr.

| Post | 2027 | 2028 | 2029 | I alt |
|---|---|---|---|---|
| Licens (drift) | 100 | 100 | 100 | ${row} |
| Implementering (investering) | 250 | 0 | 0 | 250 |
| **I alt** | 350 | 100 | ${column} | ${grand} |

| Gevinst | Beløb | Art |
|---|---|---|
| Sparet tid | 200 | økonomisk |
`,
  sv: (row: string, column: string, grand: string) => `# Bokning av lokaler

Projektägare: Kulturförvaltningen

## Kostnader

| Kostnad (tkr) | 2027 | 2028 | 2029 | Totalt |
|---|---|---|---|---|
| Licens (drift) | 100 | 100 | 100 | ${row} |
| Införande (investering) | 250 | 0 | 0 | 250 |
| Summa | 350 | 100 | ${column} | ${grand} |

## Nyttor

| Nytta | Belopp | Typ |
|---|---|---|
| Minskad handläggningstid | 200 000 | ekonomisk |
`,
  nb: (row: string, column: string, grand: string) => `# Booking av lokaler

Prosjekteier: Kultur og idrett

## Økonomiske konsekvenser

Alle beløp i 1000 kr.

| Post | 2027 | 2028 | 2029 | Sum |
|---|---|---|---|---|
| Lisens (drift) | 100 | 100 | 100 | ${row} |
| Innføring (investering) | 250 | 0 | 0 | 250 |
| Totalt | 350 | 100 | ${column} | ${grand} |

| Gevinst | Beløp | Type |
|---|---|---|
| Spart saksbehandlingstid | 200 | økonomisk |
`,
};

beforeAll(() => {
  dir = tempDir('reading');
  const files: Record<string, string> = {};
  for (const [lang, table] of Object.entries(YEAR_TABLES)) {
    files[`totals-right.${lang}.md`] = table('300', '100', '550');
    files[`totals-row.${lang}.md`] = table('310', '100', '550');
    files[`totals-column.${lang}.md`] = table('300', '120', '570');
    files[`totals-grand.${lang}.md`] = table('300', '100', '650');
  }
  Object.assign(files, {
    'struck.da.md': `# Booking\n\nEjer: Kultur og Fritid\n\n## Økonomi\n\nValuta: DKK\n\n| Post | Beløb | Art |\n|---|---|---|\n| Licens | ~~525.000~~ 555.000 | drift |\n| **I alt** | 555.000 | |\n`,
    'struck.sv.md': `# Bokning\n\nProjektägare: Kulturnämnden\n\n## Kostnader\n\nValuta: SEK\n\n| Post | Belopp | Typ |\n|---|---|---|\n| Licens | ~~525 000~~ 555 000 | drift |\n| Summa | 555 000 | |\n`,
    'entities.nb.md': `# Booking\n\nProsjekteier: Kultur&nbsp;og&nbsp;idrett\n\n## Økonomi\n\nValuta: NOK\n\n| Post | Beløp | Type |\n|---|---|---|\n| Lisens&nbsp;&amp;&nbsp;drift | 120&nbsp;000 | drift |\n| Sum | 120&nbsp;000 | |\n`,
    'entities.en.md': `# Booking\n\nOwner: Culture &amp; Leisure\n\n## Costs\n\nCurrency: EUR\n\n| Item | Amount | Kind |\n|---|---|---|\n| Licence<br>and hosting | 12&nbsp;000 | operating |\n| Total | 12&nbsp;000 | |\n`,
    'sentence-labels.da.md': `# Selvbetjening\n\nEjer: Borgerservice\n\n## 6. Evaluering\n\nProjektet evalueres med en efterkalkule. Evalueringen gennemføres senest 1. september 2028. Ansvarlig: Jonas Friis, Borgmesterkontoret. Metoden er aftalt med Digitaliseringsgruppen.\n`,
    'sentence-labels.en.md': `# Self-service\n\nOwner: Citizen Services\n\n## 6. Evaluation\n\nThe project is evaluated by a follow-up costing. It is done by 1 September 2028. Responsible: Jonas Friis, Mayor's Office. The method is agreed with the digital group.\n`,
    'label-sentence.da.md': `# Booking\n\nEjer: Kultur og Fritid\n\n## Økonomi\n\nValuta: DKK. Beløb i hele kroner.\n\n| Post | Beløb | Art |\n|---|---|---|\n| Licens | 100.000 | drift |\n`,
    'label-sentence.nb.md': `# Booking\n\nProsjekteier: Kultur og idrett\n\n## Økonomi\n\nValuta: NOK. Alle beløp i hele kroner.\n\n| Post | Beløp | Type |\n|---|---|---|\n| Lisens | 100 000 | drift |\n`,
    'category.sv.md': `---\nstrategy: stockholm\n---\n\n# E-tjänst\n\n## 3. Kategori\n\nGrundläggande. Systemet ska användas i minst tio år och följer stadens projektmodell.\n`,
    'category.en.md': `---\nstrategy: stockholm\n---\n\n# E-service\n\n## 3. Category\n\nBasic. The system will be used for at least ten years under the city's project model.\n`,
    'follow-up-year.sv.md': `---\nstrategy: stockholm\n---\n\n# E-tjänst\n\n## 7. Uppföljning\n\n| Perspektiv | Mätetal | Metod | Nuläge | Mål 2028 |\n|---|---|---|---|---|\n| Extern nytta | Andel kompletta ansökningar | objektiv | 55 % | 85 % |\n`,
    'follow-up-year.en.md': `---\nstrategy: stockholm\n---\n\n# E-service\n\n## 7. Follow-up\n\n| Perspective | Metric | Method | Baseline | Target 2028 |\n|---|---|---|---|---|\n| External benefit | Share of complete applications | objective | 55 % | 85 % |\n`,
    'per-year.nb.md': `# Booking\n\nProsjekteier: Kultur og idrett\n\n## Økonomi\n\nValuta: NOK\n\n| Post | Beløp | Type |\n|---|---|---|\n| Lisens | 100 000 | drift |\n\n| Gevinst | Beløp per år |\n|---|---|\n| Spart saksbehandlingstid | 250 000 |\n`,
    'per-year.da.md': `# Booking\n\nEjer: Kultur og Fritid\n\n## Økonomi\n\nValuta: DKK\n\n| Post | Beløb | Art |\n|---|---|---|\n| Licens | 100.000 | drift |\n\n| Gevinst | Beløb pr. år |\n|---|---|\n| Sparet sagsbehandlingstid | 250.000 |\n`,
    'stated-eur.nb.md': `---\nstrategy: ikt-follo\n---\n\n# Booking\n\nProsjekteier: Kultur og idrett\n\n## Økonomi\n\nAlle beløp i EUR.\n\n| Post | Beløp | Type |\n|---|---|---|\n| Lisens | 10 000 | drift |\n`,
    'stated-eur.da.md': `---\nstrategy: esbjerg\n---\n\n# Booking\n\nEjer: Kultur og Fritid\n\n## Økonomi\n\nAlle beløb i EUR.\n\n| Post | Beløb | Art |\n|---|---|---|\n| Licens | 10.000 | drift |\n`,
  });
  writeTree(dir, files);
});

afterAll(() => removeDir(dir));

describe('year-column tables: every total is checked, in the Danish, Swedish and Norwegian forms', () => {
  for (const lang of ['da', 'sv', 'nb']) {
    it(`${lang}: totals that add up give no total finding`, () => {
      const totals = lint(`totals-right.${lang}.md`).filter((message) => /Total$/.test(message.messageId));
      expect(totals).toEqual([]);
    });

    it(`${lang}: a wrong row total is found at its cell`, () => {
      const found = only(lint(`totals-row.${lang}.md`), 'business-case', 'rowTotal');
      expect(found).toMatchObject([{ line: lang === 'sv' ? 9 : 11, column: 38 }]);
    });

    it(`${lang}: a wrong column total is found at the total row's cell`, () => {
      const found = only(lint(`totals-column.${lang}.md`), 'business-case', 'columnTotal');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ line: lang === 'sv' ? 11 : 13 });
    });

    it(`${lang}: a wrong grand total is found once, at the grand total`, () => {
      const messages = lint(`totals-grand.${lang}.md`).filter((message) => /Total$/.test(message.messageId));
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ messageId: 'rowTotal', line: lang === 'sv' ? 11 : 13 });
    });
  }
});

describe('struck-out text is a revision, not the proposal; character references are text', () => {
  for (const file of ['struck.da.md', 'struck.sv.md', 'entities.nb.md', 'entities.en.md']) {
    it(`${file}: the amount is read as written now, and the total adds up`, () => {
      const messages = lint(file);
      expect(only(messages, 'business-case').filter((message) => ['costTotal', 'notAmount'].includes(message.messageId))).toEqual([]);
      expect(only(messages, 'single-owner')).toEqual([]);
    });
  }
});

describe('a label after a sentence is read, and its value ends with its sentence', () => {
  for (const file of ['sentence-labels.da.md', 'sentence-labels.en.md']) {
    it(`${file}: the evaluation's responsible person is found in the paragraph`, () => {
      expect(only(lint(file, '--rule', 'evaluation-process:error'), 'evaluation-process', 'noResponsible')).toEqual([]);
    });
  }
  for (const file of ['label-sentence.da.md', 'label-sentence.nb.md']) {
    it(`${file}: "Valuta: DKK. Beløb i hele kroner." states the currency`, () => {
      expect(only(lint(file), 'business-case', 'noCurrency')).toEqual([]);
      expect(only(lint(file), 'schema')).toEqual([]);
    });
  }
});

describe("a value from a set, written as the first word of its section's text", () => {
  for (const file of ['category.sv.md', 'category.en.md']) {
    it(`${file}: the category is read, not rejected as an unknown value`, () => {
      const messages = lint(file);
      expect(only(messages, 'schema', 'enum')).toEqual([]);
      expect(only(messages, 'it-category').filter((message) => message.messageId === 'missing')).toEqual([]);
    });
  }
});

describe('a follow-up column headed with its year ("Mål 2028") holds the targets', () => {
  for (const file of ['follow-up-year.sv.md', 'follow-up-year.en.md']) {
    it(`${file}: no metric is reported without a target`, () => {
      expect(only(lint(file), 'follow-up-perspectives', 'noTarget')).toEqual([]);
    });
  }
});

describe('a benefit column headed with its period ("Beløb per år") holds the amounts', () => {
  for (const file of ['per-year.nb.md', 'per-year.da.md']) {
    it(`${file}: the benefit is read with its amount`, () => {
      const run = runBuilt(['lint', '--format', 'json', file], { cwd: dir });
      const [result] = JSON.parse(run.stdout) as { messages: Message[]; businessCase?: { benefits: { financial: number } } }[];
      expect(only(result!.messages, 'business-case', 'noBenefits')).toEqual([]);
      expect(result!.businessCase?.benefits.financial).toBe(250000);
    });
  }
});

describe('a sentence that states the unit of every amount ("Alle beløb i EUR.")', () => {
  for (const file of ['stated-eur.nb.md', 'stated-eur.da.md']) {
    it(`${file}: the currency is the one stated, not the country's krone`, () => {
      const run = runBuilt(['lint', '--format', 'json', file], { cwd: dir });
      const [result] = JSON.parse(run.stdout) as { messages: Message[]; businessCase?: { currency?: string } }[];
      expect(only(result!.messages, 'business-case', 'noCurrency')).toEqual([]);
      expect(result!.businessCase?.currency).toBe('EUR');
    });
  }
});

describe('a date in a target column\'s header is every row\'s deadline ("Target by 31 December 2028", "Mål 2028")', () => {
  it('en and sv: no metric is reported without a target or a deadline', () => {
    writeTree(dir, {
      'kpi-date.en.md': `---\nstrategy: oskarshamn\n---\n\n# Booking\n\n## 4. KPIs\n\n| KPI | Measurement method | Baseline (March 2026) | Target by 31 December 2028 |\n|---|---|---|---|\n| Share of bookings made online | Booking system statistics | 0 % | 80 % |\n`,
      'kpi-date.sv.md': `---\nstrategy: oskarshamn\n---\n\n# Bokning\n\n## 4. Nyckeltal\n\n| Nyckeltal | Mätmetod | Nuläge | Mål 2028 |\n|---|---|---|---|\n| Andel bokningar på webben | Bokningssystemets statistik | 0 % | 80 % |\n`,
    });
    for (const file of ['kpi-date.en.md', 'kpi-date.sv.md']) {
      const found = only(lint(file), 'measurable-targets').filter((message) => ['noTarget', 'noDeadline'].includes(message.messageId));
      expect(found, file).toEqual([]);
    }
  });
});

describe('in a table that mixes costs and benefits, a row whose item says benefit is a benefit', () => {
  it('en: the costs total counts the cost rows only', () => {
    writeTree(dir, {
      'mixed.en.md': `# Booking\n\nOwner: Culture and Leisure\n\n## 3. Benefit valuation\n\nAmounts in SEK.\n\n| Item | 2027 | 2028 | Total |\n|---|---|---|---|\n| Investment: system | 240,000 | 0 | 240,000 |\n| Operation and maintenance | 36,000 | 36,000 | 72,000 |\n| Total costs | 276,000 | 36,000 | 312,000 |\n| Benefit: reception time freed | 60,000 | 150,000 | 210,000 |\n`,
    });
    const messages = lint('mixed.en.md');
    expect(messages.filter((message) => /Total$/.test(message.messageId))).toEqual([]);
    expect(only(messages, 'business-case', 'noBenefits')).toEqual([]);
  });
});

describe("a finding quotes the sentence of the clause it rests on, not the clause's first sentence", () => {
  it('sv and en: an innovative project without an exit plan quotes the "ska … plan" sentence of STH-4b', () => {
    writeTree(dir, {
      'exit-plan.sv.md': `---\nstrategy: stockholm\n---\n\n# E-tjänst\n\n## Kategori\n\nKategori: innovativ\n`,
      'exit-plan.en.md': `---\nstrategy: stockholm\n---\n\n# E-service\n\n## Category\n\nCategory: innovative\n`,
    });
    for (const file of ['exit-plan.sv.md', 'exit-plan.en.md']) {
      expect(only(lint(file), 'it-category', 'noExitPlan'), file).toHaveLength(1);
      const stylish = runBuilt(['lint', '--format', 'stylish', '--rule', 'it-category:error', file], { cwd: dir }).stdout;
      const line = stylish.split('\n').find((text) => text.includes('STH-4b'));
      expect(line, file).toContain('Projekt som syftar till införande av innovativt it-stöd ska');
      expect(line, file).not.toContain('Livslängden');
    }
  });
});
