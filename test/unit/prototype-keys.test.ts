/**
 * Names an author writes — keys, languages, currencies, enum values — that are also the names
 * of what every JavaScript object inherits. Looked up in a plain object they would find a
 * function (`language: constructor` crashed a formatter); they must behave like any other
 * unknown name, in YAML and in Markdown.
 */
import { describe, expect, it } from 'vitest';
import { loadProposal } from '../../src/interpret/proposal.js';
import { languageName } from '../../src/interpret/language.js';
import { toPlain } from '../../src/interpret/plain.js';
import { fieldVocab, keysAt, canonicalValue, headingField } from '../../src/lexicon/vocabulary.js';
import { valueLabel } from '../../src/lexicon/labels.js';
import { businessCaseFigures } from '../../src/interpret/business-case-figures.js';
import { builtinRules } from '../../src/engine/registry.js';
import { runRules } from '../../src/engine/engine.js';
import { LANGS } from '../../src/model/model.js';

const PROTO_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

const load = (name: string, text: string) => loadProposal(`/virtual/${name}`, new TextEncoder().encode(text));

/** A YAML proposal with `name` as the value of every enum-like or looked-up field. */
function yamlWith(name: string): string {
  return `title: ${name}
language: ${name}
strategy: ${name}
category: ${name}
focusAreas: [${name}]
owner: { name: ${name}, role: ${name} }
description: ${name}
sharedSolution: { status: ${name}, solutions: [${name}], grounds: [${name}] }
businessCase:
  currency: ${name}
  costs:
    - { item: ${name}, amount: 100, year: 2026, kind: ${name}, currency: ${name} }
  benefits:
    - { item: ${name}, amount: 200, year: 2027, kind: ${name} }
followUp:
  metrics:
    - { perspective: ${name}, name: ${name}, method: ${name}, baseline: ${name}, target: ${name}, deadline: ${name} }
${name}: 1
x-${name}: 1
`;
}

/** The same in Markdown: headings, label lines and table cells. */
function markdownWith(name: string): string {
  return `---
language: ${name}
strategy: ${name}
---

# ${name}

## ${name}

${name}: ${name}

## Owner

${name}

## Business case

Currency: ${name}
Kind: ${name}

| Item | Amount | Year | Kind |
|---|---|---|---|
| ${name} | 100 | 2026 | ${name} |

| ${name} | ${name} |
|---|---|
| ${name} | ${name} |

## Follow-up

| Perspective | Metric | Method | Target |
|---|---|---|---|
| ${name} | ${name} | ${name} | ${name} |

## Shared solution

Status: ${name}
Grounds: ${name}
`;
}

describe('prototype names are ordinary names', () => {
  it('lookups of vocabulary by a written name find only own entries', () => {
    for (const name of PROTO_NAMES) {
      expect(languageName(name), name).toBeUndefined();
      expect(fieldVocab(name), name).toBeUndefined();
      expect(fieldVocab(`businessCase.${name}`), name).toBeUndefined();
      expect(keysAt(name), name).toBeUndefined();
      expect(canonicalValue('businessCase.costs.kind', name), name).toBeUndefined();
      expect(headingField(name), name).toBeUndefined();
      expect(valueLabel('followUp.metrics.perspective', name, 'en')).toBe(name);
      expect(valueLabel(name, name, 'en')).toBe(name);
    }
  });

  it('a `__proto__` key is an own key of the plain data the schema checks, not its prototype', async () => {
    const { proposal } = await load('p.yaml', 'title: x\n__proto__: { polluted: 1 }\n');
    const plain = toPlain(proposal!.root) as Record<string, unknown>;
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
    expect(Object.keys(plain)).toEqual(['title', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  for (const name of PROTO_NAMES) {
    for (const [format, text] of [
      ['yaml', yamlWith(name)],
      ['md', markdownWith(name)],
    ] as const) {
      it(`${format}: "${name}" as a key and as every value loads, guesses a real language, and every built-in rule runs`, async () => {
        const { proposal, problems } = await load(`p.${format}`, text);
        expect(problems.filter((problem) => problem.ruleId === 'parse' && problem.messageId !== 'duplicateField')).toEqual([]);
        expect(LANGS).toContain(proposal!.language);
        expect(() => businessCaseFigures(proposal!)).not.toThrow();
        const rules = await builtinRules();
        const enabled = rules.map((rule) => ({ rule, severity: 2 as const, options: { ...(rule.meta.defaultOptions ?? {}) } }));
        for (const strategies of [[], ['esbjerg'], ['stockholm'], ['oskarshamn'], ['nordfyns'], ['ikt-follo']]) {
          const outcome = runRules(proposal!, enabled, new Set(strategies), proposal!.language, new Set(rules.map((rule) => rule.meta.id)));
          expect(outcome.crash, `${strategies.join()}: ${String(outcome.crash)}`).toBeUndefined();
          for (const finding of outcome.findings) {
            expect(typeof finding.message, finding.ruleId).toBe('string');
            expect(finding.line >= 1 && finding.line <= proposal!.lineCount, finding.ruleId).toBe(true);
          }
        }
      });
    }
  }
});
