/**
 * Issue 8, "Mention taken as fulfilment" in the rules that read prose (built CLI): an exit plan
 * that is to be drawn up during the project is none from the start (STH-4b "ska redan när de
 * startas"); approval by a project's own steering group is not approval by the body the strategy
 * names, even where that body is named in the same sentence (FLO-11); the body under its current
 * name (kommunedirektørkollegiet, formerly rådmannskollegiet) is that body.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, runBuilt, tempDir, writeTree } from '../helpers/ci-run.js';

interface Message {
  ruleId: string;
  messageId: string;
  severity: 1 | 2;
  line: number;
}

let dir: string;
beforeAll(() => {
  dir = tempDir('reading-polarity');
  writeTree(dir, {
    'exit-later.md':
      '# Försök med sensorer\n\nKategori: innovativt\n\n## Avvecklingsplan\n\nEn plan för hur erfarenheterna tas om hand och hur lösningen avvecklas tas fram under projektets gång.\n',
    'exit-later.yaml': 'title: Chatbot trial\nlanguage: en\ncategory: innovative\nexitPlan: An exit plan will be drawn up during the project.\n',
    'exit-now.yaml':
      'title: Chatbot trial\nlanguage: en\ncategory: innovative\nexitPlan: Lessons go into a report to the IT board by 2027-06-30; the environment is then decommissioned and its data deleted.\n',
    'steering.md':
      '# Felles sak-arkiv\n\nEier: Torunn Bakke\n\n## Godkjenning\n\nProsjektets styringsgruppe godkjente løsningen i møte 01.10.2026, slik rådmannskollegiet har bedt om for eiendomsprosjekter.\n',
    'steering.yaml':
      "title: Shared archive\nlanguage: en\nowner: Torunn Bakke\ndescription: The project's steering group approved the solution on 1 October 2026, as the council of chief executives asked for such projects.\n",
    'renamed.md':
      '# Felles sak-arkiv\n\nEier: Torunn Bakke\n\n## Godkjenning\n\nProsjektet ble godkjent av kommunedirektørkollegiet (tidligere rådmannskollegiet) i møte 27.10.2026, sak 14/26.\n',
    'no-purchase.md':
      '# Digital søknad\n\nEier: Torunn Bakke\n\n## Løsning\n\nSkjemaet lages i den felles skjemaløsningen, fremfor å kjøpe et eget skjemaverktøy. Databehandleravtalen med leverandøren er oppdatert.\n',
    'no-purchase.yaml':
      'title: Digital form\nlanguage: en\nowner: Torunn Bakke\ndescription: The form is built in the shared form solution rather than buying a separate tool; licence costs stay with our existing supplier.\n',
    'purchase.yaml': 'title: Digital form\nlanguage: en\nowner: Torunn Bakke\ndescription: We buy a new case management system as a cloud service.\n',
    'evaluation.md':
      '# Storskrald\n\nEjer: Teknik og Miljø\n\n## 6. Evaluering\n\nProjektet evalueres med en efterkalkule. Evalueringen gennemføres senest 1. september 2028. Ansvarlig: Digitaliseringskonsulent Jonas Friis.\n',
    'evaluation-later.yaml':
      'titel: Bokning\nspråk: sv\nägare: Kultur- och fritidsnämnden\nnyttovärdering:\n  utvärdering: Efterkalkyl mot nyttovärderingen. Datum och ansvarig bestäms senare.\n',
    'renamed.yaml': 'tittel: Felles sak-arkiv\nspråk: nb\neier: Torunn Bakke\nbeskrivelse: Kommunedirektørkollegiet godkjente anskaffelsen 08.09.2026.\n',
  });
});
afterAll(() => removeDir(dir));

function lint(strategy: string, file: string, ruleId: string): string[] {
  const run = runBuilt(['lint', '--format', 'json', '--no-ignore', '--strategy', strategy, file], { cwd: dir });
  const [result] = JSON.parse(run.stdout) as { messages: Message[] }[];
  return result!.messages.filter((message) => message.ruleId === ruleId).map((message) => `${message.messageId}:${message.severity}@${message.line}`);
}

describe('an exit plan put off is none from the start', () => {
  it('sv Markdown: "tas fram under projektets gång" — an error at the exit plan', () => {
    expect(lint('stockholm', 'exit-later.md', 'it-category')).toContain('noExitPlan:2@7');
  });
  it('en YAML: "will be drawn up during the project" — an error at the exit plan', () => {
    expect(lint('stockholm', 'exit-later.yaml', 'it-category')).toContain('noExitPlan:2@4');
  });
  it('en YAML: an exit plan that says what happens is one', () => {
    expect(lint('stockholm', 'exit-now.yaml', 'it-category').filter((found) => found.startsWith('noExitPlan'))).toEqual([]);
  });
});

describe('a purchase declined, or a supplier named, buys nothing', () => {
  const procurement = (file: string) => lint('ikt-follo', file, 'approval-and-organisation').filter((found) => found.startsWith('noProcurement'));
  it('nb Markdown: "fremfor å kjøpe et eget skjemaverktøy" and an agreement with the supplier', () => {
    expect(procurement('no-purchase.md')).toEqual([]);
  });
  it('en YAML: "rather than buying a separate tool; licence costs stay with our existing supplier"', () => {
    expect(procurement('no-purchase.yaml')).toEqual([]);
  });
  it('en YAML: "We buy a new … system as a cloud service" asks how procurement law is followed', () => {
    expect(procurement('purchase.yaml')).toEqual(['noProcurement:2@1']);
  });
});

describe("an evaluation's date and evaluator written in its sentences", () => {
  const evaluation = (file: string) => lint('nordfyns', file, 'evaluation-process');
  it('da Markdown: "gennemføres senest 1. september 2028. Ansvarlig: …" states both', () => {
    expect(evaluation('evaluation.md')).toEqual([]);
  });
  it('sv YAML: "Datum och ansvarig bestäms senare" states neither', () => {
    expect(evaluation('evaluation-later.yaml').map((found) => found.split(':')[0])).toEqual(['noDate', 'noResponsible']);
  });
});

describe("the project's own steering group is not the body the strategy names", () => {
  const approval = (file: string) => lint('ikt-follo', file, 'approval-and-organisation').filter((found) => found.startsWith('noApproval'));
  it('nb Markdown: "Prosjektets styringsgruppe godkjente …, slik rådmannskollegiet har bedt om" is no approval', () => {
    expect(approval('steering.md')).toEqual(['noApproval:2@7']);
  });
  it('en YAML: "The project\'s steering group approved …, as the council of chief executives asked" is no approval', () => {
    expect(approval('steering.yaml')).toEqual(['noApproval:2@4']);
  });
  it('nb Markdown: approved by the kommunedirektørkollegiet (the renamed rådmannskollegiet)', () => {
    expect(approval('renamed.md')).toEqual([]);
  });
  it('nb YAML: "Kommunedirektørkollegiet godkjente anskaffelsen" is the approval', () => {
    expect(approval('renamed.yaml')).toEqual([]);
  });
});
