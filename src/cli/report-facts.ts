/**
 * The facts `itstrat report` shows beyond findings and figures — the owner's body, focus areas,
 * follow-up perspectives, the shared-solution answer ("følg eller forklar") and which required
 * elements are given — read from the located model with the same accessors and interpretation
 * the rules use (src/model/access.ts, src/interpret/). The report only lays them out.
 *
 * Each linted file is loaded once more here: a report runs once per portfolio, and reading the
 * facts beside the findings keeps the lint result (and its cache) as it is.
 */
import type { FileResult } from '../engine/file-result.js';
import type { ModelNode, Proposal } from '../model/model.js';
import { DEFAULT_MAX_BYTES } from '../model/loaders/index.js';
import { loadProposalSync } from '../interpret/proposal.js';
import { asList, get, textOf } from '../model/access.js';
import { isGiven } from '../interpret/given.js';
import { strategyById } from '../lexicon/strategies.js';
import type { ProposalFacts, SharedSolutionFacts } from '../report/portfolio.js';
import { readProposalFile } from './files.js';
import { proseLoaders } from './lint-file.js';

const line = (text: string): string => text.replace(/\s+/g, ' ').trim();
const given = (node: ModelNode | undefined): string | null => (isGiven(node) ? line(textOf(node)) || null : null);
const givenList = (node: ModelNode | undefined): string[] =>
  (node?.kind === 'list' ? asList(node) : node ? [node] : [])
    .filter(isGiven)
    .map((item) => line(textOf(item)))
    .filter(Boolean);

/** The metrics as follow-up-perspectives reads them: `followUp.metrics`, or `followUp` written as the list itself. */
function perspectives(proposal: Proposal): string[] {
  const followUp = get(proposal, 'followUp');
  const list = followUp?.kind === 'list' ? followUp : followUp?.kind === 'map' ? get(followUp, 'metrics') : undefined;
  const covered = new Set<string>();
  for (const metric of list?.kind === 'list' ? list.items : []) {
    if (metric.kind !== 'map') continue;
    const perspective = get(metric, 'perspective');
    if (isGiven(perspective)) covered.add(textOf(perspective));
  }
  return [...covered].sort();
}

function sharedSolution(proposal: Proposal): SharedSolutionFacts | null {
  const node = get(proposal, 'sharedSolution');
  if (!isGiven(node)) return null;
  if (node?.kind !== 'map') return { status: null, solutions: [], alternative: null, grounds: [], explanation: given(node), exception: null };
  return {
    status: given(get(node, 'status')),
    solutions: givenList(get(node, 'solutions')),
    alternative: given(get(node, 'alternative')),
    grounds: givenList(get(node, 'grounds')),
    explanation: given(get(node, 'explanation')),
    exception: given(get(node, 'exception')),
  };
}

export function proposalFacts(proposal: Proposal, strategies: readonly string[]): ProposalFacts {
  const elements: Record<string, boolean> = {};
  for (const id of strategies) {
    for (const path of Object.keys(strategyById(id)?.requiredFields ?? {})) elements[path] = isGiven(get(proposal, path));
  }
  return {
    ownerBody: given(get(proposal, 'owner.body')),
    focusAreas: givenList(get(proposal, 'focusAreas')),
    perspectives: perspectives(proposal),
    sharedSolution: sharedSolution(proposal),
    elements,
  };
}

/** Facts per result's `filePath`; a file that cannot be read or loaded again has none. */
export async function factsOf(results: readonly FileResult[]): Promise<Map<string, ProposalFacts>> {
  const facts = new Map<string, ProposalFacts>();
  for (const result of results) {
    if (result.fatalErrorCount) continue;
    const read = readProposalFile(result.filePath, DEFAULT_MAX_BYTES);
    if (!('bytes' in read)) continue;
    const { markdown, word } = await proseLoaders([result.filePath]);
    try {
      const { proposal } = loadProposalSync(result.filePath, read.bytes, DEFAULT_MAX_BYTES, markdown, word);
      if (proposal) facts.set(result.filePath, proposalFacts(proposal, result.strategies));
    } catch {
      // The lint run already reported what is wrong with this file (an internal finding); the report shows it without facts.
    }
  }
  return facts;
}
