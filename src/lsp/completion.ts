/**
 * Completion of field keys (YAML, and a Markdown proposal's front matter) and section headings
 * (Markdown) in the author's language: the words `itstrat init` writes, from the lexicon.
 */
import { type CompletionItem, CompletionItemKind } from 'vscode-languageserver';
import { DOCUMENT_FIELDS, headingField, keysAt, norm } from '../lexicon/vocabulary.js';
import type { Lang } from '../model/model.js';
import { fieldHeading as heading, fieldKey as yamlKey } from '../lexicon/sections.js';

/** The completions at `line` (0-based) and `character` of a YAML or Markdown text. */
export function completions(text: string, format: 'yaml' | 'markdown', line: number, character: number, language: Lang): CompletionItem[] {
  const lines = text.split(/\r?\n/);
  const before = (lines[line] ?? '').slice(0, character);
  if (format === 'yaml') return yamlKeys(lines, line, before, language);
  const front = frontMatterEnd(lines);
  if (front !== undefined && line > 0 && line < front) return yamlKeys(lines.slice(1, front), line - 1, before, language);
  return headings(lines, line, before, language);
}

/** The line of the closing `---` of a front matter that opens the text, if there is one. */
function frontMatterEnd(lines: readonly string[]): number | undefined {
  if (lines[0]?.trim() !== '---') return undefined;
  const end = lines.findIndex((text, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(text));
  return end > 0 ? end : undefined;
}

interface KeyLine {
  /** The column the key starts at (after a list dash). */
  indent: number;
  key: string;
}

function keyLine(text: string): KeyLine | undefined {
  const match = /^(\s*)(-\s+)?([^\s#:][^:#]*?)\s*:(\s|$)/.exec(text);
  return match ? { indent: match[1]!.length + (match[2]?.length ?? 0), key: match[3]! } : undefined;
}

function yamlKeys(lines: readonly string[], line: number, before: string, language: Lang): CompletionItem[] {
  // Only where a key is being written: at the start of a line or of a list item, one word (keys
  // have no spaces), before any colon — not in a value or a block of text.
  const typing = /^(\s*)(-\s+)?[^\s:#]*$/.exec(before);
  if (!typing) return [];
  let indent = typing[1]!.length + (typing[2]?.length ?? 0);
  // The keys above with less indentation are the path to the object the cursor is in.
  const chain: string[] = [];
  for (let index = line - 1; index >= 0 && indent > 0; index--) {
    const above = keyLine(lines[index]!);
    if (!above || above.indent >= indent) continue;
    chain.unshift(above.key);
    indent = above.indent;
  }
  let path = '';
  for (const key of chain) {
    const canonical = keysAt(path)?.byAlias.get(norm(key));
    if (!canonical) return [];
    path = path ? `${path}.${canonical}` : canonical;
  }
  const index = keysAt(path);
  if (!index) return [];
  return Object.keys(index.specs).map((key, order) => {
    const full = path ? `${path}.${key}` : key;
    const label = yamlKey(full, language);
    return { label, kind: CompletionItemKind.Property, detail: full, insertText: `${label}: `, sortText: String(order).padStart(3, '0') };
  });
}

function headings(lines: readonly string[], line: number, before: string, language: Lang): CompletionItem[] {
  const typing = /^(#{2,6})\s+[^#]*$/.exec(before);
  if (!typing) return [];
  const level = typing[1]!.length;
  let parent = '';
  if (level > 2) {
    // A sub-section: the fields inside the section its nearest shallower heading names.
    for (let index = line - 1; index >= 0; index--) {
      const above = /^(#{1,6})\s+(.*)$/.exec(lines[index]!);
      if (!above || above[1]!.length >= level) continue;
      parent = headingField(above[2]!) ?? '';
      break;
    }
    if (!parent) return [];
  }
  const index = keysAt(parent);
  if (!index) return [];
  return Object.keys(index.specs)
    .filter((key) => parent || !DOCUMENT_FIELDS.has(key))
    .map((key, order) => {
      const full = parent ? `${parent}.${key}` : key;
      const label = heading(full, language);
      return { label, kind: CompletionItemKind.Module, detail: full, sortText: String(order).padStart(3, '0') };
    });
}
