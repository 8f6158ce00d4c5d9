/**
 * `itstrat init --format docx`: the Word template of a strategy and language, built from the
 * Markdown scaffold by scripts/build-docx-templates.js (headings in Word's heading styles, label
 * lines, tables, the guidance as Word comments). Word has no front matter: the strategy is
 * named to `lint` by `--strategy` or the config.
 */
import { existsSync, readFileSync } from 'node:fs';
import { UsageError } from '../engine/errors.js';
import { rootUrl } from '../lexicon/package-root.js';
import type { Lang } from '../model/model.js';

export function docxTemplate(strategy: string, lang: Lang): Uint8Array {
  const file = rootUrl(`dist/templates/${strategy}-${lang}.docx`);
  if (!existsSync(file)) throw new UsageError(`no Word template for ${strategy} in ${lang}: build the package first (npm run build)`);
  return new Uint8Array(readFileSync(file));
}
