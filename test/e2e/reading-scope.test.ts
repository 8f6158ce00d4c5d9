/**
 * Issue 8, "Rules outside their scope" and "Strategies leaking into each other" (built CLI): a
 * finding is an error only where a clause of a strategy in force demands it with its own modal
 * verb — a finding resting on another strategy's clause is advice and cites none of that
 * strategy's clauses; a "bør"/"ønsker" clause gives a warning; a clause that says two things
 * (Stockholm's innovative category: the lifetime "bör", the exit plan "ska") gives each its own
 * severity (data/clauses.json `parts`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, runBuilt, tempDir, writeTree } from '../helpers/ci-run.js';

interface Message {
  ruleId: string;
  messageId: string;
  severity: 1 | 2;
  line: number;
  clauses: string[];
}

let dir: string;
beforeAll(() => {
  dir = tempDir('reading-scope');
  writeTree(dir, {
    // Oskarshamn has no shared-solution clause: the rule's demand to state one is not in force there.
    'osk.yaml': 'title: E-tjänst för bygglov\nlanguage: sv\nowner: Byggnadsnämnden\ndescription: En e-tjänst för bygglovsansökningar.\n',
    'osk.md': '# E-service for building permits\n\nOwner: Building Committee\n\n## Description\n\nAn e-service for building permit applications.\n',
    // Nordfyns' NFY-4 "ønsker"/"tilstræber": a section that gives no status is a warning.
    'nfy.md': '# Booking af lokaler\n\nEjer: Kultur og Fritid\n\n## Fællesoffentlig løsning\n\nVi har kigget på det.\n',
    'nfy.yaml': 'title: Booking af lokaler\nlanguage: da\nowner: Kultur og Fritid\nsharedSolution:\n  explanation: Vi har kigget på det.\n',
    // Stockholm's innovative category: nine months (the lifetime "bör": a warning), no exit plan (the "ska": an error).
    'sth.yaml': 'title: Försök med chattbot\nlanguage: sv\ncategory: innovative\nschedule:\n  start: 2026-01-01\n  end: 2026-10-01\n',
    'sth.md': '# Försök med chattbot\n\nKategori: innovativ\n\n## Tidplan\n\nStart: 2026-01-01\n\nSlut: 2026-10-01\n',
  });
});
afterAll(() => removeDir(dir));

function lint(strategy: string, file: string): Message[] {
  const run = runBuilt(['lint', '--format', 'json', '--no-ignore', '--strategy', strategy, file], { cwd: dir });
  return (JSON.parse(run.stdout) as { messages: Message[] }[])[0]!.messages;
}
const of = (messages: Message[], ruleId: string, messageId?: string) =>
  messages.filter((message) => message.ruleId === ruleId && (messageId === undefined || message.messageId === messageId));

describe('a finding resting only on clauses of strategies not in force', () => {
  for (const file of ['osk.yaml', 'osk.md']) {
    it(`${file}: under oskarshamn, which has no shared-solution clause, and stockholm, which forbids duplicating but asks no statement, no shared-solution finding`, () => {
      expect(of(lint('oskarshamn', file), 'shared-solution')).toEqual([]);
      expect(of(lint('stockholm', file), 'shared-solution')).toEqual([]);
    });
  }

  it('under esbjerg, whose ESB-3.1b demands it, the same finding is an error citing Esbjerg only', () => {
    const [found] = of(lint('esbjerg', 'osk.yaml'), 'shared-solution');
    expect(found?.severity).toBe(2);
    expect(found?.clauses.every((clause) => clause.startsWith('ESB-'))).toBe(true);
  });
});

describe('severity follows the modal verb of the clause in force', () => {
  for (const file of ['nfy.md', 'nfy.yaml']) {
    it(`${file}: Nordfyns' should-clause NFY-4 gives a warning`, () => {
      const found = of(lint('nordfyns', file), 'shared-solution', 'noStatus');
      expect(found.map((message) => [message.severity, message.clauses])).toEqual([[1, ['NFY-4']]]);
    });
  }

  for (const file of ['sth.yaml', 'sth.md']) {
    it(`${file}: Stockholm's innovative category — nine months "bör" not be: a warning; no exit plan "ska" be: an error`, () => {
      const messages = lint('stockholm', file);
      expect(of(messages, 'it-category', 'tooLong').map((message) => message.severity)).toEqual([1]);
      expect(of(messages, 'it-category', 'noExitPlan').map((message) => message.severity)).toEqual([2]);
    });
  }
});
