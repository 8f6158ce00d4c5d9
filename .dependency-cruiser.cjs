/**
 * The rooms of the house and what each may reach (README, "Architecture"): data flows one way,
 * CLI → config → loader → interpretation → engine → findings → formatter. Checked by
 * `npm run check` and by test/architecture.test.ts, with no list of known exceptions.
 *
 * It reads the compiled modules in dist/ (\`npm run build\` first): the TypeScript 7 compiler has
 * no API for dependency-cruiser to parse sources with, and compiled code is what runs — type-only
 * imports, which may cross rooms, are gone from it.
 */
const ROOMS_ABOVE_MODEL = '^dist/src/(api|cli|config|engine|formatters|report|interpret|lexicon)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', comment: 'A cycle means two rooms each need the other: a fact belongs lower down.', from: {}, to: { circular: true } },
    { name: 'nothing-into-cli', severity: 'error', comment: 'The CLI (commands, run, pool, worker, cache, baseline, files) is the top room: only the library API, its door, reaches it.', from: { pathNot: '^dist/src/(cli|api)/' }, to: { path: '^dist/src/cli/' } },
    { name: 'nothing-into-api', severity: 'error', comment: "The library API (src/api/) is the package's door to the CLI's pipeline: nothing inside reaches it.", from: { pathNot: '^dist/src/api/' }, to: { path: '^dist/src/api/' } },
    {
      name: 'rules-through-the-engine',
      severity: 'error',
      comment: 'A rule reaches the rest only through src/engine/ (rulekit is its door); types of the model, lexicon and interpretation are fine.',
      from: { path: '^dist/rules/' },
      to: { path: '^dist/src/', pathNot: '^dist/src/engine/' },
    },
    { name: 'rules-not-from-above', severity: 'error', from: { path: '^dist/rules/' }, to: { path: '^dist/src/(cli|config|formatters|report)/' } },
    { name: 'engine-below-config-and-output', severity: 'error', from: { path: '^dist/src/engine/' }, to: { path: '^dist/src/(config|formatters|report)/' } },
    { name: 'output-renders-only', severity: 'error', comment: 'Formatters and the report render findings and figures; they read no config.', from: { path: '^dist/src/(formatters|report)/' }, to: { path: '^dist/src/config/' } },
    { name: 'config-below-cli', severity: 'error', from: { path: '^dist/src/config/' }, to: { path: '^dist/src/(formatters|report|interpret)/|^dist/src/model/loaders/' } },
    { name: 'interpret-reads-lexicon-and-model', severity: 'error', comment: 'Interpretation turns the located model into facts through the lexicon, nothing else.', from: { path: '^dist/src/interpret/' }, to: { path: '^dist/src/(config|engine|formatters|report)/|^dist/rules/' } },
    { name: 'lexicon-is-data', severity: 'error', comment: 'The lexicon holds words; it may name the model\'s types (erased in dist/), nothing more.', from: { path: '^dist/src/lexicon/' }, to: { path: '^dist/src/(cli|config|engine|formatters|report|interpret|model)/', pathNot: '^dist/src/model/own\\.js$' } },
    { name: 'model-asks-no-meaning', severity: 'error', comment: 'A loader parses and locates; it never asks what a word means.', from: { path: '^dist/src/model/' }, to: { path: ROOMS_ABOVE_MODEL } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^dist/(src|rules)/',
    moduleSystems: ['es6'],
  },
};
