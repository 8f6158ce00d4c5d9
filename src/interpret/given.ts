/** Whether a value is given: present, not empty and not a placeholder ("TBD", "Ukendt – afklares"). */
import type { ModelNode } from '../model/model.js';
import { PLACEHOLDER, PLACEHOLDER_LEAD } from '../lexicon/placeholders.js';

export function isPlaceholder(text: string): boolean {
  const trimmed = text.trim();
  return PLACEHOLDER.test(trimmed.replace(/[.!]+$/, '').trim()) || PLACEHOLDER_LEAD.test(trimmed);
}

/** A value is given when it is present, not empty and not a placeholder. */
export function isGiven(node: ModelNode | undefined): boolean {
  if (!node) return false;
  if (node.kind === 'scalar') {
    if (node.value === null || node.value === false) return false;
    const text = String(node.value).trim();
    return text !== '' && !isPlaceholder(text);
  }
  if (node.kind === 'list') return node.items.some(isGiven);
  return [...node.entries.values()].some(isGiven);
}
