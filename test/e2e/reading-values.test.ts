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
    'enum.yaml': 'titel: Selvbetjening\nsprog: da\nopfølgning:\n  måltal:\n    - navn: Andel digitale ansøgninger\n      perspektiv: borgerne\n',
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
    // Ordinary proposal fields no clause names, in the four languages (issue 8, "Fields nobody asked for").
    'ordinary-sv.yaml': [
      'titel: Mobil dokumentation för tillsyn',
      'språk: sv',
      'ägare: Räddningschef Tomas Ek',
      'projektledare: Sofia Lundgren',
      'kontaktperson: Per Olsson',
      'systemägarrepresentant: Karin Åberg',
      'risker: Följs i räddningstjänstens risklogg.',
      'upphandling: Avrop på ramavtal.',
      'arkitektur: Informationsmodellen dokumenteras.',
      'gemensamt-beslut: Förvaltningschefsgruppen 2026-11-24',
      'nyttovärdering:',
      '  metod: PENG (2026-11-09)',
      '  currency: SEK',
      'uppföljning:',
      '  mätmetoder: Tidsregistrering per tillsyn och antal tillsyner ur verksamhetssystemet.',
      '  nulägesmätning: 2026 – 140 tillsyner, 2,2 timmar renskrivning per tillsyn.',
      '  metrics:',
      '    - { name: Antal tillsyner per år, target: 180, deadline: 2028-12-31 }',
      'säkerhet:',
      '  securityPlan: Räddningstjänstens IT-säkerhetsplan gäller.',
      '',
    ].join('\n'),
    'ordinary-da.yaml': [
      'titel: Digital opkrævning',
      'sprog: da',
      'ejer: Borgerservice',
      'kontaktperson: Jens Holm',
      'risici: Leverandøren kan blive forsinket; vi har en reserveplan.',
      'udbud: Miniudbud på SKI-aftale 02.19.',
      'arkitektur: Løsningen følger den fælleskommunale rammearkitektur.',
      'beslutning: Direktionen 2026-11-01',
      'løsningsvalg: Den fælleskommunale løsning er gennemprøvet og drives eksternt.',
      'økonomi:',
      '  metode: Den fællesstatslige business case-model',
      '  alternativer: At beholde dagens system er dyrere.',
      'opfølgning:',
      '  målemetoder: Udtræk fra fagsystemet.',
      '  nulpunktsmåling: 2026 – 4.000 breve om året.',
      '  måltal:',
      '    - { navn: Andel digitale breve, mål: 95 % }',
      '',
    ].join('\n'),
    'ordinary-nb.yaml':
      'tittel: eSignering av arbeidsavtaler\nspråk: nb\neier: HR-sjef Marianne Solberg\ngodkjenning: Kommunedirektørkollegiet 2026-12-03, sak 45/26.\nanskaffelse: Ingen anskaffelse – Digdirs fellesløsning brukes.\nrisiko: Følges i prosjektets risikologg.\nkostnader-og-gevinster:\n  alternativer: Å videreutvikle dagens HR-system ble vurdert.\n',
    'ordinary-en.md':
      '---\ntitle: Digital meal ordering\nlanguage: en\nalternatives: Upgrading the current ordering module was priced against the new shared portal.\nrisks: Handled in the project model; risk log kept by the project manager.\nprocurement: Call-off on the framework agreement.\narchitecture: The information model is documented.\napproval: Directors group 2026-11-24\ncontact: Ann Lee\n---\n\n# Digital meal ordering\n',
    'unknown-sv.yaml': 'titel: Digital signering\nspråk: sv\nägare: Kanslichef Maria Holm\nkostnadsställe: 4711\n',
    // A label line whose label is a structured field, written as prose (issue 8, "Label lines that are prose").
    'labels-sv.md': [
      '# Digital nattillsyn',
      '',
      'Projektägare: Omsorgsnämnden',
      '',
      '## Nyttovärdering',
      '',
      'Gjord med PENG-modellen. Investering 420 000 kr 2027, drift 96 000 kr per år från 2027.',
      'Efterkalkyl: ekonomienheten, 2028-10-31. Effekthemtagning: nattpatrullens körschema görs om',
      '2027-09-01 och en bil lämnas tillbaka.',
      '',
      '## Tidplan',
      '',
      'Projektet startar 2027-01-15. Slut: 2027-05-31, så att införandet är klart före semestrarna.',
      '',
      '## Övrigt',
      '',
      'Säkerhet: Kamerorna följer IT-säkerhetsplanen; bilderna sparas inte.',
      '',
    ].join('\n'),
    'labels-en.md': [
      '# Robot vacuum cleaners in four schools',
      '',
      'Owner: Head of Facilities Jane Doe',
      '',
      '## Business case',
      '',
      'Costs DKK 300,000 in 2027. Post-calculation: the finance team compares the outcome with the business case on 2027-12-01. Benefits realisation: the night cleaning shift is reduced from 2027-09-01.',
      '',
      '## Timeline',
      '',
      'Work starts 2027-02-01. End: 2027-06-30, before the summer holidays.',
      '',
      '## Other matters',
      '',
      'Security: the robots store no personal data; the supplier hosts the plan in the EU.',
      '',
    ].join('\n'),
    'evaluation-no.yaml':
      'titel: Ny webbplats för hamnen\nspråk: sv\nägare: Turistchef Malin Eriksson\nnyttovärdering:\n  currency: SEK\n  efterkalkyl: false\n  effekthemtagning: nej\n',
    'evaluation-no-da.yaml': 'titel: Ny telefoni\nsprog: da\nejer: Borgerservice\nøkonomi:\n  valuta: DKK\n  evaluering: nej\n',
    // A measurement method described, not classed.
    'method-en.md': [
      '---',
      'title: Digital meal ordering',
      'language: en',
      '---',
      '',
      '# Digital meal ordering',
      '',
      '## Follow-up',
      '',
      '| KPI | Method | Baseline | Target |',
      '|---|---|---|---|',
      '| Food waste per portion | Weighing, two weeks each autumn | 46 g | By the end of 2028: 38 g |',
      '| Special-diet errors reported | Deviation reports | 14 per year | By the end of 2028: under 4 |',
      '',
    ].join('\n'),
    'method-sv.yaml':
      'titel: Färdtjänst\nspråk: sv\nuppföljning:\n  metrics:\n    - { name: Klagomål per månad, method: Avvikelserapporter i ärendesystemet, baseline: 14, target: 4 }\n',
    // "Is a shared solution used?" answered yes or no, for the status.
    'used-sv.yaml':
      'titel: Bokning av lokaler\nspråk: sv\nägare: Kultur- och fritidsnämnden\ngemensam-lösning:\n  används: nej\n  alternativ: Stadens e-tjänsteplattform\n  skäl: väsentligt dyrare\n  förklaring: Plattformen saknar stöd för bokning av lokaler med betalning.\n',
    'used-da.md': '# Booking af lokaler\n\nProjektejer: Kultur og Fritid\n\n## Fællesoffentlig løsning\n\nAnvendes: ja\n\nLøsninger: MitID, Digital Post\n',
    'used-nb.yaml': 'tittel: Booking\nspråk: nb\neier: Kultursjef\nfellesløsning:\n  brukes: nei\n',
    // A risk assessment's facts in the author's language; a list or mapping where one text is expected.
    'facts-da.yaml':
      'titel: Ny telefoni\nsprog: da\nejer: Borgerservice\nsikkerhed:\n  personalData: true\n  cloud: true\n  risikovurdering: { udført: nej, ansvarlig: Informationssikkerhedskoordinatoren }\n  databehandleraftale: { udført: ja, dato: 2026-09-15, af: Jura, resultat: Underskrevet }\n',
    'facts-nb.yaml':
      'tittel: Sensorer\nspråk: nb\neier: Helse\nsikkerhet:\n  personalData: true\n  cloud: true\n  ros-analyse: { gjennomført: ja, dato: 2026-05-20, av: IKT Follo, resultat: Akseptabel risiko }\n  databehandleravtale: { utført: ja, dato: 2026-06-01, av: Kommuneadvokaten }\n',
    'lists-da.yaml':
      'titel: Ny telefoni\nsprog: da\nejer: Borgerservice\nøkonomi:\n  valuta: DKK\n  fordele:\n    - Færre opkald i kø og hurtigere svar til borgerne\n  ulemper:\n    - Medarbejderne skal oplæres i den nye løsning\n  arbejdsgang:\n    i dag: Opkald besvares manuelt og noteres på papir.\n    fremover: Opkald fordeles automatisk, og data hentes fra CPR, så intet tastes to gange.\n',
    'lists-en.yaml':
      'title: Digital meter readings\nlanguage: en\nowner: Head of Water Services\ndescription:\n  - Customers read their water meter in a self-service app.\n  - The reading goes straight into the billing system.\nbusinessCase:\n  currency: NOK\n  advantages: [Fewer estimated bills, No printed meter cards]\n  disadvantages: [Customers without a smartphone need another channel]\n',
    // A date of the wrong form.
    'date-da.md': '# Digital flytning\n\nProjektejer: Borgerservice\n\n## Tidsplan\n\nStart: 2027-01-15\n\nSlut: efter sommerferien\n',
    'date-en.yaml': 'title: Digital meter readings\nlanguage: en\nschedule: { start: soon, end: 2027-06-30 }\n',
    // A currency as authors write it.
    'currency-da.yaml':
      'titel: Ny telefoni\nsprog: da\nejer: Borgerservice\nøkonomi:\n  valuta: Danske kroner (DKK)\n  omkostninger:\n    - { post: Licens, beløb: 1000, art: drift, valuta: dkk }\n',
    'currency-sv.md':
      '# Ny e-tjänst\n\nProjektägare: Kulturnämnden\n\n## Kostnader\n\nValuta: kronor\n\n| Post | Belopp | Typ |\n|---|---|---|\n| Licens | 1 000 | drift |\n',
    'risks-sv.yaml': 'titel: Ny webbplats för hamnen\nspråk: sv\nägare: Turistchefen\nrisker: Hanteras i kommunens projektmodell.\n',
    'risks-da.yaml': 'titel: Ny hjemmeside for havnen\nsprog: da\nejer: Turistchefen\nrisici: Håndteres i kommunens projektmodel.\n',
    // A field of the business case written at the top level.
    'workflow-da.yaml':
      'titel: Digital flytteanmeldelse\nsprog: da\nejer: Borgerservice\narbejdsgang: Borgeren anmelder flytning digitalt med MitID; data hentes fra CPR, så sagsbehandleren ikke taster dem igen, og sagen journaliseres automatisk i ESDH.\n',
    'workflow-en.yaml':
      'title: Digital meter readings\nlanguage: en\nowner: Head of Water Services\nbusinessCase:\n  currency: NOK\nworkflow: Customers read their meter in the app; the reading is fetched from the customer register, so staff no longer re-enter it, and the bill is made automatically.\nevaluation: { method: Outcome against the business case, date: 2028-06-30, responsible: Finance }\n',
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
  it('da YAML: the perspective values are listed in Danish', () => {
    const [found] = schema(lint('enum.yaml', 'esbjerg'));
    expect(found?.message).toBe('Opfølgning › Måltal 1 › Perspektiv skal være en af: ekstern nytte, intern nytte, it-modenhed, it-omkostninger, it-kvalitet.');
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

const by = (messages: Message[], ruleId: string) => messages.filter((message) => message.ruleId === ruleId);

describe('ordinary proposal fields are fields, in the four languages', () => {
  it('sv YAML: risker, upphandling, arkitektur, gemensamt-beslut, systemägarrepresentant, kontaktperson, metod, securityPlan', () => {
    const messages = lint('ordinary-sv.yaml', 'oskarshamn');
    expect(schema(messages)).toEqual([]);
    // Methods and the baseline measurement written once for every metric (OSK-11).
    expect(by(messages, 'metric-baseline')).toEqual([]);
  });
  it('da YAML: risici, udbud, arkitektur, beslutning, løsningsvalg, metode, alternativer, målemetoder, nulpunktsmåling', () => {
    const messages = lint('ordinary-da.yaml', 'nordfyns');
    expect(schema(messages)).toEqual([]);
  });
  it("nb YAML: godkjenning, anskaffelse, risiko, alternativer — the options weighed are FLO-9's comparison", () => {
    const messages = lint('ordinary-nb.yaml', 'ikt-follo');
    expect(schema(messages)).toEqual([]);
    expect(by(messages, 'old-vs-new')).toEqual([]);
  });
  it('en Markdown front matter: risks, procurement, architecture, approval, contact, alternatives', () => {
    expect(schema(lint('ordinary-en.md'))).toEqual([]);
    expect(by(lint('ordinary-en.md', 'ikt-follo'), 'old-vs-new')).toEqual([]);
  });
});

describe('the risks field says how risks are handled (OSK-16), whatever its words', () => {
  it('sv YAML: "risker: Hanteras i kommunens projektmodell."', () => {
    expect(by(lint('risks-sv.yaml', 'oskarshamn'), 'post-calculation').map((message) => message.messageId)).not.toContain('noRisks');
  });
  it('da YAML: "risici: Håndteres i kommunens projektmodel."', () => {
    expect(by(lint('risks-da.yaml', 'oskarshamn'), 'post-calculation').map((message) => message.messageId)).not.toContain('noRisks');
  });
});

describe('an unknown key is a warning, with the nearest known key when there is one', () => {
  it('da YAML: "ejeer" is a warning naming "Ejer"', () => {
    const [found] = schema(lint('typo.yaml', 'esbjerg'));
    expect([found?.messageId, found?.severity]).toEqual(['unknownTopKeyNear', 1]);
  });
  it('sv YAML: "kostnadsställe", near no field, is a warning without a guess', () => {
    const found = schema(lint('unknown-sv.yaml', 'oskarshamn'));
    expect(found.map((message) => [message.messageId, message.severity, message.line])).toEqual([['unknownTopKey', 1, 4]]);
  });
});

describe('a label line whose field is structured fills it, or stays prose about it', () => {
  it('sv Markdown: "Efterkalkyl: …", "Effekthemtagning: …" fill their text keys; "Slut: <date>, så att …" is the date; "Säkerhet: …" is prose', () => {
    const messages = lint('labels-sv.md', 'oskarshamn');
    expect(schema(messages)).toEqual([]);
    expect(by(messages, 'post-calculation').map((message) => message.messageId)).not.toContain('noEvaluation');
    expect(by(messages, 'post-calculation').map((message) => message.messageId)).not.toContain('noRealisation');
    // The security prose is the security field's text (OSK-6/7).
    expect(by(messages, 'special-needs').map((message) => message.messageId)).not.toContain('noSecurity');
  });
  it('en Markdown: "Post-calculation: …", "Benefits realisation: …", "End: <date>, …", "Security: …"', () => {
    const messages = lint('labels-en.md', 'oskarshamn');
    expect(schema(messages)).toEqual([]);
    expect(by(messages, 'post-calculation').map((message) => message.messageId)).not.toContain('noEvaluationDate');
  });
  it('sv YAML: "efterkalkyl: false", "effekthemtagning: nej" are not given: the rule says so at the key, not the schema', () => {
    const messages = lint('evaluation-no.yaml', 'oskarshamn');
    expect(schema(messages)).toEqual([]);
    const found = by(messages, 'post-calculation').map((message) => [message.messageId, message.line]);
    expect(found).toContainEqual(['noEvaluation', 6]);
    expect(found).toContainEqual(['noRealisation', 7]);
  });
  it('da YAML: "evaluering: nej" is no evaluation agreed, at its key', () => {
    const messages = lint('evaluation-no-da.yaml', 'nordfyns');
    expect(schema(messages)).toEqual([]);
    const lines = by(messages, 'evaluation-process').map((message) => message.line);
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines)).toEqual(new Set([6]));
  });
});

describe('a measurement method described in words is accepted', () => {
  it('en Markdown table: "Weighing, two weeks each autumn", "Deviation reports"', () => {
    const messages = lint('method-en.md', 'oskarshamn');
    expect(schema(messages)).toEqual([]);
    expect(by(messages, 'metric-baseline')).toEqual([]);
  });
  it('sv YAML: "Avvikelserapporter i ärendesystemet"', () => {
    expect(schema(lint('method-sv.yaml', 'oskarshamn'))).toEqual([]);
  });
});

describe('a field of the business case written at the top level is read there', () => {
  it('da YAML: "arbejdsgang" is businessCase.workProcess', () => {
    const messages = lint('workflow-da.yaml', 'nordfyns');
    expect(schema(messages)).toEqual([]);
    expect(by(messages, 'work-process')).toEqual([]);
  });
  it('en YAML: "workflow" and "evaluation" beside "businessCase"', () => {
    const messages = lint('workflow-en.yaml', 'nordfyns');
    expect(schema(messages)).toEqual([]);
    expect(by(messages, 'work-process')).toEqual([]);
    expect(by(messages, 'evaluation-process')).toEqual([]);
  });
});

describe('"is a shared solution used?" answered yes or no is the status', () => {
  it('sv YAML: "används: nej" beside the alternative and grounds is a deviation', () => {
    const messages = lint('used-sv.yaml', 'esbjerg');
    expect(schema(messages)).toEqual([]);
    expect(by(messages, 'shared-solution')).toEqual([]);
  });
  it('da Markdown: "Anvendes: ja" is used', () => {
    const messages = lint('used-da.md', 'esbjerg');
    expect(schema(messages)).toEqual([]);
    expect(by(messages, 'shared-solution')).toEqual([]);
  });
  it('nb YAML: "brukes: nei" alone is none available, which needs what was checked', () => {
    const messages = lint('used-nb.yaml', 'ikt-follo');
    expect(schema(messages)).toEqual([]);
    expect(by(messages, 'shared-solution').map((message) => message.messageId)).toEqual(['noneNoExplanation']);
  });
});

describe("a statement given as its facts, in the author's language", () => {
  it('da YAML: risikovurdering { udført: nej, ansvarlig } is a risk assessment not done; databehandleraftale { udført: ja, dato, af, resultat } is done', () => {
    const messages = lint('facts-da.yaml', 'ikt-follo');
    expect(schema(messages)).toEqual([]);
    expect(by(messages, 'ros-and-dpa').map((message) => message.messageId)).toEqual(['noRiskAssessment']);
  });
  it('nb YAML: ros-analyse { gjennomført, dato, av, resultat } and databehandleravtale { utført, dato, av } are done', () => {
    const messages = lint('facts-nb.yaml', 'ikt-follo');
    expect(schema(messages)).toEqual([]);
    expect(by(messages, 'ros-and-dpa')).toEqual([]);
  });
});

describe('a list or mapping where one text is expected is that text', () => {
  it('da YAML: fordele and ulemper as lists, arbejdsgang as { i dag, fremover }', () => {
    const messages = lint('lists-da.yaml', 'nordfyns');
    expect(schema(messages)).toEqual([]);
    expect(by(messages, 'advantages-disadvantages')).toEqual([]);
    expect(by(messages, 'work-process')).toEqual([]);
  });
  it('en YAML: the description and the advantages as lists', () => {
    const messages = lint('lists-en.yaml', 'nordfyns');
    expect(schema(messages)).toEqual([]);
    expect(by(messages, 'description')).toEqual([]);
    expect(by(messages, 'advantages-disadvantages')).toEqual([]);
  });
});

describe("a date of the wrong form is said as a date, in the reader's language", () => {
  it('da Markdown: "Slut: efter sommerferien"', () => {
    const [found] = schema(lint('date-da.md', 'nordfyns'));
    expect([found?.messageId, found?.line, found?.message]).toEqual(['date', 9, 'Tidsplan › Slut skal være en dato, ÅÅÅÅ-MM-DD (eller ÅÅÅÅ-MM).']);
  });
  it('en YAML: "start: soon"', () => {
    const [found] = schema(lint('date-en.yaml'));
    expect([found?.messageId, found?.message]).toEqual(['date', 'schedule.start must be a date, YYYY-MM-DD (or YYYY-MM).']);
  });
});

describe('a currency as authors write it', () => {
  it('da YAML: "Danske kroner (DKK)" and a line\'s "dkk" are DKK', () => {
    expect(schema(lint('currency-da.yaml', 'esbjerg'))).toEqual([]);
  });
  it('sv Markdown: "Valuta: kronor" is the kroner the strategy settles, no schema finding', () => {
    const messages = lint('currency-sv.md');
    expect(schema(messages)).toEqual([]);
    expect(by(messages, 'business-case').map((message) => message.messageId)).not.toContain('noCurrency');
  });
});
