// Compiles the JSON Schemas to standalone validators at build time, so a lint run never pays
// for Ajv's compiler: start-up matters when itstrat runs as a pre-commit hook.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { strategyIds } from '../dist/src/lexicon/strategies.js';

const out = new URL('../dist/schemas/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const name of ['proposal', 'config']) {
  const schema = JSON.parse(readFileSync(new URL(`../schemas/${name}.schema.json`, import.meta.url), 'utf8'));
  // The strategies are data (data/strategies/): the validator takes their ids as they are now,
  // whether or not `npm run schemas` has written them into the published schema yet.
  if (name === 'proposal') schema.properties.strategy.enum = [...strategyIds()];
  // strictNumbers: NaN and ±Infinity (YAML's .nan, .inf) are not numbers of any field.
  const ajv = new Ajv2020({ code: { source: true, esm: true }, allErrors: true, strict: false, strictNumbers: true });
  const validate = ajv.compile(schema);
  writeFileSync(new URL(`${name}.validate.js`, out), standaloneCode(ajv, validate));
}
