import type { ModelNode } from './model.js';

/** The model as plain JSON data, for schema validation. */
export function toPlain(node: ModelNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'list') return node.items.map(toPlain);
  const object: Record<string, unknown> = {};
  for (const [key, value] of node.entries) object[key] = toPlain(value);
  return object;
}
