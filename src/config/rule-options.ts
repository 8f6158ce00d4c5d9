/**
 * Validates a rule's options against the rule's own JSON Schema. Ajv is loaded only when a
 * config actually gives options, so ordinary runs do not pay for its compiler.
 */
import { createRequire } from 'node:module';
import type { Rule } from '../engine/rule-api.js';
import { UsageError } from '../engine/errors.js';
import { shown } from './config.js';

type AjvInstance = {
  compile: (
    schema: object,
  ) => ((data: unknown) => boolean) & { errors?: { instancePath: string; keyword: string; params?: Record<string, unknown>; message?: string }[] | null };
};
let ajv: AjvInstance | undefined;

export function validateRuleOptions(rule: Rule, options: Record<string, unknown>, source: string): void {
  const schema = rule.meta.options;
  if (!schema)
    throw new UsageError(
      `invalid options for rule "${rule.meta.id}" in ${source}: ${shown(options)}; allowed: no options (the rule takes none), only a severity`,
    );
  if (!ajv) {
    const require = createRequire(import.meta.url);
    const Ajv = require('ajv').default as new (options: object) => AjvInstance;
    ajv = new Ajv({ allErrors: false, strict: false });
  }
  const validate = ajv.compile(schema);
  if (!validate(options)) {
    const error = validate.errors![0]!;
    const path = error.instancePath
      .split('/')
      .slice(1)
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
    let value: unknown = options;
    for (const part of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
    const params = error.params ?? {};
    const allowed = Array.isArray(params.allowedValues)
      ? (params.allowedValues as unknown[]).map(String).join(', ')
      : error.keyword === 'additionalProperties'
        ? Object.keys((schema as { properties?: object }).properties ?? {}).join(', ')
        : error.keyword === 'type'
          ? `a value of type ${String(params.type)}`
          : '';
    const what =
      error.keyword === 'additionalProperties'
        ? `unknown option ${JSON.stringify(String(params.additionalProperty))}`
        : `${shown(value)} ${error.message ?? 'is not allowed'}`;
    throw new UsageError(
      `invalid options for rule "${rule.meta.id}" in ${source}${path.length ? `.${path.join('.')}` : ''}: ${what}${allowed ? `; allowed: ${allowed}` : ''}`,
    );
  }
}
