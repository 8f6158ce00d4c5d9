import type { ModelNode } from '../model/model.js';

/**
 * The model as plain JSON data, for schema validation. `withoutEmpty` leaves out keys that
 * have no value (`owner:`).
 */
export function toPlain(node: ModelNode, options: { withoutEmpty?: boolean } = {}): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'list') return node.items.map((item) => toPlain(item, options));
  const object: Record<string, unknown> = {};
  for (const [key, value] of node.entries) {
    if (options.withoutEmpty && value.kind === 'scalar' && value.value === null) continue;
    // A key named `__proto__` is a field like any other: defined, never assigned (which would set the prototype).
    Object.defineProperty(object, key, { value: toPlain(value, options), enumerable: true, writable: true, configurable: true });
  }
  return object;
}
