/**
 * Issue 8, owners as authors write them (built CLI, `single-owner`): a department whose name
 * has og/och/&/and is one owner; an English "Name, Title Case Job Title, Unit" line is one
 * person; a sentence saying who the owner is ("Systemägare är äldrenämnden, som …", "X er
 * projektejer") names that one; a placeholder or a deferral ("avklares senere", "to be decided
 * between …") names none; two people are still two.
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
  dir = tempDir('reading-owners');
  const md = (title: string, owner: string) => `# ${title}\n\n${owner}\n`;
  writeTree(dir, {
    'department.md': md('Sensorer i affaldsspande', 'Ejer: Teknik og Miljø\n\nProjektleder: Jonas Holm'),
    'department.yaml': 'titel: Bokning av lokaler\nspråk: sv\nägare: Kultur & fritid\n',
    'title-case.md': md(
      'Skin-to-skin video visits',
      'Owner: Jytte Mortensen, Head of Elderly Care, Health and Elderly Care. She has approved the business case.',
    ),
    'title-case.yaml':
      'title: Water meters\nlanguage: en\nowner: Guro Lie, Head of Water and Sewerage, Nordre Follo Municipality, on behalf of both municipalities\n',
    'sentence.md':
      '# Besöksregistrering\n\n## Systemägare\n\nSystemägare är äldrenämnden, som har accepterat det framtida ansvaret och kostnaderna (beslut 2026-10-22 § 7). Systemägarrepresentant: Helena Roos, avdelningschef Äldreförvaltningen.\n',
    'sentence.yaml': 'titel: Booking af lokaler\nsprog: da\nejer: Kultur og Fritid er projektejer og har godkendt business casen.\n',
    'deferred.md': '# Ny sak-arkiv\n\n## Eier\n\nEier: avklares senere\n\nStyringsgruppe: Rune Fossum (leder), IKT-sjef i IKT Follo.\n',
    'deferred.yaml': 'title: Booking\nlanguage: en\nowner: to be decided between Culture and Leisure and Children and Education\n',
    'two.md': md('Fælles borgerservice', 'Projektejer: Mette Jensen, direktør for Social og Arbejdsmarked og Ole Hansen, direktør for Teknik og Miljø'),
    'two.yaml': 'titel: Bibliotek\nspråk: sv\nprojektägare: Kultur- och fritidschef Jenny Carlsson och förvaltningschef Ingrid Holm\n',
  });
});
afterAll(() => removeDir(dir));

function owner(file: string, strategy: string): string[] {
  const run = runBuilt(['lint', '--format', 'json', '--no-ignore', '--strategy', strategy, file], { cwd: dir });
  const [result] = JSON.parse(run.stdout) as { messages: Message[] }[];
  return result!.messages.filter((message) => message.ruleId === 'single-owner').map((message) => `${message.messageId}@${message.line}`);
}

describe('one owner', () => {
  it('da Markdown: "Ejer: Teknik og Miljø" followed by a Projektleder line', () => expect(owner('department.md', 'esbjerg')).toEqual([]));
  it('sv YAML: "Kultur & fritid"', () => expect(owner('department.yaml', 'stockholm')).toEqual([]));
  it('en Markdown: "Jytte Mortensen, Head of Elderly Care, Health and Elderly Care"', () => expect(owner('title-case.md', 'esbjerg')).toEqual([]));
  it('en YAML: "Guro Lie, Head of Water and Sewerage, Nordre Follo Municipality, …"', () => expect(owner('title-case.yaml', 'esbjerg')).toEqual([]));
  it('sv Markdown: "Systemägare är äldrenämnden, som har accepterat …"', () => expect(owner('sentence.md', 'stockholm')).toEqual([]));
  it('da YAML: "Kultur og Fritid er projektejer og har godkendt …"', () => expect(owner('sentence.yaml', 'esbjerg')).toEqual([]));
});

describe('no owner, or two', () => {
  it('nb Markdown: "Eier: avklares senere" with a Styringsgruppe paragraph after it is no owner', () => {
    expect(owner('deferred.md', 'esbjerg')).toEqual(['placeholder@5']);
  });
  it('en YAML: "to be decided between …" is no owner', () => expect(owner('deferred.yaml', 'esbjerg')).toEqual(['placeholder@3']));
  it('da Markdown: two direktører', () => expect(owner('two.md', 'esbjerg')).toEqual(['several@3']));
  it('sv YAML: two chefs joined by "och" — under Oskarshamn (OSK-3 recommends) a warning', () => {
    const run = runBuilt(['lint', '--format', 'json', '--no-ignore', '--strategy', 'oskarshamn', 'two.yaml'], { cwd: dir });
    const found = (JSON.parse(run.stdout) as { messages: Message[] }[])[0]!.messages.filter((message) => message.ruleId === 'single-owner');
    expect(found.map((message) => [message.messageId, message.severity])).toEqual([['several', 1]]);
  });
});
