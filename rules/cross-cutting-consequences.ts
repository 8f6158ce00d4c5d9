/**
 * cross-cutting-consequences — the proposal describes its consequences across the
 * organisation (Esbjerg ESB-8d): `crossCuttingConsequences` is present and says something.
 */
import { defineRule, MIN_WORDS_OPTIONS, requireProse } from '../src/engine/rulekit.js';

export default defineRule({
  meta: {
    id: 'cross-cutting-consequences',
    description: 'The proposal describes its cross-cutting consequences for other areas, systems, data and staff.',
    clauses: ['ESB-8d'],
    severity: 'error',
    options: MIN_WORDS_OPTIONS,
    defaultOptions: { minWords: 8 },
    messages: {
      en: {
        missing:
          'Describe the cross-cutting consequences: add "crossCuttingConsequences" (in Markdown a "Cross-cutting consequences" section) saying which other areas, systems, data and staff the project affects, and how.',
        empty: '"{key}" is empty: say which other areas, systems, data and staff the project affects; if none, say what you checked.',
        thin: '"{key}" says too little ({words} words, at least {min}): name the other areas, systems, data and staff the project affects, and how.',
      },
      da: {
        missing:
          'Beskriv de tværgående konsekvenser: tilføj "{field:crossCuttingConsequences}" (i Markdown et afsnit "Tværgående konsekvenser"), der siger, hvilke andre direktørområder, systemer, data og medarbejdere projektet berører, og hvordan.',
        empty:
          '"{key}" er tom: skriv, hvilke andre direktørområder, systemer, data og medarbejdere projektet berører; er der ingen, så skriv, hvad I har undersøgt.',
        thin: '"{key}" siger for lidt ({words} ord, mindst {min}): nævn de andre direktørområder, systemer, data og medarbejdere, projektet berører, og hvordan.',
      },
      sv: {
        missing:
          'Beskriv de tvärgående konsekvenserna: lägg till "{field:crossCuttingConsequences}" (i Markdown ett avsnitt "Tvärgående konsekvenser") som säger vilka andra verksamheter, system, data och medarbetare projektet påverkar, och hur.',
        empty: '"{key}" är tomt: skriv vilka andra verksamheter, system, data och medarbetare projektet påverkar; finns inga, skriv vad ni har undersökt.',
        thin: '"{key}" säger för lite ({words} ord, minst {min}): nämn de andra verksamheter, system, data och medarbetare projektet påverkar, och hur.',
      },
      nb: {
        missing:
          'Beskriv de tverrgående konsekvensene: legg til "{field:crossCuttingConsequences}" (i Markdown et avsnitt "Tverrgående konsekvenser") som sier hvilke andre virksomheter, systemer, data og ansatte prosjektet berører, og hvordan.',
        empty: '"{key}" er tom: skriv hvilke andre virksomheter, systemer, data og ansatte prosjektet berører; er det ingen, skriv hva dere har undersøkt.',
        thin: '"{key}" sier for lite ({words} ord, minst {min}): nevn de andre virksomhetene, systemene, dataene og de ansatte prosjektet berører, og hvordan.',
      },
    },
  },
  check(proposal, context) {
    requireProse(proposal, context, 'crossCuttingConsequences', Number(context.options.minWords ?? 8));
  },
});
