/**
 * What `itstrat rules` and `itstrat explain` know of a plugin without running its code: the
 * rules it declares in its package.json (SECURITY.md, "Plugins"):
 *
 *     "itstrat": { "rules": [{ "id": "local/x", "description": "…", "severity": "warn", "clauses": ["ESB-8"], "docsUrl": "https://…" }] }
 *
 * Only `id` is required. The metadata is read as data; the module itself is imported only by a
 * lint run, whose loaded `meta` is what counts there.
 */
import { readFileSync } from 'node:fs';
import { UsageError } from '../engine/errors.js';
import type { RuleMeta } from '../engine/rule-api.js';
import type { TrustedPlugin } from './trust.js';

export type DeclaredMeta = Pick<RuleMeta, 'id' | 'description' | 'severity' | 'clauses'> & { docsUrl?: string };

/** The rules the plugin's package.json declares, or undefined when it declares none. */
export function declaredRules(plugin: TrustedPlugin): DeclaredMeta[] | undefined {
  if (!plugin.packageJson) return undefined;
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(plugin.packageJson, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read ${plugin.packageJson} (of plugin ${JSON.stringify(plugin.specifier)}): ${(error as Error).message.split('\n')[0]}`);
  }
  const declared = (manifest as { itstrat?: { rules?: unknown } } | null)?.itstrat?.rules;
  if (declared === undefined) return undefined;
  const bad = (index: number, what: string): never => {
    throw new UsageError(`invalid ${plugin.packageJson}: itstrat.rules[${index}] ${what}`);
  };
  if (!Array.isArray(declared)) return bad(0, 'is not a list (itstrat.rules must be a list of { id, description, severity, clauses })');
  return declared.map((entry: unknown, index): DeclaredMeta => {
    const { id, description, severity, clauses, docsUrl } = (entry ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string' || !id) return bad(index, 'has no id');
    if (description !== undefined && typeof description !== 'string') return bad(index, 'has a description that is not text');
    if (severity !== undefined && severity !== 'error' && severity !== 'warn') return bad(index, 'has a severity other than error or warn');
    if (clauses !== undefined && !(Array.isArray(clauses) && clauses.every((clause) => typeof clause === 'string')))
      return bad(index, 'has clauses that are not a list of clause ids');
    // A documentation link is shown, and may be made a link: the web only.
    if (docsUrl !== undefined && !(typeof docsUrl === 'string' && /^https?:\/\//.test(docsUrl)))
      return bad(index, 'has a docsUrl that is not an http(s) address');
    return {
      id,
      description: description ?? id,
      severity: severity ?? 'error',
      clauses: (clauses as string[] | undefined) ?? [],
      ...(docsUrl !== undefined ? { docsUrl } : {}),
    };
  });
}
