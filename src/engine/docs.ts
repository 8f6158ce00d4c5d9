/** Where a rule's documentation lives: its doc page beside the rule in the repository. */
const DOCS_BASE = 'https://github.com/itstrat/itstrat/blob/main/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${encodeURIComponent(ruleId)}.md`;
}
