/**
 * ESLint's `json-with-metadata`: the `json` results and, under `metadata.rulesMeta`, the meta of
 * every rule the results name (ESLint's rule meta shape: docs with description and URL,
 * messages, options schema), plus the clauses each rule enforces and its default severity.
 */
import { ruleDescription, ruleDocsUrl, rulesInResults } from './common.js';
import { jsonResults } from './json.js';
import type { Formatter } from './types.js';

export const jsonWithMetadata: Formatter = (results, context) => {
  const rulesMeta: Record<string, unknown> = {};
  for (const id of rulesInResults(results)) {
    const meta = context.rules.get(id);
    const url = ruleDocsUrl(id, context.rules);
    rulesMeta[id] = {
      type: 'problem',
      docs: { description: ruleDescription(id, context.rules), ...(url ? { url } : {}) },
      ...(meta
        ? {
            messages: meta.messages.en,
            schema: meta.options ? [meta.options] : [],
            ...(meta.defaultOptions ? { defaultOptions: [meta.defaultOptions] } : {}),
            clauses: meta.clauses,
            defaultSeverity: meta.severity,
          }
        : {}),
    };
  }
  return `${JSON.stringify({ results: jsonResults(results, context), metadata: { cwd: context.cwd, rulesMeta } })}\n`;
};
