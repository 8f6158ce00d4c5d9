/**
 * A Danish, Swedish or Norwegian message names a field as the author's template does
 * ("Sikkerhed › Sikkerhedsniveau"), never by its English path (`security.securityLevel`,
 * `followUp.metrics[4].method`) — issue 7, item 3. Every message of every rule and of the
 * engine is rendered in da, sv and nb: each template with representative data (a field path
 * where the data is one), and what each rule reports on a bare proposal and on its doc's
 * failing examples.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CoreRule, coreMessage, coreMessageIds } from '../src/engine/core-messages.js';
import { builtinRules } from '../src/engine/registry.js';
import { render } from '../src/engine/render.js';
import { fieldName } from '../src/lexicon/field-names.js';
import { PACKAGE_ROOT } from '../src/lexicon/package-root.js';
import { strategyIds } from '../src/lexicon/strategies.js';
import type { Lang } from '../src/model/model.js';
import { lintWith } from './helpers/rule-tester.js';

const rules = await builtinRules();
const READERS: readonly Lang[] = ['da', 'sv', 'nb'];

type Schema = { properties?: Record<string, Schema>; items?: Schema; $ref?: string; anyOf?: Schema[]; oneOf?: Schema[]; allOf?: Schema[] };
const schema = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'schemas', 'proposal.schema.json'), 'utf8')) as Schema & { $defs?: Record<string, Schema> };

/** Every field path of the proposal schema that no reader would take for a word: dotted or camelCase. */
function englishPaths(): string[] {
  const paths = new Set<string>();
  const walk = (node: Schema | undefined, prefix: string, depth: number): void => {
    let resolved = node;
    while (resolved?.$ref) resolved = schema.$defs?.[resolved.$ref.split('/').pop()!];
    if (!resolved || depth > 8) return;
    for (const sub of [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.allOf ?? [])]) walk(sub, prefix, depth + 1);
    walk(resolved.items, prefix, depth + 1);
    for (const [key, child] of Object.entries(resolved.properties ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      paths.add(path);
      walk(child, path, depth + 1);
    }
  };
  walk(schema, '', 0);
  return [...paths].filter((path) => path.includes('.') || /[A-Z]/.test(path));
}

const PATHS = englishPaths();
const LEAK = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${PATHS.sort((a, b) => b.length - a.length)
    .map((path) => path.replace(/[.$]/g, '\\$&'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);

/** The English field paths a rendered message shows. */
function leaks(message: string): string[] {
  return LEAK.test(message) ? [LEAK.exec(message)![0]] : [];
}

/** Data for a template: a field path where it names one (`{path:where}`), a plain word elsewhere. */
function representative(template: string): Record<string, string | number> {
  const data: Record<string, string | number> = {};
  for (const [, kind, name] of template.matchAll(/\{(?:(path):)?(\w+)\}/g)) data[name!] = kind ? 'followUp.metrics[4].method' : 'x';
  return data;
}

describe('fields are named as the author names them', () => {
  it('finds the English paths to look for', () => {
    expect(PATHS).toEqual(expect.arrayContaining(['security.securityLevel', 'owner.name', 'businessCase.benefitsRealisation', 'followUp.metrics.method']));
  });

  it('names a nested field and a list item by their headings in the language, and keeps the path in English', () => {
    expect(fieldName('security.securityLevel', 'en')).toBe('security.securityLevel');
    for (const lang of READERS) {
      for (const path of ['security.securityLevel', 'owner.name', 'businessCase.benefitsRealisation', 'followUp.metrics[4].method']) {
        expect(leaks(fieldName(path, lang)), `${path} in ${lang}`).toEqual([]);
      }
    }
    expect(fieldName('followUp.metrics[4].method', 'da')).toMatch(/ 4 › /);
    expect(fieldName('followUp.metrics.3.method', 'da')).toBe(fieldName('followUp.metrics[4].method', 'da'));
  });

  it('every message template of every rule, rendered in da, sv and nb, shows no English field path', () => {
    const found: string[] = [];
    for (const rule of rules) {
      for (const lang of READERS) {
        for (const [messageId, template] of Object.entries(rule.meta.messages[lang])) {
          for (const path of leaks(render(template, representative(template), lang))) found.push(`${rule.meta.id}.${lang}.${messageId}: ${path}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it("every message of the engine's own findings, rendered in da, sv and nb, shows no English field path", () => {
    const found: string[] = [];
    for (const ruleId of ['parse', 'directive', 'internal'] as CoreRule[]) {
      for (const messageId of coreMessageIds(ruleId)) {
        for (const lang of READERS) {
          const english = coreMessage('en', ruleId, messageId);
          const message = coreMessage(lang, ruleId, messageId, representative(english));
          for (const path of leaks(message)) found.push(`${ruleId}.${lang}.${messageId}: ${path}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('what each rule reports on a bare proposal and on its failing examples, in da, sv and nb, shows no English field path', async () => {
    const found: string[] = [];
    for (const rule of rules) {
      const doc = readFileSync(join(PACKAGE_ROOT, 'rules', `${rule.meta.id}.md`), 'utf8');
      const examples = [...doc.matchAll(/^```(yaml|markdown|md)\n([\s\S]*?)^```/gm)].map((match) => ({
        code: match[2]!,
        filename: match[1] === 'yaml' ? 'example.yaml' : 'example.md',
      }));
      const bare = strategyIds().map((strategy) => ({ code: `title: Nyt system\nstrategy: ${strategy}\n`, filename: 'bare.yaml', strategies: [strategy] }));
      for (const example of [...bare, ...examples]) {
        for (const lang of READERS) {
          for (const finding of await lintWith(rule, { ...example, language: lang })) {
            for (const path of leaks(finding.message)) found.push(`${rule.meta.id}.${lang}.${finding.messageId}: ${path} in "${finding.message}"`);
          }
        }
      }
    }
    expect([...new Set(found)]).toEqual([]);
  });
});
