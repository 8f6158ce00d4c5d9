/**
 * Issue 8, values and fields as authors write them (built CLI): the header fields every
 * template carries (project manager, department, case number, date, version) in four
 * languages; an unknown key with the nearest known one; enum values listed in the author's
 * language and a focus area written by its number; a risk assessment given as its facts; and
 * Stockholm's STH-5 checked only on projects funded from the portfolios.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, runBuilt, tempDir, writeTree } from '../helpers/ci-run.js';

interface Message {
  ruleId: string;
  messageId: string;
  severity: 1 | 2;
  line: number;
  message: string;
}

let dir: string;
beforeAll(() => {
  dir = tempDir('reading-values');
  writeTree(dir, {
    'header.yaml':
      'titel: Digital tilmelding til SFO\nsprog: da\nsagsnr: 28.09.00-P20-1-26\nprojektleder: Kasper Lind\nforvaltning: Børn og Unge\ndato: 2026-10-01\nversion: 2\nejer: Susanne Bech\n',
    'header.md':
      '---\ntitle: E-tjänst för bygglov\nlanguage: sv\n---\n\n# E-tjänst för bygglov\n\nÄrendenummer: KS 2026/114\n\nDatum: 2026-10-01\n\nVersion: 1.2\n\nProjektledare: Anna Ek\n\nFörvaltning: Samhällsbyggnadsförvaltningen\n\nProjektägare: Byggnadsnämnden\n',
    'header-nb.yaml':
      'tittel: Digital startlånsøknad\nspråk: nb\nsaksnr.: 26/1234\nprosjektleder: Kari Nordmann\nsektor: Økonomi\nversjon: 3\neier: Økonomisjef\n',
    'typo.yaml': 'titel: Booking af lokaler\nsprog: da\nejeer: Kultur og Fritid\n',
    'typo.md': '---\ntitle: Bokning av lokaler\nlanguage: sv\nbeskrivnig: Bokning av lokaler på nätet.\n---\n\n# Bokning av lokaler\n',
    'enum.md': '---\ntitle: Försök med chattbot\nlanguage: sv\nkategori: grundlaggand\n---\n\n# Försök med chattbot\n',
    'enum.yaml': 'titel: Selvbetjening\nsprog: da\nopfølgning:\n  måltal:\n    - navn: Andel digitale ansøgninger\n      metode: skøn\n',
    'focus.md':
      '---\ntitle: Ny e-tjänst\nlanguage: sv\n---\n\n# Ny e-tjänst\n\n## Fokusområden\n\nFokusområde 3 – utbildning och systemutveckling för ökad användning av befintlig it.\n',
    'focus.yaml': 'title: Open data\nlanguage: en\nfocusAreas:\n  - (2) compile, analyse and reuse information\n  - 4 (collaboration with other authorities)\n',
    'ros.yaml':
      'titel: Digital ansökan om försörjningsstöd\nspråk: sv\nsäkerhet:\n  personalData: true\n  cloud: true\n  riskAssessment: { done: true, date: 2026-05-20, by: IT-säkerhetssamordnaren, result: Följer kommunens IT-säkerhetsplan }\n  dataProcessingAgreement: { done: true, date: 2026-06-01, by: Kommunjuristen }\n',
    'ros.md':
      '---\ntittel: Sensorer på sykehjem\nspråk: nb\nsikkerhet:\n  personalData: true\n  cloud: true\n  riskAssessment: { done: false, by: IKT Follo }\n  dataProcessingAgreement: { done: true, date: 2026-09-10, by: Ås kommune }\n---\n\n# Sensorer på sykehjem\n',
    'line-budget.md':
      '---\ntitle: Besöksregistrering\nlanguage: sv\n---\n\n# Besöksregistrering\n\nKategori: differentierande\n\n## Kostnader\n\nFinansiering: inom äldrenämndens linjebudget. Belopp i kronor.\n',
    'portfolio.md':
      '---\ntitle: Besöksregistrering\nlanguage: sv\n---\n\n# Besöksregistrering\n\nKategori: differentierande\n\n## Kostnader\n\nFinansiering: ansökan ur digitaliseringsportföljen 2027.\n',
    'not-portfolio.yaml':
      "title: Water meters\nlanguage: en\ncategory: differentiating\nbusinessCase:\n  financing: The company's investment budget 2027 (not portfolio funding).\n",
  });
});
afterAll(() => removeDir(dir));

function lint(file: string, strategy = 'stockholm'): Message[] {
  const run = runBuilt(['lint', '--format', 'json', '--no-ignore', '--strategy', strategy, file], { cwd: dir });
  return (JSON.parse(run.stdout) as { messages: Message[] }[])[0]!.messages;
}
const schema = (messages: Message[]) => messages.filter((message) => message.ruleId === 'schema');

describe('fields every template carries are fields', () => {
  it('da YAML: sagsnr, projektleder, forvaltning, dato, version are no unknown keys', () => {
    expect(schema(lint('header.yaml', 'esbjerg'))).toEqual([]);
  });
  it('sv Markdown: Ärendenummer, Datum, Version, Projektledare, Förvaltning label lines are no unknown keys', () => {
    expect(schema(lint('header.md'))).toEqual([]);
  });
  it('nb YAML: saksnr., prosjektleder, sektor, versjon are no unknown keys', () => {
    expect(schema(lint('header-nb.yaml', 'ikt-follo'))).toEqual([]);
  });
});

describe("an unknown key says which known key is nearest, as the author's language writes it", () => {
  it('da YAML: "ejeer" → "Ejer"', () => {
    const [found] = schema(lint('typo.yaml', 'esbjerg'));
    expect([found?.messageId, found?.line]).toEqual(['unknownTopKeyNear', 3]);
    expect(found?.message).toContain('mente du "Ejer"?');
  });
  it('sv Markdown front matter: "beskrivnig" → "Beskrivning"', () => {
    const [found] = schema(lint('typo.md'));
    expect([found?.messageId, found?.line]).toEqual(['unknownTopKeyNear', 4]);
    expect(found?.message).toContain('menade du "Beskrivning"?');
  });
});

describe("enum values in the author's language", () => {
  it('sv Markdown: the category values are listed as Swedish writes them', () => {
    const [found] = schema(lint('enum.md'));
    expect(found?.messageId).toBe('enum');
    // The field as the author's template names it, not its English path (issue 7).
    expect(found?.message).toBe('Kategori ska vara en av: innovativ, differentierande, grundläggande.');
  });
  it('da YAML: the method values are listed in Danish', () => {
    const [found] = schema(lint('enum.yaml', 'esbjerg'));
    expect(found?.message).toBe('Opfølgning › Måltal 1 › Metode skal være en af: objektiv, subjektiv.');
  });
  it('sv Markdown: "Fokusområde 3 – …" is focus area 3', () => {
    const messages = lint('focus.md');
    expect(messages.filter((message) => message.ruleId === 'focus-area' || message.ruleId === 'schema')).toEqual([]);
  });
  it('en YAML: "(2) compile …" and "4 (collaboration …)" are focus areas 2 and 4', () => {
    const messages = lint('focus.yaml');
    expect(messages.filter((message) => message.ruleId === 'focus-area' || message.ruleId === 'schema')).toEqual([]);
  });
});

describe('a risk assessment or agreement given as its facts', () => {
  it('sv YAML: { done: true, date, by, result } is accepted and fulfils FLO-19-style demands', () => {
    const messages = lint('ros.yaml', 'ikt-follo');
    expect(schema(messages)).toEqual([]);
    expect(messages.filter((message) => message.ruleId === 'ros-and-dpa')).toEqual([]);
  });
  it('nb Markdown front matter: { done: false } is a risk assessment not done', () => {
    const messages = lint('ros.md', 'ikt-follo');
    expect(schema(messages)).toEqual([]);
    expect(messages.filter((message) => message.ruleId === 'ros-and-dpa').map((message) => message.messageId)).toEqual(['noRiskAssessment']);
  });
});

describe('STH-5 applies to projects funded from the portfolios only', () => {
  const plan = (file: string) => lint(file).filter((message) => message.ruleId === 'benefit-realisation-plan');
  it('sv Markdown: financed within the line budget — not checked', () => {
    expect(plan('line-budget.md')).toEqual([]);
  });
  it('sv Markdown: an application to the digitalisation portfolio — checked', () => {
    expect(plan('portfolio.md').map((message) => message.messageId)).toContain('noPlan');
  });
  it('en YAML: "(not portfolio funding)" — not checked', () => {
    expect(plan('not-portfolio.yaml')).toEqual([]);
  });
});
