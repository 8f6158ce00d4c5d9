/**
 * Validates a rule's options against the rule's own JSON Schema. Ajv is loaded only when a
 * config actually gives options, so ordinary runs do not pay for its compiler.
 */
import { createRequire } from 'node:module';
import type { Rule } from './rule-api.js';
import { UsageError } from './errors.js';

type AjvInstance = { compile: (schema: object) => ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null } };
let ajv: AjvInstance | undefined;

export function validateRuleOptions(rule: Rule, options: Record<string, unknown>, source: string): void {
  const schema = rule.meta.options;
  if (!schema) throw new UsageError(`rule "${rule.meta.id}" takes no options (in ${source})`);
  if (!ajv) {
    const require = createRequire(import.meta.url);
    const Ajv = require('ajv').default as new (options: object) => AjvInstance;
    ajv = new Ajv({ allErrors: false, strict: false });
  }
  const validate = ajv.compile(schema);
  if (!validate(options)) {
    const error = validate.errors![0]!;
    throw new UsageError(`invalid options for rule "${rule.meta.id}" in ${source}: ${error.instancePath || 'options'} ${error.message}`);
  }
}
