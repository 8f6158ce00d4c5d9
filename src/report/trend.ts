/**
 * `itstrat report --compare previous.json`: per proposal, which findings are new, which are
 * fixed and how many are unchanged since a previous JSON report. Findings are matched by their
 * key (rule, message, data), not by line, so a finding that only moved is unchanged; equal keys
 * are matched as many times as they occur.
 */
import type { Portfolio, PortfolioFinding, PortfolioProposal } from './portfolio.js';

export interface ProposalTrend {
  path: string;
  /** `added`: not in the previous report; `removed`: only there. */
  change: 'added' | 'removed' | 'kept';
  new: PortfolioFinding[];
  fixed: PortfolioFinding[];
  unchanged: number;
}

function counted(findings: readonly PortfolioFinding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.key, (counts.get(finding.key) ?? 0) + 1);
  return counts;
}

/** `findings` less as many of each key as `other` holds. */
function without(findings: readonly PortfolioFinding[], other: readonly PortfolioFinding[]): PortfolioFinding[] {
  const left = counted(other);
  return findings.filter((finding) => {
    const count = left.get(finding.key) ?? 0;
    if (count === 0) return true;
    left.set(finding.key, count - 1);
    return false;
  });
}

export function compareTrend(previous: Portfolio, proposals: readonly PortfolioProposal[]): ProposalTrend[] {
  const before = new Map(previous.proposals.map((proposal) => [proposal.path, proposal]));
  const now = new Set(proposals.map((proposal) => proposal.path));
  const trend: ProposalTrend[] = proposals.map((proposal) => {
    const old = before.get(proposal.path);
    const fresh = without(proposal.findings, old?.findings ?? []);
    return {
      path: proposal.path,
      change: old ? 'kept' : 'added',
      new: fresh,
      fixed: without(old?.findings ?? [], proposal.findings),
      unchanged: proposal.findings.length - fresh.length,
    };
  });
  for (const old of previous.proposals) {
    if (!now.has(old.path)) trend.push({ path: old.path, change: 'removed', new: [], fixed: [...old.findings], unchanged: 0 });
  }
  return trend.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
