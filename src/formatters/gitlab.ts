/**
 * GitLab Code Quality (`artifacts:reports:codequality`): a JSON array of issues, each with a
 * description, a check name, a fingerprint, a severity and a location (path, first line). GitLab
 * compares the fingerprints of the merge request's base and head to show new and fixed issues,
 * so they are keyed as SARIF's are — on what a finding says, not where it is — numbered when a
 * file has one finding twice.
 */
import type { Finding } from '../engine/engine.js';
import { fingerprint } from '../engine/fingerprint.js';
import { neutralData } from '../engine/render.js';
import { byPath, displayPath } from './common.js';
import type { Formatter } from './types.js';

/** GitLab's scale is info, minor, major, critical, blocker: an error blocks no merge by itself. */
function severity(finding: Finding): 'major' | 'minor' {
  return finding.severity === 2 ? 'major' : 'minor';
}

export const gitlab: Formatter = (results, context) => {
  const issues: unknown[] = [];
  for (const result of byPath(results, context.cwd)) {
    const path = displayPath(context.cwd, result.filePath);
    const seen = new Map<string, number>();
    for (const finding of result.findings) {
      const print = fingerprint(path, finding.ruleId, finding.messageId, neutralData(finding.data));
      const occurrence = (seen.get(print) ?? 0) + 1;
      seen.set(print, occurrence);
      issues.push({
        type: 'issue',
        check_name: finding.ruleId,
        description: `${finding.message} (${finding.ruleId})`,
        fingerprint: `${print}-${occurrence}`,
        severity: severity(finding),
        location: { path, lines: { begin: finding.line, end: finding.endLine } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};
