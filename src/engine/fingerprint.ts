/**
 * Line-independent identity of a finding: its rule and its message, not where it is. The
 * baseline and SARIF's partialFingerprints use it, so a finding keeps its identity when lines
 * are inserted above it.
 */
import { createHash } from 'node:crypto';

export function fingerprint(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}
