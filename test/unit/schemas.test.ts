import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { strategyIds } from '../../src/lexicon/strategies.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const schema = (name: string) => JSON.parse(readFileSync(`${root}schemas/${name}`, 'utf8')) as object;

describe('JSON Schemas', () => {
  it('strategy schemas are up to date with the proposal schema, vocabulary and clauses', () => {
    const run = spawnSync(process.execPath, ['scripts/build-strategy-schemas.js', '--check'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  for (const name of strategyIds()) {
    it(`${name}: compiles, accepts keys in the strategy's language and demands its fields`, () => {
      const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema(`strategies/${name}.schema.json`));
      expect(validate({ title: 'X' })).toBe(false);
      const missing = new Set((validate.errors ?? []).filter((error) => error.keyword === 'required').map((error) => String(error.params.missingProperty)));
      expect(missing.has('owner') || missing.has('businessCase') || missing.has('accessibility')).toBe(true);
    });
  }

  it('esbjerg accepts a proposal written with Danish keys and values', () => {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema('strategies/esbjerg.schema.json'));
    const proposal = parse(`titel: Booking
ejer: Mette Jensen
beskrivelse: Ny bookingløsning
sammenhæng-med-it-strategien: Standardisering på ESDH
tværgående-konsekvenser: Berører Borgerservice
prioriteringskriterier: { standardisering: ESDH, kommunal-sammenhæng: Ét sted, effektivisering: Frigjort tid bruges til rådgivning }
fællesoffentlig-løsning: { status: anvendes, løsninger: [MitID] }
økonomi:
  valuta: DKK
  finansiering: Driftsbudget
  omkostninger: [{ post: Licens, beløb: 1, art: drift }]
  gevinster: [{ post: Tid, beløb: 2, art: økonomisk }]
`);
    expect(validate(proposal), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
});
