// Writes schemas/strategies/<strategy>.schema.json from the proposal schema, the strategies'
// data (data/strategies/<id>.json: the fields each demands), the clause catalogue and the
// vocabulary, so an editor validates a proposal in the strategy's own language while it is
// typed; the `strategy` enum of schemas/proposal.schema.json from the strategies' ids; and the
// `language` enums of it and of schemas/config.schema.json from the languages.
// Run after `npm run build`: `node scripts/build-strategy-schemas.js [--check]`.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fieldVocab } from '../dist/src/lexicon/vocabulary.js';
import { clauseCatalogue } from '../dist/src/lexicon/clauses.js';
import { strategies as strategyList, strategyIds } from '../dist/src/lexicon/strategies.js';
import { LANGS } from '../dist/src/model/model.js';

const root = new URL('../', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const base = read('schemas/proposal.schema.json');
// The enum is derived: a strategy is a data file.
base.properties.strategy.enum = [...strategyIds()];
// So is the language enum, of proposals and of the config: a language is a folder of src/lexicon/.
base.properties.language.enum = [...LANGS];
const config = read('schemas/config.schema.json');
config.properties.language.enum = [...LANGS];
config.properties.overrides.items.properties.language.enum = [...LANGS];
const { clauses, strategies } = clauseCatalogue();

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

/** Writes a schema, or with --check reports it as stale when it differs. */
function emit(relative, text) {
  const target = new URL(relative, root);
  if (check) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current !== text) {
      stale = true;
      console.error(`${relative} is out of date: run npm run schemas`);
    }
  } else {
    writeFileSync(target, text);
  }
}

emit('schemas/proposal.schema.json', `${JSON.stringify(base, null, 2)}\n`);
emit('schemas/config.schema.json', `${JSON.stringify(config, null, 2)}\n`);
mkdirSync(new URL('schemas/strategies/', root), { recursive: true });
for (const { id: name, requiredFields: required } of strategyList()) {
  const lang = strategies[name].language;
  defs = {};
  const schema = localise(base, '', lang, required);
  schema.$defs = Object.fromEntries(Object.entries(defs).sort(([a], [b]) => a.localeCompare(b)));
  schema.$id = `https://itstrat.dev/schemas/strategies/${name}.schema.json`;
  schema.title = `IT project proposal — ${strategies[name].name}`;
  schema.description = `${base.description} This schema adds what ${strategies[name].name} demands, and accepts keys in ${lang} and English.`;
  emit(`schemas/strategies/${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
}
process.exitCode = stale ? 1 : 0;
