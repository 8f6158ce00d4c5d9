/**
 * A sixth strategy is one data file, its clauses in data/clauses.json and the rules that cite
 * them. In a copy of the built package: add "hedeby" (a fictitious Danish municipality) as
 * data/strategies/hedeby.json with two clauses, regenerate the schemas as `npm run schemas`
 * does, and a plugin rule citing its clause; then the preset, the schema enum, `init`,
 * `rules --strategy` and `lint` know it, with no code changed.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

const HEDEBY = {
  $schema: '../../schemas/strategy-data.schema.json',
  id: 'hedeby',
  order: 6,
  name: 'Hedeby Kommune — Digitaliseringsstrategi 2030',
  municipality: 'Hedeby Kommune',
  country: 'DK',
  language: 'da',
  clausePrefix: 'HDB',
  source: 'hedeby-digitaliseringsstrategi-2030.da.txt',
  currency: 'DKK',
  discountRate: 0.035,
  modalVerbs: { must: ['skal'], should: ['bør'] },
  requiredFields: { owner: ['HDB-1'], archive: ['HDB-2'] },
};

const clause = (modal: 'must' | 'should', quote: string) => ({
  strategy: 'hedeby',
  page: '3',
  modal,
  title: quote,
  quote,
  quoteEn: quote,
});

const PLUGIN = `export const rules = [{
  meta: { id: 'hedeby/owner', description: 'An owner is named.', clauses: ['HDB-1'], severity: 'warn', messages: { en: { missing: 'Name the owner.' } } },
  check(proposal, context) {
    if (!proposal.root.entries.has('owner')) context.report({ messageId: 'missing', missing: 'owner' });
  },
}];
`;

describe('a sixth strategy is a data file', () => {
  it('is picked up by the preset, the schema enum, init, rules --strategy and lint', () => {
    const copy = mkdtempSync(join(tmpdir(), 'itstrat-sixth-'));
    try {
      for (const part of ['package.json', 'bin', 'dist', 'data', 'schemas', 'scripts']) cpSync(join(root, part), join(copy, part), { recursive: true });
      symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
      writeFileSync(join(copy, 'data/strategies/hedeby.json'), `${JSON.stringify(HEDEBY, null, 2)}\n`);
      const clausesFile = join(copy, 'data/clauses.json');
      const catalogue = JSON.parse(readFileSync(clausesFile, 'utf8')) as { clauses: Record<string, unknown> };
      catalogue.clauses['HDB-1'] = clause('must', 'Ethvert projekt skal have én ejer.');
      catalogue.clauses['HDB-2'] = clause('should', 'Data bør arkiveres.');
      writeFileSync(clausesFile, JSON.stringify(catalogue, null, 2));

      const node = (args: string[], cwd = copy) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
      // What `npm run schemas` does after the build: the compiled validator and the published schemas.
      for (const script of ['scripts/build-schemas.js', 'scripts/build-strategy-schemas.js']) expect(node([script]).stderr).toBe('');
      const proposalSchema = JSON.parse(readFileSync(join(copy, 'schemas/proposal.schema.json'), 'utf8'));
      expect(proposalSchema.properties.strategy.enum).toEqual(['esbjerg', 'stockholm', 'oskarshamn', 'nordfyns', 'ikt-follo', 'hedeby']);

      const work = join(copy, 'work');
      mkdirSync(work);
      writeFileSync(join(work, 'hedeby-rules.js'), PLUGIN);
      // What `rules` lists of the plugin without running its code (SECURITY.md): its package.json's declaration.
      const declared = { id: 'hedeby/owner', description: 'An owner is named.', clauses: ['HDB-1'], severity: 'warn' };
      writeFileSync(join(work, 'package.json'), JSON.stringify({ type: 'module', itstrat: { rules: [declared] } }));
      writeFileSync(join(work, '.itstratrc.yaml'), 'plugins: ["./hedeby-rules.js"]\nextends: ["itstrat:hedeby"]\n');
      const itstrat = (args: string[]) => node([join(copy, 'bin/itstrat.js'), ...args], work);

      // rules --strategy: the preset is derived from the rules' clauses (HDB-1 is a "must": error).
      const rules = itstrat(['rules', '--strategy', 'hedeby', '--format', 'json']);
      expect(rules.stderr).toBe('');
      expect(JSON.parse(rules.stdout)).toEqual(
        expect.arrayContaining([expect.objectContaining({ id: 'hedeby/owner', severity: 'error', clauses: ['HDB-1'] })]),
      );

      // The schema of the strategy, and its clauses in it.
      const schema = itstrat(['schema', '--strategy', 'hedeby']);
      expect(schema.status).toBe(0);
      expect(JSON.parse(schema.stdout).title).toBe(`IT project proposal — ${HEDEBY.name}`);
      expect(schema.stdout).toContain('HDB-1');

      // init: the strategy is a choice, and its required fields are scaffolded with their clauses.
      const init = itstrat(['init', '-', '--strategy', 'hedeby', '--lang', 'da', '--format', 'yaml']);
      expect(init.stderr).toBe('');
      expect(init.stdout).toMatch(/^strategi: hedeby$/m);
      expect(init.stdout).toContain(HEDEBY.name);
      expect(init.stdout).toContain('HDB-2');

      // lint: `strategy: hedeby` is valid and brings in its preset (with the config's `extends`).
      writeFileSync(join(work, 'forslag.yaml'), 'titel: Booking\nstrategi: hedeby\nsprog: da\n');
      const lint = itstrat(['lint', 'forslag.yaml', '--format', 'json']);
      expect(lint.stderr).toBe('');
      const [file] = JSON.parse(lint.stdout) as { strategies: string[]; messages: { ruleId: string; severity: number; message: string }[] }[];
      expect(file!.strategies).toContain('hedeby');
      expect(file!.messages.filter((message) => message.ruleId === 'schema')).toEqual([]);
      expect(file!.messages).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: 'hedeby/owner', severity: 2 })]));

      // --strategy: an unknown name lists the sixth among the choices.
      const unknown = itstrat(['lint', 'forslag.yaml', '--strategy', 'nope']);
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toContain('choose from esbjerg, stockholm, oskarshamn, nordfyns, ikt-follo, hedeby');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000);
});
