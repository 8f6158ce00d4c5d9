/**
 * universal-design — universal design is always a criterion (IKT Follo FLO-6): the proposal
 * says how the solution is accessible to everyone, in `accessibility` or in its text. A
 * sentence that puts it off or rules it out ("Universell utforming vurderes nærmere senere")
 * names it without addressing it (statement polarity): a finding at that sentence.
 */
import {
  allPhrases,
  allTexts,
  deepText,
  defineRule,
  deniedOrPutOff,
  fulfilment,
  get,
  isGiven,
  requireProse,
  sentenceRange,
  textsOf,
  UNIVERSAL_DESIGN,
} from '../src/engine/rulekit.js';

const WORDS = allPhrases(UNIVERSAL_DESIGN);

export default defineRule({
  meta: {
    id: 'universal-design',
    description: 'The proposal addresses universal design: how the solution is accessible to everyone, whatever their abilities.',
    clauses: ['FLO-6'],
    severity: 'error',
    options: {
      type: 'object',
      properties: { minWords: { type: 'integer', minimum: 1, description: 'Fewest words that count as addressing universal design in "accessibility".' } },
      additionalProperties: false,
    },
    defaultOptions: { minWords: 5 },
    messages: {
      en: {
        putOff:
          'This sentence puts universal design off or rules it out, but it must always be a criterion: say now which requirements apply (WCAG 2.1 AA), how they are tested before launch and who follows up.',
        missing:
          'Address universal design: add "accessibility" (in Markdown a "Universal design" section) saying how the solution meets WCAG 2.1 AA and works for users with disabilities.',
        empty: '"{key}" is empty: say how the solution meets universal design (WCAG 2.1 AA) and works for users with disabilities.',
        thin: '"{key}" says too little ({words} words, at least {min}): say which requirements apply (e.g. WCAG 2.1 AA), how they are tested and who follows up.',
      },
      da: {
        putOff:
          'Sætningen udskyder eller fravælger universelt design, men det skal altid være et kriterium: skriv nu, hvilke krav der gælder (WCAG 2.1 AA), hvordan de testes før idriftsættelse, og hvem der følger op.',
        missing:
          'Forhold jer til universelt design: tilføj "tilgængelighed" (i Markdown et afsnit "Tilgængelighed"), der siger, hvordan løsningen opfylder WCAG 2.1 AA og kan bruges af alle, uanset funktionsevne.',
        empty: '"{key}" er tom: skriv, hvordan løsningen opfylder WCAG 2.1 AA og kan bruges af alle, uanset funktionsevne.',
        thin: '"{key}" siger for lidt ({words} ord, mindst {min}): skriv, hvilke krav der gælder (fx WCAG 2.1 AA), hvordan de testes, og hvem der følger op.',
      },
      sv: {
        putOff:
          'Meningen skjuter upp eller väljer bort universell utformning, men den ska alltid vara ett kriterium: skriv nu vilka krav som gäller (WCAG 2.1 AA), hur de testas före driftstart och vem som följer upp.',
        missing:
          'Ta ställning till universell utformning: lägg till "tillgänglighet" (i Markdown ett avsnitt "Tillgänglighet") som säger hur lösningen uppfyller WCAG 2.1 AA och fungerar för alla, oavsett funktionsförmåga.',
        empty: '"{key}" är tomt: skriv hur lösningen uppfyller WCAG 2.1 AA och fungerar för alla, oavsett funktionsförmåga.',
        thin: '"{key}" säger för lite ({words} ord, minst {min}): skriv vilka krav som gäller (t.ex. WCAG 2.1 AA), hur de testas och vem som följer upp.',
      },
      nb: {
        putOff:
          'Setningen utsetter eller velger bort universell utforming, men den skal alltid tas med som et kriterium: skriv nå hvilke krav som gjelder (WCAG 2.1 AA), hvordan de testes før driftsstart og hvem som følger opp.',
        missing:
          'Ta stilling til universell utforming: legg til "universell utforming" (i Markdown et avsnitt "Universell utforming") som sier hvordan løsningen oppfyller WCAG 2.1 AA og kan brukes av alle, uavhengig av funksjonsevne.',
        empty: '"{key}" er tom: skriv hvordan løsningen oppfyller WCAG 2.1 AA og kan brukes av alle, uavhengig av funksjonsevne.',
        thin: '"{key}" sier for lite ({words} ord, minst {min}): skriv hvilke krav som gjelder (f.eks. WCAG 2.1 AA), hvordan de testes og hvem som følger opp.',
      },
    },
  },
  check(proposal, context) {
    // Where the field is given, it must say something; without it, a statement anywhere will do
    // (a requirement, "skal oppfylle WCAG 2.1 AA", is one) — but not one that puts it off or denies it.
    const given = get(proposal, 'accessibility');
    // "universell-utforming: Ikke relevant, dette er et internt system": the field, ruling it out.
    if (given && isGiven(given) && deniedOrPutOff(deepText(given))) {
      context.report({ messageId: 'putOff', node: given });
      return;
    }
    const said = fulfilment(given ? textsOf(proposal, 'accessibility') : allTexts(proposal), WORDS, { planned: 'any' });
    if (said.fulfilled) return;
    if (said.unfulfilled) {
      context.report({ messageId: 'putOff', range: sentenceRange(proposal, said.unfulfilled) });
      return;
    }
    requireProse(proposal, context, 'accessibility', Number(context.options.minWords ?? 5));
  },
});
