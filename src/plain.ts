import type { ModelNode } from './model.js';

/**
 * The model as plain JSON data, for schema validation. A key left without a value
 * (`owner:`) is a field not filled in yet, not a value of the wrong type, so it is left out.
 */
export function toPlain(node: ModelNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'list') return node.items.map(toPlain);
  const object: Record<string, unknown> = {};
  for (const [key, value] of node.entries) {
    if (value.kind !== 'scalar' || value.value !== null) object[key] = toPlain(value);
  }
  return object;
}
