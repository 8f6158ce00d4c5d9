/**
 * What a hover on a finding shows: the finding, each clause behind it quoted in the strategy's
 * own language and in English (the clause catalogue `itstrat explain` prints), and the "How to
 * fix" section of the rule's doc.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Finding } from '../engine/engine.js';
import type { RuleMeta } from '../engine/rule-api.js';
import { clauseCatalogue, clauseFor } from '../lexicon/clauses.js';
import { rootUrl } from '../lexicon/package-root.js';
import type { Lang } from '../model/model.js';
import { serverMessage } from './messages.js';

const fixSections = new Map<string, string | undefined>();

/** The "How to fix" section of a built-in rule's doc (rules/<id>.md), read once. */
export function howToFix(ruleId: string): string | undefined {
  if (fixSections.has(ruleId)) return fixSections.get(ruleId);
  const doc = rootUrl(`rules/${ruleId}.md`);
  let section: string | undefined;
  if (/^[a-z0-9-]+$/.test(ruleId) && existsSync(doc)) {
    const text = readFileSync(doc, 'utf8');
    section = /^## How to fix\s*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(text)?.[1]?.trim() || undefined;
  }
  fixSections.set(ruleId, section);
  return section;
}

const quoted = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

/** The hover text (Markdown) of the findings under the cursor. */
export function hoverMarkdown(findings: readonly Finding[], rules: ReadonlyMap<string, RuleMeta>, language: Lang): string {
  const { clauses, strategies } = clauseCatalogue();
  return findings
    .map((finding) => {
      const meta = rules.get(finding.ruleId);
      const parts = [`**${finding.ruleId}** — ${finding.message}`];
      for (const id of finding.clauses) {
        const clause = clauses[id];
        if (!clause) continue;
        // The sentence this finding rests on, where the clause says more than one thing.
        const said = clauseFor(id, finding.ruleId, finding.messageId) ?? clause;
        parts.push(`**${id}** — ${clause.title[language]} (${strategies[clause.strategy].name}, p. ${clause.page}, *${said.modal}*)`);
        parts.push(quoted(said.quote));
        if (said.quoteEn.trim() !== said.quote.trim()) parts.push(quoted(`*${said.quoteEn.trim()}*`));
      }
      const fix = howToFix(finding.ruleId);
      if (fix) parts.push(`**${serverMessage('howToFix', language)}**\n\n${fix}`);
      if (meta?.docsUrl) parts.push(`[${finding.ruleId}](${meta.docsUrl})`);
      return parts.join('\n\n');
    })
    .join('\n\n---\n\n');
}
