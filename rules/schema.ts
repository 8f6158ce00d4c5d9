/**
 * schema — the normalised proposal matches schemas/proposal.schema.json. Each violation is
 * reported at the value (or key) it concerns, not at the file.
 */
import { defineRule, inEveryLanguage, inKroner, keyFix, nearestKey, toPlain, valueLabel } from '../src/engine/rulekit.js';
import type { ModelNode, Proposal } from '../src/model/model.js';
import { loadValidator, type SchemaError } from '../src/engine/validators.js';

const validate = await loadValidator('proposal');

export default defineRule({
  meta: {
    id: 'schema',
    description: 'The proposal matches the JSON Schema of a proposal: known fields, right types and values.',
    clauses: [],
    severity: 'error',
    fixable: 'code',
    messages: {
      en: {
        required: '"{field}" is required.',
        unknownTopKey: '"{key}" is not a proposal field; check the spelling (see `itstrat schema`).',
        unknownKey: '"{key}" is not a field of {where}; check the spelling (see `itstrat schema`).',
        unknownTopKeyNear: '"{key}" is not a proposal field: did you mean "{near}"? (see `itstrat schema`)',
        unknownKeyNear: '"{key}" is not a field of {where}: did you mean "{near}"? (see `itstrat schema`)',
        type: '{where} should be {expected}.',
        enum: '{where} must be one of: {allowed}.',
        other: '{where}: {detail}.',
        minimum: '{where} must be at least {limit}.',
        maximum: '{where} must be at most {limit}.',
        notFinite: '{where} must be a finite number, not {value}.',
        date: '{where} must be a date, YYYY-MM-DD (or YYYY-MM).',
        currencyCode: '{where} must be a three-letter currency code: DKK, SEK, NOK or EUR.',
      },
      da: {
        required: '"{path:field}" skal udfyldes.',
        unknownTopKey: '"{key}" er ikke et felt i et forslag; tjek stavemåden (se `itstrat schema`).',
        unknownKey: '"{key}" er ikke et felt i {path:where}; tjek stavemåden (se `itstrat schema`).',
        unknownTopKeyNear: '"{key}" er ikke et felt i et forslag: mente du "{near}"? (se `itstrat schema`)',
        unknownKeyNear: '"{key}" er ikke et felt i {path:where}: mente du "{near}"? (se `itstrat schema`)',
        type: '{path:where} skal være {expected}.',
        enum: '{path:where} skal være en af: {allowed}.',
        other: '{path:where}: {detail}.',
        minimum: '{path:where} skal være mindst {limit}.',
        maximum: '{path:where} må højst være {limit}.',
        notFinite: '{path:where} skal være et endeligt tal, ikke {value}.',
        date: '{path:where} skal være en dato, ÅÅÅÅ-MM-DD (eller ÅÅÅÅ-MM).',
        currencyCode: '{path:where} skal være en valutakode på tre bogstaver: DKK, SEK, NOK eller EUR.',
      },
      sv: {
        required: '"{path:field}" måste anges.',
        unknownTopKey: '"{key}" är inte ett fält i ett förslag; kontrollera stavningen (se `itstrat schema`).',
        unknownKey: '"{key}" är inte ett fält i {path:where}; kontrollera stavningen (se `itstrat schema`).',
        unknownTopKeyNear: '"{key}" är inte ett fält i ett förslag: menade du "{near}"? (se `itstrat schema`)',
        unknownKeyNear: '"{key}" är inte ett fält i {path:where}: menade du "{near}"? (se `itstrat schema`)',
        type: '{path:where} ska vara {expected}.',
        enum: '{path:where} ska vara en av: {allowed}.',
        other: '{path:where}: {detail}.',
        minimum: '{path:where} ska vara minst {limit}.',
        maximum: '{path:where} får vara högst {limit}.',
        notFinite: '{path:where} ska vara ett ändligt tal, inte {value}.',
        date: '{path:where} ska vara ett datum, ÅÅÅÅ-MM-DD (eller ÅÅÅÅ-MM).',
        currencyCode: '{path:where} ska vara en valutakod med tre bokstäver: DKK, SEK, NOK eller EUR.',
      },
      nb: {
        required: '"{path:field}" må fylles ut.',
        unknownTopKey: '"{key}" er ikke et felt i et forslag; sjekk stavemåten (se `itstrat schema`).',
        unknownKey: '"{key}" er ikke et felt i {path:where}; sjekk stavemåten (se `itstrat schema`).',
        unknownTopKeyNear: '"{key}" er ikke et felt i et forslag: mente du "{near}"? (se `itstrat schema`)',
        unknownKeyNear: '"{key}" er ikke et felt i {path:where}: mente du "{near}"? (se `itstrat schema`)',
        type: '{path:where} skal være {expected}.',
        enum: '{path:where} må være en av: {allowed}.',
        other: '{path:where}: {detail}.',
        minimum: '{path:where} skal være minst {limit}.',
        maximum: '{path:where} kan være høyst {limit}.',
        notFinite: '{path:where} skal være et endelig tall, ikke {value}.',
        date: '{path:where} skal være en dato, ÅÅÅÅ-MM-DD (eller ÅÅÅÅ-MM).',
        currencyCode: '{path:where} skal være en valutakode på tre bokstaver: DKK, SEK, NOK eller EUR.',
      },
    },
  },
  check(proposal, context) {
    for (const error of violations(proposal)) {
      const segments = error.instancePath
        .split('/')
        .slice(1)
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
      const node = nodeAt(proposal, segments);
      const where = segments.length ? pathLabel(segments) : '';
      switch (error.keyword) {
        case 'required': {
          const field = String(error.params.missingProperty);
          const path = [...segments, field].filter((part) => !/^\d+$/.test(part)).join('.');
          context.report(
            node && segments.length
              ? { messageId: 'required', data: { field: path }, node, atKey: true }
              : { messageId: 'required', data: { field: path }, missing: path },
          );
          break;
        }
        case 'additionalProperties': {
          // With the nearest known key, as the author's language writes it: "projektleder" is
          // a field of its own now, a misspelt "ejeer" is "Ejer". A warning: a field nobody
          // asked for ("kostnadsställe") harms no clause, and a misspelt one is reported by the
          // rule that misses it.
          const key = String(error.params.additionalProperty);
          const child = node?.kind === 'map' ? node.entries.get(key) : undefined;
          const written = child?.key ?? key;
          const near = nearestKey(canonicalPath(segments), written, proposal.language);
          context.report({
            messageId: (segments.length ? 'unknownKey' : 'unknownTopKey') + (near ? 'Near' : ''),
            severity: 'warn',
            data: { key: written, where, ...(near ? { near } : {}) },
            ...(child ? { node: child, atKey: true } : { missing: '' }),
            fix: child && node?.kind === 'map' ? keyFix(proposal, node, segments.filter((part) => !/^\d+$/.test(part)).join('.'), key) : undefined,
          });
          break;
        }
        case 'type':
          // YAML's .nan and .inf are numbers to JavaScript, not to a proposal.
          if (node?.kind === 'scalar' && typeof node.value === 'number' && !Number.isFinite(node.value)) {
            context.report({ messageId: 'notFinite', data: { where, value: String(node.value) }, node });
            break;
          }
          context.report({
            messageId: 'type',
            data: { where, expected: String(error.params.type).replace(/,/g, ' or ') },
            ...(node ? { node } : { missing: '' }),
          });
          break;
        case 'enum': {
          // The values as the reader's language names them ("grundläggande", not "basic"): each is accepted as written.
          const allowed = (error.params.allowedValues as unknown[]).map(String);
          const path = canonicalPath(segments);
          context.report({
            messageId: 'enum',
            data: { where, allowed: inEveryLanguage((lang) => allowed.map((value) => valueLabel(path, value, lang)).join(', ')) },
            ...(node ? { node } : { missing: '' }),
          });
          break;
        }
        case 'pattern': {
          // The schema's two forms, said in the reader's language rather than as a regular expression.
          const pattern = String(error.params.pattern);
          const messageId = pattern.includes('[0-9]{4}-') ? 'date' : pattern === '^[A-Za-z]{3}$' ? 'currencyCode' : undefined;
          // "kr.", "kroner", "kronor": which kroner the strategy's country or the language settles (business-case says when neither does).
          if (messageId === 'currencyCode' && node?.kind === 'scalar' && inKroner(String(node.value))) break;
          if (messageId) {
            context.report({ messageId, data: { where }, ...(node ? { node } : { missing: '' }) });
            break;
          }
          context.report({ messageId: 'other', data: { where, detail: error.message ?? error.keyword }, ...(node ? { node } : { missing: '' }) });
          break;
        }
        case 'minimum':
        case 'maximum':
          context.report({ messageId: error.keyword, data: { where, limit: Number(error.params.limit) }, ...(node ? { node } : { missing: '' }) });
          break;
        default:
          context.report({ messageId: 'other', data: { where, detail: error.message ?? error.keyword }, ...(node ? { node } : { missing: '' }) });
      }
    }
  },
});

/**
 * A key left without a value (`owner:`, `navn:`) is a field not filled in yet — the rule that
 * needs the field says so — so values are checked with such keys left out; unknown keys are
 * reported whatever their value.
 */
function violations(proposal: Proposal): SchemaError[] {
  const errors = validate(toPlain(proposal.root, { withoutEmpty: true })) ? [] : relevant(validate.errors ?? []);
  if (!validate(toPlain(proposal.root))) {
    const unknown = (validate.errors ?? []).filter((error) => error.keyword === 'additionalProperties');
    const seen = new Set(errors.map((error) => `${error.instancePath}|${JSON.stringify(error.params)}`));
    errors.push(...unknown.filter((error) => !seen.has(`${error.instancePath}|${JSON.stringify(error.params)}`)));
  }
  return errors;
}

/**
 * Ajv reports every failed branch of a `oneOf`; keep the error that says most: drop the
 * `oneOf` summary, and a type error at a path where a deeper error explains more.
 */
function relevant(errors: SchemaError[]): SchemaError[] {
  const kept: SchemaError[] = [];
  const seen = new Set<string>();
  const types = new Map<string, SchemaError>();
  // What explains a type error, indexed once (linear in the errors, not quadratic): the paths
  // with an error below them, and the paths with an error of another keyword.
  const withDeeper = new Set<string>();
  const withOther = new Set<string>();
  for (const other of errors) {
    if (other.keyword === 'oneOf' || other.keyword === 'anyOf') continue;
    if (other.keyword !== 'type') withOther.add(other.instancePath);
    for (let cut = other.instancePath.lastIndexOf('/'); cut >= 0; cut = other.instancePath.lastIndexOf('/', cut - 1)) {
      const parent = other.instancePath.slice(0, cut);
      if (withDeeper.has(parent)) break;
      withDeeper.add(parent);
      if (cut === 0) break;
    }
  }
  for (const error of errors) {
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf' || error.keyword === 'if') continue;
    if (error.keyword === 'type') {
      const explained = withDeeper.has(error.instancePath) || withOther.has(error.instancePath);
      // A wrong type at a path where something deeper, or another keyword, says more.
      if (explained) continue;
      // One finding per value for the branches of a `oneOf`: "should be string or object".
      const earlier = types.get(error.instancePath);
      if (earlier) {
        earlier.params = { type: `${String(earlier.params.type)},${String(error.params.type)}` };
        continue;
      }
      const merged = { ...error, params: { ...error.params } };
      types.set(error.instancePath, merged);
      kept.push(merged);
      continue;
    }
    const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(error);
  }
  return kept;
}

function nodeAt(proposal: Proposal, segments: string[]): ModelNode | undefined {
  let node: ModelNode | undefined = proposal.root;
  for (const segment of segments) {
    if (node?.kind === 'map') node = node.entries.get(segment);
    else if (node?.kind === 'list') node = node.items[Number(segment)];
    else return undefined;
  }
  return node;
}

function pathLabel(segments: string[]): string {
  return segments.map((segment, index) => (/^\d+$/.test(segment) ? `[${Number(segment) + 1}]` : index ? `.${segment}` : segment)).join('');
}

/** The canonical path of a value without its list indices ("followUp.metrics.method"). */
function canonicalPath(segments: string[]): string {
  return segments.filter((segment) => !/^\d+$/.test(segment)).join('.');
}
