/**
 * `--print-config <file>`: the settings that apply to one file, as JSON — what anyone debugging
 * precedence asks first (ESLint's `--print-config`). The file's own `strategy` field counts,
 * as it does when the file is linted; the file need not exist.
 */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { prepareRun, type RunSetup } from './prepare-run.js';
import { DEFAULT_MAX_BYTES } from '../model/loaders/index.js';
import { loadProposalSync } from '../interpret/proposal.js';
import { textOf } from '../model/access.js';
import { readProposalFile } from './files.js';
import { proseLoaders } from './lint-file.js';

const SEVERITY = ['off', 'warn', 'error'] as const;

export async function printConfig(file: string, setup: RunSetup, lang: string | undefined): Promise<string> {
  const { config, resolver } = await prepareRun(setup);
  const filePath = resolve(setup.cwd, file);
  const fileStrategy = existsSync(filePath) ? await strategyField(filePath) : undefined;
  const settings = resolver.forFile(filePath, fileStrategy);
  const overrides = resolver.matchingOverrides(filePath);
  const rules = Object.fromEntries(
    [...settings.rules.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, setting]) => [id, Object.keys(setting.options).length ? [SEVERITY[setting.severity], setting.options] : [SEVERITY[setting.severity]]]),
  );
  const printed = {
    filePath,
    config: config.path ?? null,
    presets: [...new Set([...config.layers.flatMap((layer) => layer.extends), ...overrides.flatMap((override) => override.layer.extends)])].map(
      (name) => `itstrat:${name}`,
    ),
    extends: config.layers.map((layer) => layer.source),
    overrides: overrides.map((override) => ({ index: override.index, files: override.files })),
    strategies: [...settings.strategies].sort(),
    ...(fileStrategy ? { fileStrategy } : {}),
    // --lang wins, then the config's language; else each file is reported in its own.
    language: lang ?? settings.language ?? null,
    files: config.files,
    inScope: resolver.inScope(filePath),
    rules,
  };
  return `${JSON.stringify(printed, null, 2)}\n`;
}

/** The proposal's own `strategy` field, which adds that strategy's preset; undefined when it has none or cannot be read. */
async function strategyField(filePath: string): Promise<string | undefined> {
  const read = readProposalFile(filePath, DEFAULT_MAX_BYTES);
  if (!('bytes' in read)) return undefined;
  const { markdown, word } = await proseLoaders([filePath]);
  const { proposal } = loadProposalSync(filePath, read.bytes, DEFAULT_MAX_BYTES, markdown, word);
  return textOf(proposal?.root.entries.get('strategy')) || undefined;
}
