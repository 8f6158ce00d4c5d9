/**
 * Every built-in rule describes itself completely: a doc page and a test table beside it,
 * messages in all four languages with the same ids and placeholders, clauses that exist in the
 * catalogue (and are named in its doc), and default options its own options schema accepts.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { builtinRules } from '../src/engine/registry.js';
import { clauseCatalogue } from '../src/lexicon/clauses.js';
import { LANGS } from '../src/model/model.js';
import { PACKAGE_ROOT } from '../src/lexicon/package-root.js';
import { lintWith } from './helpers/rule-tester.js';

const rules = await builtinRules();
const { clauses } = clauseCatalogue();
const rulesDir = join(PACKAGE_ROOT, 'rules');

/** The fenced YAML and Markdown examples under a doc's "## Failing" or "## Passing" heading. */
function examples(doc: string, heading: 'Failing' | 'Passing'): { code: string; filename: string }[] {
  const section = new RegExp(`^## ${heading}\\s*$([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm').exec(doc)?.[1] ?? '';
  return [...section.matchAll(/^```(yaml|markdown|md)\n([\s\S]*?)^```$/gm)].map((match) => ({
    code: match[2]!,
    filename: match[1] === 'yaml' ? 'example.yaml' : 'example.md',
  }));
}

/** The data a template shows: `{name}`, and `{path:name}` (a field path named in the language); `{field:a.b}` names a field, not data. */
function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(?:path:)?(\w+)\}/g)].map((match) => match[1]!))].sort();
}

/**
 * A translation shows the data English shows, but where English gives a field by its English
 * key (`{field}`, "standardisation") it may give it by its name in the language instead.
 */
function translatedPlaceholders(template: string, english: string): string[] {
  const own = placeholders(template);
  return own.includes('field') || !placeholders(english).includes('field') ? own : [...own, 'field'].sort();
}

type Ajv = { compile: (schema: object) => ((data: unknown) => boolean) & { errors?: unknown } };
const AjvClass = createRequire(import.meta.url)('ajv').default as new (options: object) => Ajv;
const ajv = new AjvClass({ strict: false });

describe('rule metadata', () => {
  it('finds the built-in rules', () => {
    expect(rules.length).toBeGreaterThan(0);
    expect(new Set(rules.map((rule) => rule.meta.id)).size).toBe(rules.length);
  });

  describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
    it('has a doc page and a test table beside it', () => {
      expect(existsSync(join(rulesDir, `${id}.md`)), `rules/${id}.md`).toBe(true);
      expect(existsSync(join(rulesDir, `${id}.test.ts`)), `rules/${id}.test.ts`).toBe(true);
    });

    it('has messages in every language, with the same ids and placeholders', () => {
      const english = rule.meta.messages.en;
      expect(Object.keys(english).length).toBeGreaterThan(0);
      for (const lang of LANGS) {
        const messages = rule.meta.messages[lang];
        expect(messages, `${id}: messages.${lang}`).toBeDefined();
        expect(Object.keys(messages).sort(), `${id}: message ids in ${lang}`).toEqual(Object.keys(english).sort());
        for (const [messageId, template] of Object.entries(english)) {
          expect(messages[messageId]!.trim(), `${id}.${lang}.${messageId}`).not.toBe('');
          expect(translatedPlaceholders(messages[messageId]!, template), `${id}: placeholders of ${messageId} in ${lang}`).toEqual(placeholders(template));
        }
      }
    });

    it('cites clauses that exist, and names them in its doc', () => {
      // A missing doc is the test above's finding; this one checks the doc that is there.
      const doc = existsSync(join(rulesDir, `${id}.md`)) ? readFileSync(join(rulesDir, `${id}.md`), 'utf8') : undefined;
      for (const clause of rule.meta.clauses) {
        expect(clauses[clause], `${id} cites ${clause}`).toBeDefined();
        if (doc !== undefined) expect(doc.includes(clause), `rules/${id}.md names ${clause}`).toBe(true);
      }
    });

    it("its doc's failing examples fail and its passing examples pass", async () => {
      const path = join(rulesDir, `${id}.md`);
      const doc = existsSync(path) ? readFileSync(path, 'utf8') : '';
      for (const [heading, fails] of [
        ['Failing', true],
        ['Passing', false],
      ] as const) {
        for (const example of examples(doc, heading)) {
          // An example that sets its strategy ("strategy: stockholm") is linted under that preset, as the CLI would.
          const strategy = /^(?:strategy|strategi):\s*([\w-]+)/m.exec(example.code)?.[1];
          const findings = await lintWith(rule, { ...example, ...(strategy ? { strategies: [strategy] } : {}) });
          const summary = findings.map((finding) => `${finding.line}:${finding.column} ${finding.message}`);
          if (fails) expect(findings.length, `${heading} example of ${id} should fail:\n${example.code}`).toBeGreaterThan(0);
          else expect(summary, `${heading} example of ${id} should pass:\n${example.code}`).toEqual([]);
        }
      }
    });

    it('describes itself in one line, with a severity and valid default options', () => {
      expect(rule.meta.description).toMatch(/^[^\n]+$/);
      expect(['warn', 'error']).toContain(rule.meta.severity);
      if (rule.meta.defaultOptions) {
        expect(rule.meta.options, `${id} has defaultOptions but no options schema`).toBeDefined();
        const validate = ajv.compile(rule.meta.options!);
        expect(validate(rule.meta.defaultOptions), JSON.stringify(validate.errors)).toBe(true);
      }
    });
  });
});
