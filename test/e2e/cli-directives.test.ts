/**
 * Inline disables (SPEC §3): an author silences a finding only with a reason, which the JSON
 * keeps in `suppressedMessages`; a disable without a reason is itself a finding and silences
 * nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, runCli, tempDir, writeTree } from '../helpers/ci-run.js';
import { jsonResults, locations, SCHEMA_ONLY } from '../helpers/cli-assert.js';

const REASON = 'budget line agreed with finance, see case 2024-117';

/** The unknown key `budgett` is on line 5, or 6 below a directive. */
const yaml = (directive: string) =>
  [
    'title: Digital post',
    'owner:',
    '  name: Jane Doe',
    'description: Letters go out through Digital Post.',
    ...(directive ? [directive] : []),
    'budgett: 100000',
    '',
  ].join('\n');

/** The unknown perspective is in the table's row on line 12, or 14 below a directive (line 8). */
const markdown = (directive: string) =>
  [
    '---',
    'title: Digital post',
    'owner: Jane Doe',
    '---',
    '',
    '# Digital post',
    '',
    ...(directive ? [directive, ''] : []),
    '## Follow-up',
    '',
    '| Perspective | Metric | Method | Target |',
    '|---|---|---|---|',
    '| Sideways benefit | Happiness | Objective | 100 % |',
    '',
  ].join('\n');

let dir: string;

beforeAll(() => {
  dir = tempDir('directives');
  writeTree(dir, {
    '.itstratrc.yaml': SCHEMA_ONLY,
    'yaml-none.yaml': yaml(''),
    'yaml-reason.yaml': yaml(`# itstrat-disable schema -- ${REASON}`),
    'yaml-no-reason.yaml': yaml('# itstrat-disable schema'),
    'md-none.md': markdown(''),
    'md-reason.md': markdown(`<!-- itstrat-disable schema -- ${REASON} -->`),
    'md-no-reason.md': markdown('<!-- itstrat-disable schema -->'),
    // Front matter is YAML, so a YAML comment there covers a key no HTML comment can precede.
    'md-front-matter.md': [
      '---',
      'title: Digital post',
      'owner: Jane Doe',
      `# itstrat-disable-next-line schema -- ${REASON}`,
      'budgett: 100000',
      '---',
      '',
      '# Digital post',
      '',
    ].join('\n'),
  });
});

afterAll(() => removeDir(dir));

describe('inline disables', () => {
  it('with a reason they suppress, keeping the reason; without one they are a finding and suppress nothing', () => {
    const run = runCli(['lint', '.', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const results = jsonResults(run);

    // Without a directive: the unknown key (YAML) and the unknown perspective (Markdown table) are errors.
    expect(locations(results.get('yaml-none.yaml'))).toEqual(['schema@5:1']);
    expect(locations(results.get('md-none.md'))).toEqual(['schema@12:3']);

    for (const [name, line, column] of [
      ['yaml-reason.yaml', 6, 1],
      ['md-reason.md', 14, 3],
      ['md-front-matter.md', 5, 1],
    ] as const) {
      const result = results.get(name)!;
      expect(result.messages, name).toEqual([]);
      expect(result.errorCount, name).toBe(0);
      expect(result.suppressedMessages, name).toEqual([
        expect.objectContaining({ ruleId: 'schema', line, column, suppressions: [{ kind: 'directive', justification: REASON }] }),
      ]);
    }

    for (const [name, expected] of [
      ['yaml-no-reason.yaml', ['directive@5:1', 'schema@6:1']],
      ['md-no-reason.md', ['directive@8:1', 'schema@14:3']],
    ] as const) {
      const result = results.get(name)!;
      expect(result.suppressedMessages, name).toEqual([]);
      expect(locations(result), name).toEqual(expected);
      const directive = result.messages.find((message) => message.ruleId === 'directive')!;
      expect(directive.severity).toBe(2);
      expect(directive.message).toMatch(/needs a reason after "--"/);
    }
  });
});

describe('a disable must name its rules (issue 13: no blanket disable)', () => {
  let blanket: string;
  beforeAll(() => {
    blanket = tempDir('directives-blanket');
    writeTree(blanket, {
      '.itstratrc.yaml': SCHEMA_ONLY,
      'yaml-blanket.yaml': yaml(`# itstrat-disable -- ${REASON}`),
      'yaml-blanket-next-line.yaml': yaml(`# itstrat-disable-next-line -- ${REASON}`),
      'yaml-blanket-line.yaml': yaml('').replace('budgett: 100000', `budgett: 100000 # itstrat-disable-line -- ${REASON}`),
      'md-blanket.md': markdown(`<!-- itstrat-disable -- ${REASON} -->`),
      'md-blanket-bare.md': markdown('<!-- itstrat-disable -->'),
      // An enable naming no rule still ends the disables above it.
      'yaml-enable-all.yaml': [`# itstrat-disable schema -- ${REASON}`, 'title: Digital post', '# itstrat-enable', ...yaml('').split('\n').slice(1)].join('\n'),
    });
  });
  afterAll(() => removeDir(blanket));

  it('one naming no rule is a located directive error and silences nothing, in -line and -next-line forms too', () => {
    const run = runCli(['lint', '.', '--format', 'json'], { cwd: blanket });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const results = jsonResults(run);
    const cases: [string, string[]][] = [
      ['yaml-blanket.yaml', ['directive@5:1', 'schema@6:1']],
      ['yaml-blanket-next-line.yaml', ['directive@5:1', 'schema@6:1']],
      ['yaml-blanket-line.yaml', ['schema@5:1', 'directive@5:17']],
      ['md-blanket.md', ['directive@8:1', 'schema@14:3']],
      ['md-blanket-bare.md', ['directive@8:1', 'directive@8:1', 'schema@14:3']],
      ['yaml-enable-all.yaml', ['schema@7:1']],
    ];
    for (const [name, expected] of cases) {
      const result = results.get(name)!;
      expect(result.suppressedMessages, name).toEqual([]);
      expect(locations(result).sort(), name).toEqual([...expected].sort());
      const directives = result.messages.filter((message) => message.ruleId === 'directive');
      if (name !== 'yaml-enable-all.yaml') {
        expect(
          directives.some((message) => message.severity === 2 && /must name the rules it disables/.test(message.message)),
          name,
        ).toBe(true);
      }
    }
  });

  it('the message is localised (da, sv, nb)', () => {
    const said = { da: /skal nævne de regler/, sv: /måste ange de regler/, nb: /må nevne reglene/ };
    for (const [lang, pattern] of Object.entries(said)) {
      const run = runCli(['lint', 'yaml-blanket.yaml', '--format', 'json', '--lang', lang], { cwd: blanket });
      expect(run.code).toBe(1);
      const result = jsonResults(run).get('yaml-blanket.yaml')!;
      expect(result.messages.find((message) => message.ruleId === 'directive')!.message).toMatch(pattern);
    }
  });
});
