// The naive parse floor (issue 9): read every file and build the trees a naive linter would —
// `yaml`'s parseDocument for YAML; unified + remark-parse + remark-gfm + remark-frontmatter for
// Markdown — and nothing else: no model, no rules, no output. Run as its own process.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument } from 'yaml';

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
let nodes = 0;
for (const dir of process.argv.slice(2)) {
  for (const name of readdirSync(dir).sort()) {
    const text = readFileSync(join(dir, name), 'utf8');
    if (/\.ya?ml$/.test(name)) nodes += parseDocument(text).contents ? 1 : 0;
    else if (/\.(md|markdown)$/.test(name)) nodes += markdown.parse(text).children.length;
  }
}
// What was built is used, so no engine can drop the work.
if (nodes < 0) console.log(nodes);
