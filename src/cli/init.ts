/**
 * `itstrat init`: a proposal scaffold for a strategy, a language and a format that names every
 * field the strategy demands (`requiredFields` in data/strategies/<id>.json) with guidance, in the author's
 * own vocabulary. Left unfilled, it lints with findings that say what to fill in.
 */
import { readFileSync } from 'node:fs';
import type { Lang } from '../model/model.js';
import { rootUrl } from '../lexicon/package-root.js';
import { fieldVocab, keysAt, norm } from '../lexicon/vocabulary.js';
import { own } from '../model/own.js';
import { currencyOfLanguage, type StrategyName, strategyById } from '../lexicon/strategies.js';

type Guidance = Record<string, Record<Lang, string>>;

const ORDER = [
  'title',
  'strategy',
  'language',
  'owner',
  'description',
  'strategyAlignment',
  'crossCuttingConsequences',
  'priorityCriteria',
  'category',
  'focusAreas',
  'sharedSolution',
  'businessCase',
  'followUp',
  'security',
  'accessibility',
  'competence',
  'schedule',
  'exitPlan',
  'itCouncilNotified',
  'archive',
];
const CORE = ['title', 'strategy', 'language', 'owner', 'description', 'sharedSolution', 'businessCase', 'followUp'];
const SUBKEYS: Record<string, string[]> = {
  owner: ['name', 'role', 'body'],
  sharedSolution: ['status', 'solutions', 'alternative', 'grounds', 'explanation'],
  priorityCriteria: ['standardisation', 'coherence', 'efficiency'],
  security: ['personalData', 'cloud', 'riskAssessment', 'dataProcessingAgreement'],
  competence: ['trainingBudget', 'domainExperts', 'plan'],
  schedule: ['start', 'end'],
  'businessCase.benefitsRealisation': ['owner', 'plan', 'baseline'],
  'businessCase.evaluation': ['method', 'date', 'responsible'],
};
/** Sub-fields of the business case other than the cost and benefit tables. */
const BUSINESS_CASE_PARTS = ['benefitsRealisation', 'evaluation', 'advantages', 'disadvantages', 'workProcess'];
/** The currency a scaffold names: that of the strategies written in its language; English, EUR. */
function currency(lang: Lang): string {
  return currencyOfLanguage(lang) ?? 'EUR';
}
const COST_COLUMNS = ['item', 'amount', 'year', 'kind'];
const METRIC_COLUMNS = ['perspective', 'name', 'method', 'baseline', 'target', 'deadline'];

export interface InitOptions {
  strategy: StrategyName;
  lang: Lang;
  format: 'md' | 'yaml';
}

interface Plan {
  fields: string[];
  required: Record<string, string[]>;
  sub: (path: string) => string[];
}

function plan(strategy: StrategyName): Plan {
  const { requiredFields: required, scaffold: extras } = strategyById(strategy)!;
  const top = new Set([...CORE, ...Object.keys(required).map((path) => path.split('.')[0]!), ...(extras?.fields ?? [])]);
  const sub = (path: string): string[] => [...(SUBKEYS[path] ?? []), ...(own(extras?.subfields ?? {}, path) ?? [])];
  return { fields: ORDER.filter((field) => top.has(field)), required, sub };
}

/** The author's word for a field: its first alias in the language, if it reads back as the field. */
export function heading(path: string, lang: Lang): string {
  const key = path.slice(path.lastIndexOf('.') + 1);
  const alias = fieldVocab(path)?.aliases[lang]?.[0];
  return alias ?? key;
}

export function yamlKey(path: string, lang: Lang): string {
  const key = path.slice(path.lastIndexOf('.') + 1);
  if (lang === 'en') return key;
  const parent = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
  const candidate = heading(path, lang).toLowerCase().replace(/\s+/g, '-');
  return keysAt(parent)?.byAlias.get(norm(candidate)) === key ? candidate : key;
}

function clausesOf(path: string, required: Record<string, string[]>): string {
  const ids = [
    ...new Set(
      Object.entries(required)
        .filter(([field]) => field === path || field.startsWith(`${path}.`))
        .flatMap(([, list]) => list),
    ),
  ];
  return ids.length ? ` (${ids.join(', ')})` : '';
}

export function scaffold(options: InitOptions): string {
  const guidance = JSON.parse(readFileSync(rootUrl('data/init-guidance.json'), 'utf8')) as Guidance;
  const strategyName = strategyById(options.strategy)!.name;
  const context = { ...options, plan: plan(options.strategy), guidance, strategyName };
  return options.format === 'yaml' ? yamlScaffold(context) : markdownScaffold(context);
}

interface Context extends InitOptions {
  plan: Plan;
  guidance: Guidance;
  strategyName: string;
}

function guide(context: Context, path: string): string | undefined {
  const text = context.guidance[path.slice(path.lastIndexOf('.') + 1)]?.[context.lang];
  return text ? `${text}${clausesOf(path, context.plan.required)}` : undefined;
}

function yamlScaffold(context: Context): string {
  const {
    lang,
    plan: { fields, sub },
  } = context;
  const lines = [`# ${context.strategyName}`, `# ${context.guidance.intro![lang]}`];
  const key = (path: string) => yamlKey(path, lang);
  const comment = (path: string, indent = '') => {
    const text = guide(context, path);
    if (text) lines.push(`${indent}# ${text}`);
  };
  const table = (path: string, columns: string[], indent: string) => {
    lines.push(`${indent}${key(path)}: []  # - { ${columns.map((column) => `${key(`${path}.${column}`)}: …`).join(', ')} }`);
  };
  for (const field of fields) {
    if (field === 'strategy') lines.push(`${key(field)}: ${context.strategy}`);
    else if (field === 'language') lines.push(`${key(field)}: ${lang}`);
    else if (field === 'businessCase') {
      comment(field);
      lines.push(`${key(field)}:`, `  ${key('businessCase.currency')}: ${currency(lang)}`, `  ${key('businessCase.financing')}:`);
      table('businessCase.costs', COST_COLUMNS, '  ');
      table('businessCase.benefits', COST_COLUMNS, '  ');
      for (const part of BUSINESS_CASE_PARTS.filter((name) => context.plan.required[`businessCase.${name}`])) {
        const path = `businessCase.${part}`;
        comment(path, '  ');
        lines.push(`  ${key(path)}:`);
        for (const child of sub(path)) lines.push(`    ${key(`${path}.${child}`)}:`);
      }
    } else if (field === 'followUp') {
      comment(field);
      lines.push(`${key(field)}:`);
      table('followUp.metrics', METRIC_COLUMNS, '  ');
    } else {
      comment(field);
      lines.push(`${key(field)}:`);
      for (const child of sub(field)) lines.push(`  ${key(`${field}.${child}`)}:`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function markdownScaffold(context: Context): string {
  const {
    lang,
    plan: { fields, sub },
  } = context;
  const out = [
    '---',
    'title:',
    `strategy: ${context.strategy}`,
    `language: ${lang}`,
    '---',
    '',
    `<!-- ${context.strategyName}. ${context.guidance.intro![lang]} -->`,
  ];
  const section = (path: string, level: number) => {
    out.push('', `${'#'.repeat(level)} ${heading(path, lang)}`, '');
    const text = guide(context, path);
    if (text) out.push(`<!-- ${text} -->`, '');
  };
  const labels = (path: string) => {
    for (const child of sub(path)) out.push(`- ${heading(`${path}.${child}`, lang)}:`);
  };
  const table = (path: string, columns: string[]) => {
    out.push(`| ${columns.map((column) => heading(`${path}.${column}`, lang)).join(' | ')} |`, `|${columns.map(() => '---|').join('')}`);
  };
  for (const field of fields) {
    if (['title', 'strategy', 'language'].includes(field)) continue;
    section(field, 2);
    if (field === 'businessCase') {
      out.push(`- ${heading('businessCase.currency', lang)}: ${currency(lang)}`, `- ${heading('businessCase.financing', lang)}:`, '');
      table('businessCase.costs', COST_COLUMNS);
      section('businessCase.benefits', 3);
      table('businessCase.benefits', COST_COLUMNS);
      for (const part of BUSINESS_CASE_PARTS.filter((name) => context.plan.required[`businessCase.${name}`])) {
        section(`businessCase.${part}`, 3);
        labels(`businessCase.${part}`);
      }
    } else if (field === 'followUp') {
      table('followUp.metrics', METRIC_COLUMNS);
    } else {
      labels(field);
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
