import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { clauseCatalogue } from '../../src/lexicon/clauses.js';
import { strategies, strategyIds, strategyOfClause } from '../../src/lexicon/strategies.js';
import { defaultDiscountRates } from '../../src/interpret/business-case-figures.js';
import { builtinRules } from '../../src/engine/registry.js';
import { appliesToProblem, defineRule, type Rule, type RuleMeta } from '../../src/engine/rule-api.js';
import { lintWith } from '../helpers/rule-tester.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const json = (path: string) => JSON.parse(readFileSync(`${root}${path}`, 'utf8')) as Record<string, unknown>;

describe('strategies are data (data/strategies/<id>.json)', () => {
  const files = readdirSync(`${root}data/strategies`).filter((name) => name.endsWith('.json'));

  it('each file is valid against schemas/strategy-data.schema.json and named after its id', () => {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(json('schemas/strategy-data.schema.json'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const data = json(`data/strategies/${file}`);
      expect(validate(data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(`${data.id}.json`).toBe(file);
    }
  });

  it('ids, orders and clause prefixes are unique; the order is that of STRATEGIES.md', () => {
    const list = strategies();
    for (const key of ['id', 'order', 'clausePrefix'] as const) expect(new Set(list.map((strategy) => strategy[key])).size, key).toBe(list.length);
    expect(strategyIds().filter((id) => ['esbjerg', 'stockholm', 'oskarshamn', 'nordfyns', 'ikt-follo'].includes(id))).toEqual([
      'esbjerg',
      'stockholm',
      'oskarshamn',
      'nordfyns',
      'ikt-follo',
    ]);
    expect(list.map((strategy) => strategy.order)).toEqual([...list.map((strategy) => strategy.order)].sort((a, b) => a - b));
  });

  it("every clause belongs, by its prefix, to the strategy it names, and every required field cites its own strategy's clauses", () => {
    const { clauses } = clauseCatalogue();
    for (const [id, clause] of Object.entries(clauses)) expect(strategyOfClause(id), id).toBe(clause.strategy);
    for (const strategy of strategies()) {
      for (const [field, cited] of Object.entries(strategy.requiredFields)) {
        for (const id of cited) {
          expect(clauses[id] ?? clauses[id.replace(/[a-f]$/, '')], `${strategy.id} ${field} ${id}`).toBeDefined();
          expect(strategyOfClause(id), `${strategy.id} ${field} ${id}`).toBe(strategy.id);
        }
      }
    }
  });

  it("currency and discount rate are the country's (DOMAIN-RESEARCH §2: DK 3.5 %, NO 4 %, SE none — 3.5 % suggested)", () => {
    const expected = { DK: ['DKK', 0.035], SE: ['SEK', 0.035], NO: ['NOK', 0.04] } as const;
    for (const strategy of strategies()) expect([strategy.currency, strategy.discountRate], strategy.id).toEqual(expected[strategy.country]);
    expect(defaultDiscountRates()).toEqual({ DKK: 0.035, SEK: 0.035, NOK: 0.04, EUR: 0.035 });
  });

  it('a clause whose quote holds only "must" modal verbs of its strategy\'s language is a must', () => {
    const { clauses } = clauseCatalogue();
    const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
    let checked = 0;
    for (const [id, clause] of Object.entries(clauses)) {
      const { modalVerbs } = strategies().find((strategy) => strategy.id === clause.strategy)!;
      const inQuote = words(clause.quote);
      const must = modalVerbs.must.some((verb) => inQuote.has(verb));
      const should = modalVerbs.should.some((verb) => inQuote.has(verb));
      if (must && !should) {
        checked++;
        expect(clause.modal, id).toBe('must');
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('no strategy is named in code outside src/lexicon/', () => {
  const ids = strategyIds();
  const literal = new RegExp(`(['"\`])(${ids.map((id) => id.replace(/-/g, '\\-')).join('|')})\\1`);
  const sources = (dir: string): string[] =>
    readdirSync(`${root}${dir}`, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? sources(`${dir}/${entry.name}`) : /\.ts$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [`${dir}/${entry.name}`] : [],
    );

  it('src/ names no strategy id as a string literal (lexicon aside)', () => {
    const offenders = sources('src')
      .filter((file) => !file.startsWith('src/lexicon/'))
      .filter((file) => literal.test(readFileSync(`${root}${file}`, 'utf8').replace(/^\s*(\/\/|\*|\/\*).*$/gm, '')));
    expect(offenders).toEqual([]);
  });

  it('no rule tests the strategies in force by name in check(): it declares meta.appliesTo', () => {
    const offenders = sources('rules').filter((file) => /strategies\.has\(\s*['"`]/.test(readFileSync(`${root}${file}`, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it("every built-in rule's appliesTo is well formed and names known strategies", async () => {
    for (const rule of await builtinRules()) {
      expect(appliesToProblem(rule.meta), rule.meta.id).toBeUndefined();
      const applies = rule.meta.appliesTo;
      if (!applies) continue;
      const named = [
        ...(applies.strategies ?? []),
        ...(applies.advisoryUnless ?? []),
        ...Object.values(applies.messages ?? {}).flat(),
        ...Object.values(applies.variants ?? {}).flatMap((variant) => variant.strategies),
      ];
      for (const name of named) expect(ids, `${rule.meta.id}: ${name}`).toContain(name);
    }
  });
});

describe('meta.appliesTo: the engine acts on what a rule declares', () => {
  const rule = (appliesTo: RuleMeta['appliesTo']): Rule =>
    defineRule({
      meta: {
        id: 'probe',
        description: 'Reports a, b and c.',
        clauses: [],
        severity: 'error',
        messages: { en: { a: 'a', b: 'b', c: 'c', cHere: 'c here' }, da: {}, sv: {}, nb: {} } as RuleMeta['messages'],
        ...(appliesTo ? { appliesTo } : {}),
      },
      check(_proposal, context) {
        for (const messageId of ['a', 'b', 'c']) context.report({ messageId, missing: 'title' });
      },
    });
  const found = async (appliesTo: RuleMeta['appliesTo'], strategies: string[]) =>
    (await lintWith(rule(appliesTo), { code: 'title: X\n', strategies })).map((finding) => `${finding.messageId}:${finding.severity}`);

  it('strategies: the rule runs only under them', async () => {
    expect(await found({ strategies: ['stockholm'] }, [])).toEqual([]);
    expect(await found({ strategies: ['stockholm'] }, ['esbjerg'])).toEqual([]);
    expect(await found({ strategies: ['stockholm'] }, ['esbjerg', 'stockholm'])).toEqual(['a:2', 'b:2', 'c:2']);
  });

  it('messages: a message is reported only under its strategies', async () => {
    expect(await found({ messages: { b: ['esbjerg'] } }, [])).toEqual(['a:2', 'c:2']);
    expect(await found({ messages: { b: ['esbjerg'] } }, ['stockholm'])).toEqual(['a:2', 'c:2']);
    expect(await found({ messages: { b: ['esbjerg'] } }, ['esbjerg'])).toEqual(['a:2', 'b:2', 'c:2']);
  });

  it('advisoryUnless: with other strategies in force, findings are warnings; with none, the configured severity', async () => {
    expect(await found({ advisoryUnless: ['stockholm'] }, [])).toEqual(['a:2', 'b:2', 'c:2']);
    expect(await found({ advisoryUnless: ['stockholm'] }, ['oskarshamn'])).toEqual(['a:1', 'b:1', 'c:1']);
    expect(await found({ advisoryUnless: ['stockholm'] }, ['oskarshamn', 'stockholm'])).toEqual(['a:2', 'b:2', 'c:2']);
  });

  it('variants: a message is reported as another under its strategies', async () => {
    const variants = { c: { strategies: ['stockholm'], messageId: 'cHere' } };
    expect(await found({ variants }, ['esbjerg'])).toEqual(['a:2', 'b:2', 'c:2']);
    expect(await found({ variants }, ['stockholm'])).toEqual(['a:2', 'b:2', 'cHere:2']);
  });

  it('a malformed appliesTo is named (plugins are checked with it)', () => {
    const meta = rule(undefined).meta;
    expect(appliesToProblem({ ...meta, appliesTo: { messages: { nope: ['esbjerg'] } } })).toMatch(/unknown message "nope"/);
    expect(appliesToProblem({ ...meta, appliesTo: { strategies: 'esbjerg' } as never })).toMatch(/list of strategy names/);
    expect(appliesToProblem({ ...meta, appliesTo: { variants: { c: { strategies: ['x'], messageId: 'zz' } } } })).toMatch(/variants\.c/);
  });
});
