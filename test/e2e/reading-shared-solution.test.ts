/**
 * Issue 8, shared-solution facts found where the author put them (built CLI): a sentence
 * anywhere in the proposal that names a shared component as used states the status "used",
 * under whatever heading; a sentence that names it in a denial ("Vi anvender ikke Digital
 * Post") states a deviation, which then needs its grounds, pointed at where it is said. In the section itself, a denied shared solution ("Der
 * findes ikke en fællesoffentlig løsning til …") says none is available, and a denied
 * deviation ("No deviation from shared public solutions") that the solutions follow.
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
  dir = tempDir('reading-shared');
  writeTree(dir, {
    'used-anywhere.md':
      '# Selvbetjening for storskrald\n\nEjer: Teknik og Miljø\n\n## 2. Løsning\n\nBorgeren logger ind med MitID, og kvitteringen sendes med Digital Post.\n',
    'negated.md':
      '# Selvbetjening for storskrald\n\nEjer: Teknik og Miljø\n\n## 2. Løsning\n\nVi anvender ikke Digital Post; kvitteringen sendes som e-mail.\n',
    'used-anywhere.yaml':
      'title: E-tjänst för parkeringstillstånd\nlanguage: sv\nowner: Trafiknämnden\ndescription: Ansökan görs i stadens e-tjänstplattform med inloggning via id-portalen.\n',
    'negated.yaml':
      'title: E-tjänst för parkeringstillstånd\nlanguage: sv\nowner: Trafiknämnden\ndescription: Vi använder inte id-portalen utan bygger en egen inloggning.\n',
    'none.md':
      "# Sensorer i affaldsspande\n\nEjer: Teknik og Miljø\n\n## Fællesoffentlig løsning\n\nDer findes ikke en fællesoffentlig løsning til sensorbaseret tømning. Vi har gennemgået KOMBITs projektliste og KL's rammeaftaler.\n",
    'none.yaml':
      'title: Sensorer i affaldsspande\nlanguage: da\nowner: Teknik og Miljø\nsharedSolution:\n  explanation: Der findes ikke en fællesoffentlig løsning til sensorbaseret tømning. Vi har gennemgået KOMBITs projektliste.\n',
    'no-deviation.md':
      '# Digital portfolio\n\nOwner: Head of Schools\n\n## Shared public solution\n\nThe portfolio runs as an add-on to Aula, with login through UNI-Login. No deviation from shared public solutions.\n',
  });
});
afterAll(() => removeDir(dir));

function sharedSolution(strategy: string, file: string): string[] {
  const run = runBuilt(['lint', '--format', 'json', '--no-ignore', '--strategy', strategy, file], { cwd: dir });
  const [result] = JSON.parse(run.stdout) as { messages: Message[] }[];
  return result!.messages
    .filter((message) => message.ruleId === 'shared-solution')
    .map((message) => (message.messageId === 'missing' ? `missing:${message.severity}` : `${message.messageId}:${message.severity}@${message.line}`));
}

describe('a shared component named anywhere', () => {
  it('da Markdown: "logger ind med MitID" under "2. Løsning" states the status used', () => {
    expect(sharedSolution('esbjerg', 'used-anywhere.md')).toEqual([]);
  });
  it('da Markdown: "Vi anvender ikke Digital Post" under "2. Løsning" is a deviation, with no grounds or explanation', () => {
    expect(sharedSolution('esbjerg', 'negated.md')).toEqual(['noExplanation:2@7', 'noGrounds:2@7']);
  });
  it('sv YAML: the description\'s "i stadens e-tjänstplattform med inloggning via id-portalen" states the status used', () => {
    expect(sharedSolution('stockholm', 'used-anywhere.yaml')).toEqual([]);
  });
  it('sv YAML: "Vi använder inte id-portalen" in the description is a deviation that needs the kommunstyrelse\'s exception (STH-7)', () => {
    // The grounds and explanation are Esbjerg's (ESB-3.1b): Stockholm's deviation rests on the exception alone.
    expect(sharedSolution('stockholm', 'negated.yaml')).toEqual(['noException:2@4']);
  });
});

describe('the status written as a sentence in the section', () => {
  for (const file of ['none.md', 'none.yaml']) {
    it(`${file}: "Der findes ikke en fællesoffentlig løsning til …" with what was checked: none available, explained`, () => {
      expect(sharedSolution('esbjerg', file)).toEqual([]);
    });
  }
  it('en Markdown: "No deviation from shared public solutions" beside Aula and UNI-Login: used', () => {
    expect(sharedSolution('esbjerg', 'no-deviation.md')).toEqual([]);
  });
});
