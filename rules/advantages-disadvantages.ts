/**
 * advantages-disadvantages — the business case sets out the advantages and the disadvantages
 * of the acquisition (Nordfyns NFY-6c), so decisions are made on a comparable basis.
 */
import { defineRule, get, isGiven } from '../src/engine/rulekit.js';

const SIDES = [
  { path: 'businessCase.advantages', missing: 'missingAdvantages', empty: 'emptyAdvantages' },
  { path: 'businessCase.disadvantages', missing: 'missingDisadvantages', empty: 'emptyDisadvantages' },
] as const;

export default defineRule({
  meta: {
    id: 'advantages-disadvantages',
    description: 'The business case lists the advantages and the disadvantages of the solution.',
    clauses: ['NFY-6c'],
    severity: 'error',
    messages: {
      en: {
        missingAdvantages:
          'Set out the advantages: add "advantages" to the business case (in Markdown an "Advantages" section), e.g. faster answers, fewer manual steps.',
        emptyAdvantages: '"{key}" is empty: list the advantages of the solution.',
        missingDisadvantages:
          'Set out the disadvantages too: add "disadvantages" to the business case (in Markdown a "Disadvantages" section), e.g. training, dependence on one supplier, citizens without digital access.',
        emptyDisadvantages:
          '"{key}" is empty: every solution has some disadvantages (training, supplier dependence, citizens who cannot use it); name them so decisions are comparable.',
      },
      da: {
        missingAdvantages: 'Stil fordelene op: tilføj "fordele" til business casen (i Markdown et afsnit "Fordele"), fx hurtigere svar og færre manuelle trin.',
        emptyAdvantages: '"{key}" er tom: skriv løsningens fordele.',
        missingDisadvantages:
          'Stil også ulemperne op: tilføj "ulemper" til business casen (i Markdown et afsnit "Ulemper"), fx oplæring, binding til én leverandør, borgere uden digital adgang.',
        emptyDisadvantages:
          '"{key}" er tom: enhver løsning har ulemper (oplæring, leverandørbinding, borgere der ikke kan bruge den); nævn dem, så beslutningen kan træffes på et sammenligneligt grundlag.',
      },
      sv: {
        missingAdvantages:
          'Redovisa fördelarna: lägg till "fördelar" i kalkylen (i Markdown ett avsnitt "Fördelar"), t.ex. snabbare svar och färre manuella steg.',
        emptyAdvantages: '"{key}" är tomt: skriv lösningens fördelar.',
        missingDisadvantages:
          'Redovisa även nackdelarna: lägg till "nackdelar" i kalkylen (i Markdown ett avsnitt "Nackdelar"), t.ex. utbildning, beroende av en leverantör, medborgare utan digital tillgång.',
        emptyDisadvantages:
          '"{key}" är tomt: varje lösning har nackdelar (utbildning, leverantörsberoende, medborgare som inte kan använda den); nämn dem så att besluten blir jämförbara.',
      },
      nb: {
        missingAdvantages:
          'Sett opp fordelene: legg til "fordeler" i kost-nytte-analysen (i Markdown et avsnitt "Fordeler"), f.eks. raskere svar og færre manuelle trinn.',
        emptyAdvantages: '"{key}" er tom: skriv løsningens fordeler.',
        missingDisadvantages:
          'Sett også opp ulempene: legg til "ulemper" i kost-nytte-analysen (i Markdown et avsnitt "Ulemper"), f.eks. opplæring, binding til én leverandør, innbyggere uten digital tilgang.',
        emptyDisadvantages:
          '"{key}" er tom: enhver løsning har ulemper (opplæring, leverandørbinding, innbyggere som ikke kan bruke den); nevn dem så beslutningene blir sammenlignbare.',
      },
    },
  },
  check(proposal, context) {
    for (const side of SIDES) {
      const node = get(proposal, side.path);
      if (!node) context.report({ messageId: side.missing, missing: side.path });
      else if (!isGiven(node)) context.report({ messageId: side.empty, node, atKey: true, data: { key: node.key ?? side.path.split('.').pop()! } });
    }
  },
});
