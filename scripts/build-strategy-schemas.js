// Writes schemas/strategies/<strategy>.schema.json from the proposal schema, the fields each
// strategy demands (data/strategy-requirements.json), the clause catalogue and the vocabulary,
// so an editor validates a proposal in the strategy's own language while it is typed.
// Run after `npm run build`: `node scripts/build-strategy-schemas.js [--check]`.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fieldVocab } from '../dist/src/lexicon/vocabulary.js';

const root = new URL('../', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const base = read('schemas/proposal.schema.json');
const requirements = read('data/strategy-requirements.json');
const { clauses, strategies } = read('data/clauses.json');

/** The key spellings an author may use for an alias: "Fællesoffentlig løsning" → fællesoffentlig-løsning, … */
function keyForms(alias) {
  const lower = alias.toLowerCase().trim();
  return [...new Set([lower.replace(/\s+/g, '-'), lower.replace(/[\s-]+/g, ''), lower.replace(/\s+/g, '_')])];
}

function aliasesOf(path, lang) {
  const vocab = fieldVocab(path);
  if (!vocab) return [];
  const names = [...(vocab.aliases[lang] ?? []), ...(vocab.aliases.en ?? [])];
  return [...new Set(names.flatMap(keyForms))].filter((key) => key !== path.split('.').pop());
}

function valueAliases(path) {
  const values = fieldVocab(path)?.values;
  return values ? Object.values(values).flat() : [];
}

function citation(ids) {
  return ids
    .filter((id) => clauses[id])
    .map((id) => `${id} (${strategies[clauses[id].strategy].name}, p. ${clauses[id].page}): «${clauses[id].quote}» — ${clauses[id].quoteEn}`)
    .join(' ');
}

/** Each localised field schema once, referenced from its canonical key and every alias. */
let defs = {};

function localise(schema, path, lang, required) {
  const copy = structuredClone(schema);
  if (copy.enum && path) copy.enum = [...new Set([...copy.enum, ...valueAliases(path)])];
  if (copy.items?.enum) copy.items.enum = [...new Set([...copy.items.enum, ...valueAliases(path)])];
  if (copy.items?.properties) copy.items = localise(copy.items, path, lang, required);
  if (copy.oneOf) copy.oneOf = copy.oneOf.map((branch) => localise(branch, path, lang, required));
  if (!copy.properties) return copy;
  const properties = {};
  const allOf = [];
  for (const [key, child] of Object.entries(copy.properties)) {
    const childPath = path ? `${path}.${key}` : key;
    const localised = localise(child, childPath, lang, required);
    const demanded = required[childPath] ?? (copy.required?.includes(key) ? [] : undefined);
    if (demanded?.length) localised.description = `${localised.description ?? ''} Required here by ${citation(demanded)}`.trim();
    const aliases = key === '$schema' ? [] : aliasesOf(childPath, lang);
    if (aliases.length) {
      defs[childPath] = localised;
      properties[key] = { $ref: `#/$defs/${encodeURIComponent(childPath)}` };
      for (const alias of aliases) properties[alias] ??= { $ref: `#/$defs/${encodeURIComponent(childPath)}` };
    } else {
      properties[key] = localised;
    }
    if (demanded) allOf.push({ anyOf: [key, ...aliases].map((name) => ({ required: [name] })) });
  }
  copy.properties = properties;
  delete copy.required;
  if (allOf.length) copy.allOf = [...(copy.allOf ?? []), ...allOf];
  return copy;
}

const check = process.argv.includes('--check');
let stale = false;
mkdirSync(new URL('schemas/strategies/', root), { recursive: true });
for (const [name, required] of Object.entries(requirements)) {
  if (name.startsWith('$')) continue;
  const lang = strategies[name].language;
  defs = {};
  const schema = localise(base, '', lang, required);
  schema.$defs = Object.fromEntries(Object.entries(defs).sort(([a], [b]) => a.localeCompare(b)));
  schema.$id = `https://itstrat.dev/schemas/strategies/${name}.schema.json`;
  schema.title = `IT project proposal — ${strategies[name].name}`;
  schema.description = `${base.description} This schema adds what ${strategies[name].name} demands, and accepts keys in ${lang} and English.`;
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  const target = new URL(`schemas/strategies/${name}.schema.json`, root);
  if (check) {
    let current = '';
    try { current = readFileSync(target, 'utf8'); } catch { /* missing counts as stale */ }
    if (current !== text) { stale = true; console.error(`schemas/strategies/${name}.schema.json is out of date: run node scripts/build-strategy-schemas.js`); }
  } else {
    writeFileSync(target, text);
  }
}
process.exitCode = stale ? 1 : 0;
