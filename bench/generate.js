// Writes a corpus of SPEC-conformant proposals for benchmarks: half YAML, half Markdown (front
// matter, sections, GFM tables), four languages, ~3.4–5 KiB each. Each file is one of the
// project's clean fixtures (proposals written to the SPEC, most naming their strategy) with its
// title numbered, so the corpus is as realistic as the fixtures and no two files are the same.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = join(dirname(dirname(fileURLToPath(import.meta.url))), 'fixtures');

/** Template → the strategy it is written for (undefined: none, so the `recommended` preset). */
const TEMPLATES = {
  yaml: [
    ['strategies/nordfyns/clean.yaml', 'nordfyns'],
    ['strategies/oskarshamn/clean.yaml', 'oskarshamn'],
    ['examples/da/vikarbooking-skoler-og-dagtilbud.yaml', undefined],
    ['examples/en/international-newcomers-digital-welcome.yaml', undefined],
    ['examples/nb/oppvekst-nytt-skoleadministrativt-system.yaml', undefined],
    ['examples/sv/oskarshamn-vardnadshavare-skola.yaml', 'oskarshamn'],
  ],
  md: [
    ['strategies/esbjerg/clean.md', 'esbjerg'],
    ['strategies/ikt-follo/clean.md', 'ikt-follo'],
    ['strategies/stockholm/clean.md', 'stockholm'],
    ['examples/da/booking-kultur-og-fritid.md', undefined],
    ['examples/da/mobil-dokumentation-hjemmeplejen.md', undefined],
    ['examples/en/open-data-traffic-and-air-quality.md', undefined],
    ['examples/nb/follo-velferdsteknologi-digitalt-tilsyn.md', 'ikt-follo'],
    ['examples/sv/stockholm-e-tjanst-bygglov.md', 'stockholm'],
  ],
};

const loaded = new Map();

function template(kind, index) {
  const list = TEMPLATES[kind];
  const [path, strategy] = list[Math.floor(index / 2) % list.length];
  if (!loaded.has(path)) loaded.set(path, readFileSync(join(fixtures, path), 'utf8'));
  return { text: loaded.get(path), strategy };
}

const TITLE = /^(title|titel|tittel): (.+)$/m;

/**
 * The proposal with its title numbered and, when the template is written for a strategy but
 * does not name it, `strategi:` named after the title (da/sv/nb spelling, as the fixtures do).
 */
export function proposal(index) {
  const kind = index % 2 === 1 ? 'md' : 'yaml';
  const { text, strategy } = template(kind, index);
  const named = strategy && !/^strateg(y|i):/m.test(text) ? `\nstrategi: ${strategy}` : '';
  let body = text.replace(TITLE, (_line, key, title) => `${key}: ${title} ${index}${named}`);
  if (kind === 'md') body = body.replace(/^# (.+)$/m, (_line, title) => `# ${title} ${index}`);
  return { name: `p${String(index).padStart(5, '0')}.${kind === 'md' ? 'md' : 'yaml'}`, text: body };
}

export function generateCorpus(dir, count) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let index = 0; index < count; index++) {
    const { name, text } = proposal(index);
    writeFileSync(join(dir, name), text);
  }
}
