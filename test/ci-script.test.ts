/**
 * `.ci/run` is what CI (and the README) runs on a fresh clone: `npm ci`, then `npm test`, from
 * the repository root, failing on the first error. `npm test` must build first, since the
 * end-to-end tests run the built CLI.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/ci-run.js';
import { itWithTools } from './helpers/system-tool.js';

const SCRIPT = join(ROOT, '.ci', 'run');

describe('.ci/run', () => {
  it('is an executable bash script that installs pre-commit and xmllint if missing, then runs exactly `npm ci` and `npm test` from the repository root', () => {
    expect(statSync(SCRIPT).mode & 0o111).not.toBe(0);
    const text = readFileSync(SCRIPT, 'utf8');
    expect(text.startsWith('#!/usr/bin/env bash\n')).toBe(true);
    const commands = text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    expect(commands).toEqual([
      'set -euo pipefail',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: bash, not a template
      'cd "$(dirname "${BASH_SOURCE[0]}")/.."',
      // The pre-commit hook's end-to-end test drives the real pre-commit framework (Debian package).
      'command -v pre-commit >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pre-commit >/dev/null; }',
      // The JUnit end-to-end test validates against Jenkins' XSD with xmllint (Debian's libxml2-utils).
      'command -v xmllint >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-utils >/dev/null; }',
      // The Word tests (test/docx/): pandoc makes .docx twins of the Markdown fixtures, LibreOffice opens annotated copies.
      'command -v pandoc >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pandoc >/dev/null; }',
      'command -v soffice >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui >/dev/null; }',
      // The HTML report's browser test: Chromium (driven by puppeteer-core) and pdftotext.
      'command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }',
      'command -v pdftotext >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null; }',
      'npm ci',
      'npm test',
    ]);
  });

  itWithTools(['bash'], 'is valid bash (`bash -n`)', () => {
    expect(spawnSync('bash', ['-n', SCRIPT]).status).toBe(0);
  });

  it('`npm test` builds before it tests, and installs need nothing installed by hand', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
    expect(pkg.scripts.pretest).toBe('npm run build');
    expect(pkg.scripts.test).toBe('vitest run');
    // Everything the build and the tests import is declared, so `npm ci` brings it.
    for (const name of ['typescript', 'vitest', 'fast-check', 'ajv-draft-04']) expect(pkg.devDependencies).toHaveProperty(name);
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
      lockfileVersion: number;
      packages: Record<string, { version?: string }>;
    };
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    for (const name of Object.keys(pkg.devDependencies)) expect(lock.packages[`node_modules/${name}`], `${name} in package-lock.json`).toBeDefined();
  });
});
