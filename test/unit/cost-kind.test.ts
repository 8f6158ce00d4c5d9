/**
 * A cost line's stated kind in the budget words of the three countries (src/lexicon/vocabulary.ts
 * KIND_VALUES, src/lexicon/cost-kinds.ts), read once by src/interpret/cost-kind.ts.
 */
import { describe, expect, it } from 'vitest';
import { loadProposal } from '../../src/interpret/proposal.js';
import { canonicalValue } from '../../src/lexicon/vocabulary.js';
import { costKind, costKindIn } from '../../src/interpret/cost-kind.js';
import { asList, get } from '../../src/model/access.js';

const KIND = 'businessCase.costs.kind';

describe('a stated kind in budget words is investment or operating', () => {
  it.each([
    // Danish municipal budget (anlæg/drift) and the state business-case model
    ['anlæg', 'investment'],
    ['Anlægsudgift', 'investment'],
    ['anlægsudgifter', 'investment'],
    ['engangsudgift', 'investment'],
    ['Engangsbeløb', 'investment'],
    ['etablering', 'investment'],
    ['Etableringsomkostninger', 'investment'],
    ['projektomkostninger', 'investment'],
    ['drift', 'operating'],
    ['Driftsudgifter', 'operating'],
    ['løbende', 'operating'],
    ['løn', 'operating'],
    ['Licens', 'operating'],
    ['årlig', 'operating'],
    // Swedish
    ['Investering', 'investment'],
    ['engångskostnad', 'investment'],
    ['Engångsutgift', 'investment'],
    ['införandekostnad', 'investment'],
    ['löpande', 'operating'],
    ['Löpande kostnad', 'operating'],
    ['årlig kostnad', 'operating'],
    ['förvaltning', 'operating'],
    ['lön', 'operating'],
    ['kapitalkostnad', 'operating'],
    // Norwegian (DFØ: investeringskostnader; drifts- og vedlikeholdskostnader)
    ['investering', 'investment'],
    ['engangskostnad', 'investment'],
    ['Investeringskostnader', 'investment'],
    ['etableringskostnad', 'investment'],
    ['årlig', 'operating'],
    ['Årlige kostnader', 'operating'],
    ['Drifts- og vedlikeholdskostnader', 'operating'],
    ['lisens', 'operating'],
    ['lønn', 'operating'],
  ])('%s → %s', (written, kind) => {
    expect(canonicalValue(KIND, written)).toBe(kind);
  });

  it.each([['gevinst'], ['Nytta per år'], ['nytte'], ['Besparelse']])('a benefit row in a budget table (%s) is a priced benefit', (written) => {
    expect(canonicalValue(KIND, written)).toBe('financial');
  });

  it.each([['Diverse'], ['Øvrigt'], ['tjänster'], ['månedlig'], ['X']])('%s names no kind: left as written (a schema finding)', (written) => {
    expect(canonicalValue(KIND, written)).toBeUndefined();
  });
});

describe("the one reading of a line's kind", () => {
  it('a stated budget kind decides, in YAML as in Markdown', async () => {
    const yaml =
      'title: X\nøkonomi:\n  omkostninger:\n    - { post: Server, beløb: 40000, art: anlægsudgift }\n    - { post: Systemforvalter, beløb: 90000, art: løn }\n';
    const md = '# X\n\n## Økonomi\n\n| Post | Art | Beløb |\n|---|---|---|\n| Server | anlægsudgift | 40.000 |\n| Systemforvalter | løn | 90.000 |\n';
    for (const [name, code] of [
      ['p.yaml', yaml],
      ['p.md', md],
    ] as const) {
      const { proposal } = await loadProposal(`/virtual/${name}`, new TextEncoder().encode(code));
      expect(asList(get(proposal!, 'businessCase.costs')).map(costKind), name).toEqual(['investment', 'operating']);
    }
  });

  it('in an item\'s words, budget stems count ("Anlægsudgift til servere", "Engångskostnad för migrering") but "løn" alone does not decide', () => {
    expect(costKindIn('Anlægsudgift til servere')).toBe('investment');
    expect(costKindIn('Engångskostnad för migrering')).toBe('investment');
    expect(costKindIn('Investeringskostnader, låser')).toBe('investment');
    expect(costKindIn('Løn til projektleder')).toBeUndefined();
  });
});
