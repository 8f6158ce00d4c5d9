/**
 * `itstrat lsp` driven as an editor drives it: the built CLI started as a process, spoken to over
 * stdio with vscode-languageserver-protocol's client (test/helpers/lsp-client.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CodeAction,
  CodeActionRequest,
  CompletionRequest,
  type Diagnostic,
  FileChangeType,
  type Hover,
  HoverRequest,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { removeDir, ROOT, tempDir, writeTree } from '../helpers/ci-run.js';
import { LspSession } from '../helpers/lsp-client.js';

/** A clean Danish Markdown proposal (3 KiB) whose owner line the tests rewrite. */
const CLEAN = readFileSync(join(ROOT, 'fixtures/examples/da/mobil-dokumentation-hjemmeplejen.md'), 'utf8');
const OWNER_LINE = 'Projektejer: Anders Bech, ældrechef';
const TWO_OWNERS = CLEAN.replace(OWNER_LINE, 'Projektejer: Anders Bech og Mette Jensen');

const THROWING_PLUGIN = `
export const rules = [
  {
    meta: { id: 'local/boom', description: 'Always throws.', clauses: [], severity: 'error', messages: { en: { m: 'never' } } },
    check() {
      throw new TypeError("Cannot read properties of undefined (reading 'name')");
    },
  },
];
`;

/** A Danish proposal whose stated total (469.000) is not its lines' sum (496.000). */
const WRONG_TOTAL = `# Booking af lokaler

Projektejer: Mette Jensen, kultur- og fritidschef

## Økonomi

Valuta: DKK

| Post | Beløb | Art |
|---|---|---|
| Licens | 96.000 kr. | drift |
| Implementering | 400.000 kr. | investering |
| I alt | 469.000 kr. | |
`;

/** The Markdown a hover shows ('' for none). */
const hoverText = (hover: Hover | null) => (hover?.contents as MarkupContent | undefined)?.value ?? '';

/** A rule whose check returns, then throws from a timer: a late failure, which once ended processes. */
const LATE_PLUGIN = `
export const rules = [
  {
    meta: { id: 'local/late', description: 'Throws later.', clauses: [], severity: 'error', messages: { en: { m: 'never' } } },
    check() {
      setTimeout(() => {
        throw new Error('thrown from a timer');
      }, 5);
    },
  },
];
`;

const ofRule = (ruleId: string) => (diagnostics: Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.code === ruleId);

let dir: string;

beforeAll(() => {
  expect(CLEAN).toContain(OWNER_LINE);
  dir = tempDir('lsp');
  writeTree(dir, {
    'plain/forslag.md': TWO_OWNERS,
    'configured/.itstratrc.yaml': 'extends: recommended\nlanguage: sv\noverrides:\n  - files: "engelsk/**"\n    language: en\n',
    'configured/engelsk/forslag.md': TWO_OWNERS,
    'configured/forslag.md': TWO_OWNERS,
    'plugin/.itstratrc.yaml': 'extends: recommended\nplugins: ["./local-rules.js"]\nrules:\n  local/boom: error\n',
    'plugin/local-rules.js': THROWING_PLUGIN,
    'plugin/forslag.md': TWO_OWNERS,
    'late/.itstratrc.yaml': 'extends: recommended\nplugins: ["./local-rules.js"]\nrules:\n  local/late: error\n',
    'late/local-rules.js': LATE_PLUGIN,
    'late/forslag.md': CLEAN,
    'broken/.itstratrc.yaml': 'extends: recommended\nrules:\n  single-ower: error\n',
    'broken/forslag.md': CLEAN,
  });
});

afterAll(() => removeDir(dir));

describe('itstrat lsp', () => {
  it('is loaded only when the command runs: the start of every other command carries none of the LSP libraries', () => {
    // The modules the CLI's entry imports statically, and theirs; `import()` chunks are left out.
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const [, target] of text.matchAll(/(?:^|[;\s])(?:import|export)\s[^;()]*?from\s*"(\.[^"]+)"/g)) visit(join(dirname(file), target!));
    };
    const entry = join(ROOT, 'dist', 'bundle', 'cli.js');
    visit(entry);
    expect(seen.size).toBeGreaterThan(1);
    for (const file of seen) expect(readFileSync(file, 'utf8'), file).not.toMatch(/node_modules\/vscode-/);
    expect(readFileSync(entry, 'utf8')).toMatch(/import\("\.\/chunks\/server-[\w-]+\.js"\)/);
  });

  it('a Danish proposal with two owners: the single-owner diagnostic at the value, with its code and doc link; one owner: it is gone; hover quotes ESB-8a', async () => {
    const session = await LspSession.start(join(dir, 'plain'));
    try {
      const uri = await session.open(join(dir, 'plain', 'forslag.md'), TWO_OWNERS, 'markdown');
      const [owner, ...others] = ofRule('single-owner')(await session.diagnostics(uri, 1, (list) => ofRule('single-owner')(list).length > 0));
      expect(others).toEqual([]);
      expect(owner!.range).toEqual({ start: { line: 2, character: 13 }, end: { line: 2, character: 40 } });
      expect(owner!.severity).toBe(1);
      expect(owner!.source).toBe('itstrat');
      expect(owner!.codeDescription?.href).toBe('https://github.com/itstrat/itstrat/blob/main/rules/single-owner.md');
      // No config and no editor locale: the messages are in the proposal's language, the clause ids beside them.
      expect(owner!.message).toMatch(/^Angiv én entydig ejer — både "Anders Bech" og "Mette Jensen" står som ejer\..* \[ESB-8a\]$/);
      expect(owner!.data).toEqual({ messageId: 'several', clauses: ['ESB-8a'] });

      const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 20 } });
      const text = hoverText(hover);
      expect(text).toContain('**ESB-8a**');
      expect(text).toContain('Der skal være en entydig ejer til it-løsningen/projektet');
      expect(text).toContain('There must be one unambiguous owner of the IT solution/project');
      expect(text).toContain('Name one owner.');
      // Away from any finding: no hover.
      expect(await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 12, character: 3 } })).toBeNull();

      await session.change(uri, 2, CLEAN);
      const after = await session.diagnostics(uri, 2);
      expect(ofRule('single-owner')(after)).toEqual([]);
    } finally {
      expect(await session.stop()).toBe(0);
    }
  });

  it("the message language: the config's (overrides included) over the editor's locale; the editor's locale over the proposal's", async () => {
    const configured = await LspSession.start(join(dir, 'configured'), { locale: 'nb-NO' });
    const plain = await LspSession.start(join(dir, 'plain'), { locale: 'en-GB' });
    try {
      const swedish = await configured.open(join(dir, 'configured', 'forslag.md'), TWO_OWNERS, 'markdown');
      const english = await plain.open(join(dir, 'plain', 'forslag.md'), TWO_OWNERS, 'markdown');
      const [sv] = ofRule('single-owner')(await configured.diagnostics(swedish, 1, (list) => ofRule('single-owner')(list).length > 0));
      const [en] = ofRule('single-owner')(await plain.diagnostics(english, 1, (list) => ofRule('single-owner')(list).length > 0));
      expect(sv!.message).toMatch(/^Ange en enda ansvarig ägare/);
      expect(en!.message).toMatch(/^Name one accountable owner/);
      // The config's overrides apply as in the CLI: this folder's files are in English.
      const overridden = await configured.open(join(dir, 'configured', 'engelsk', 'forslag.md'), TWO_OWNERS, 'markdown');
      const [byOverride] = ofRule('single-owner')(await configured.diagnostics(overridden, 1, (list) => ofRule('single-owner')(list).length > 0));
      expect(byOverride!.message).toMatch(/^Name one accountable owner/);
    } finally {
      await Promise.all([configured.stop(), plain.stop()]);
    }
  });

  it('a throwing plugin rule is one diagnostic naming it, the server keeps answering, and a config change reloads', async () => {
    const session = await LspSession.start(join(dir, 'plugin'));
    try {
      const uri = await session.open(join(dir, 'plugin', 'forslag.md'), TWO_OWNERS, 'markdown');
      const internal = ofRule('internal')(await session.diagnostics(uri, 1, (list) => ofRule('internal')(list).length > 0));
      expect(internal).toHaveLength(1);
      expect(internal[0]!.message).toMatch(/^Reglen local\/boom fejlede på denne fil, så dens fund mangler: Cannot read properties of undefined/);
      expect(internal[0]!.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });

      // Still answering: a hover, a completion, and the next edit's diagnostics.
      const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 20 } });
      expect(hoverText(hover)).toContain('**single-owner**');
      await session.change(uri, 2, CLEAN);
      const next = await session.diagnostics(uri, 2);
      expect(next.map((diagnostic) => diagnostic.code)).toEqual(['internal']);

      // The plugin is fixed on disk and the editor says so: the rule loads anew and no longer throws.
      writeFileSync(join(dir, 'plugin', 'local-rules.js'), THROWING_PLUGIN.replace(/throw new TypeError\(.*\);/, 'return;'));
      await session.filesChanged([{ uri: pathToFileURL(join(dir, 'plugin', 'local-rules.js')).href, type: FileChangeType.Changed }]);
      expect(await session.diagnostics(uri, 2, (list) => list.length === 0)).toEqual([]);

      // And a config change: single-owner turned off for this folder.
      writeFileSync(join(dir, 'plugin', '.itstratrc.yaml'), 'extends: recommended\nplugins: ["./local-rules.js"]\nrules:\n  single-owner: "off"\n');
      await session.change(uri, 3, TWO_OWNERS);
      expect(ofRule('single-owner')(await session.diagnostics(uri, 3))).toHaveLength(1);
      await session.filesChanged([{ uri: pathToFileURL(join(dir, 'plugin', '.itstratrc.yaml')).href, type: FileChangeType.Changed }]);
      const published = session.published.get(uri)!.length;
      await session.diagnostics(uri, 3, () => session.published.get(uri)!.length > published);
      expect(ofRule('single-owner')(session.published.get(uri)!.at(-1)!.diagnostics)).toEqual([]);
    } finally {
      expect(await session.stop()).toBe(0);
    }
  });

  it("each file's own config: a rule's late failure is a diagnostic of the file it was linting, and an unusable config is one diagnostic saying why", async () => {
    const session = await LspSession.start(dir);
    try {
      const late = await session.open(join(dir, 'late', 'forslag.md'), CLEAN, 'markdown');
      const broken = await session.open(join(dir, 'broken', 'forslag.md'), CLEAN, 'markdown');
      const [failure, ...more] = ofRule('internal')(await session.diagnostics(late, 1, (list) => ofRule('internal')(list).length > 0));
      expect(more).toEqual([]);
      expect(failure!.message).toBe('Reglen local/late fejlede på denne fil, efter at dens kontrol var afsluttet: thrown from a timer');
      const [config, ...others] = await session.diagnostics(broken, 1);
      expect(others).toEqual([]);
      expect(config!.code).toBe('config');
      expect(config!.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
      expect(config!.message).toMatch(
        /^The itstrat configuration cannot be used, so this file is not linted: unknown rule "single-ower" in .*\(did you mean "single-owner"\?\)$/,
      );
      // Alive: the next edit of the first file is linted (and its rule fails late again).
      await session.change(late, 2, CLEAN.replace('ældrechef', 'ældrechef, Ældreområdet'));
      expect(ofRule('internal')(await session.diagnostics(late, 2, (list) => ofRule('internal')(list).length > 0))).toHaveLength(1);
    } finally {
      expect(await session.stop()).toBe(0);
    }
  });

  // Findings carry no fix objects on main yet (the ecosystem issue adds them); the mapping to
  // code actions is tested in test/unit/lsp.test.ts. The lead finishes this once they land.
  it('a code action fixes a wrong stated total: the edit rewrites the total cell only, and the finding is gone', async () => {
    const session = await LspSession.start(join(dir, 'plain'));
    try {
      const uri = await session.open(join(dir, 'plain', 'total.md'), WRONG_TOTAL, 'markdown');
      const costTotal = (list: Diagnostic[]) => list.filter((diagnostic) => (diagnostic.data as { messageId?: string } | undefined)?.messageId === 'costTotal');
      const [wrong] = costTotal(await session.diagnostics(uri, 1, (list) => costTotal(list).length > 0));
      const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: wrong!.range,
        context: { diagnostics: [wrong!] },
      })) as CodeAction[];
      const fix = actions.find((action) => action.diagnostics?.some((diagnostic) => diagnostic.code === 'business-case') && action.edit?.changes?.[uri]);
      expect(fix, 'a quick fix for the wrong total').toBeDefined();
      const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, WRONG_TOTAL), fix!.edit!.changes![uri]!);
      expect(fixed).toBe(WRONG_TOTAL.replace('| I alt | 469.000 kr. |', '| I alt | 496.000 kr. |'));
      await session.change(uri, 2, fixed);
      expect(costTotal(await session.diagnostics(uri, 2))).toEqual([]);
    } finally {
      expect(await session.stop()).toBe(0);
    }
  });

  it('completes YAML keys and Markdown headings in the author’s language', async () => {
    const session = await LspSession.start(join(dir, 'plain'));
    try {
      const markdown = await session.open(join(dir, 'plain', 'forslag.md'), TWO_OWNERS, 'markdown');
      await session.diagnostics(markdown, 1);
      const withHeading = `${CLEAN}\n## `;
      await session.change(markdown, 2, withHeading);
      await session.diagnostics(markdown, 2);
      const line = withHeading.split('\n').length - 1;
      const headings = await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: markdown }, position: { line, character: 3 } });
      const headingLabels = (Array.isArray(headings) ? headings : (headings?.items ?? [])).map((item) => item.label);
      expect(headingLabels).toContain('Ejer');
      expect(headingLabels).toContain('Tværgående konsekvenser');
      expect(headingLabels).not.toContain('Titel');

      const yamlText = 'titel: Vikarbooking\nsprog: da\nejer:\n  na\n';
      const yaml = await session.open(join(dir, 'plain', 'forslag.yaml'), yamlText, 'yaml');
      await session.diagnostics(yaml, 1);
      const top = await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: yaml }, position: { line: 2, character: 2 } });
      const nested = await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: yaml }, position: { line: 3, character: 4 } });
      const labels = (result: typeof top) => (Array.isArray(result) ? result : (result?.items ?? [])).map((item) => item.label);
      expect(labels(top)).toContain('ejer');
      expect(labels(top)).toContain('beskrivelse');
      expect(labels(nested)).toEqual(expect.arrayContaining(['navn', 'rolle']));
      expect(labels(nested)).not.toContain('ejer');

      // An unsaved buffer is linted too, as a file of its language in the workspace.
      const untitled = await session.open('untitled:Untitled-1', TWO_OWNERS, 'markdown');
      expect(ofRule('single-owner')(await session.diagnostics(untitled, 1, (list) => ofRule('single-owner')(list).length > 0))).toHaveLength(1);
    } finally {
      await session.stop();
    }
  });
});
