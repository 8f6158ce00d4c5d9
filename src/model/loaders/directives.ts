/**
 * Inline disable comments: `<!-- itstrat-disable rule -- reason -->` in Markdown and
 * `# itstrat-disable rule -- reason` in YAML. Found line by line because both syntaxes are
 * whole comments the parsers would otherwise drop.
 */
import type { Directive } from '../model.js';

const MARKDOWN = /<!--\s*itstrat-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g;
const YAML = /(?:^|\s)#\s*itstrat-(disable-next-line|disable-line|disable|enable)\b(.*)$/g;

/** `lineOffset`: lines of the file above `lines[0]` (for front matter searched on its own). */
export function findDirectives(lines: string[], format: 'yaml' | 'markdown', lineOffset = 0): Directive[] {
  const pattern = format === 'markdown' ? MARKDOWN : YAML;
  const directives: Directive[] = [];
  lines.forEach((line, index) => {
    if (!line.includes('itstrat-')) return;
    for (const match of line.matchAll(pattern)) {
      const [rulePart, ...reasonParts] = match[2]!.split(/\s--\s?|\s--$|^--\s/);
      const start = match.index! + (match[0]!.length - match[0]!.trimStart().length) + 1;
      directives.push({
        kind: match[1] as Directive['kind'],
        rules: rulePart!.split(/[\s,]+/).filter(Boolean),
        reason: reasonParts.join(' -- ').trim(),
        range: { line: lineOffset + index + 1, column: start, endLine: lineOffset + index + 1, endColumn: match.index! + match[0]!.length + 1 },
      });
    }
  });
  return directives;
}
