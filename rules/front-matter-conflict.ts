/**
 * front-matter-conflict — a field given both in a Markdown file's front matter and in a
 * section (or a `Label: value` line), with different values (SPEC §1). The front matter wins;
 * this warns that the reader of the prose sees something else than the linter checks.
 */
import { defineRule } from '../src/engine/rulekit.js';

export default defineRule({
  meta: {
    id: 'front-matter-conflict',
    description: 'A field is given both in the front matter and in a section of the Markdown, with different values.',
    clauses: [],
    severity: 'warn',
    messages: {
      en: {
        conflict: '"{field}" is also given in the front matter (line {line}) with a different value; the front matter wins. Remove one, or make the two agree.',
      },
      da: { conflict: '"{path:field}" står også i front matter (linje {line}) med en anden værdi; front matter gælder. Fjern den ene, eller gør de to ens.' },
      sv: {
        conflict: '"{path:field}" står också i front matter (rad {line}) med ett annat värde; front matter gäller. Ta bort det ena, eller gör de två lika.',
      },
      nb: {
        conflict: '"{path:field}" står også i front matter (linje {line}) med en annen verdi; front matter gjelder. Fjern den ene, eller gjør de to like.',
      },
    },
  },
  check(proposal, context) {
    for (const conflict of proposal.conflicts) {
      context.report({ messageId: 'conflict', range: conflict.sectionRange, data: { field: conflict.field, line: conflict.frontRange.line } });
    }
  },
});
