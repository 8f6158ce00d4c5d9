/**
 * work-process — an acquisition rests on a description of the expected work process
 * (Nordfyns NFY-6c), reassessed in a digital context with existing data reused (NFY-7).
 */
import { allPhrases, allTexts, DATA_REUSE, deepText, defineRule, findPhrase, firstHit, MIN_WORDS_OPTIONS, requireProse } from '../src/engine/rulekit.js';

const REUSE_WORDS = allPhrases(DATA_REUSE);

export default defineRule({
  meta: {
    id: 'work-process',
    description: 'The business case describes the expected work process, and how it reuses data the municipality already has.',
    clauses: ['NFY-6c', 'NFY-7'],
    severity: 'error',
    options: MIN_WORDS_OPTIONS,
    defaultOptions: { minWords: 12 },
    messages: {
      en: {
        missing:
          'Describe the expected work process: add "workProcess" to the business case (in Markdown a "Work process" section) saying who does what, today and with the new solution.',
        empty: '"{key}" is empty: describe who does what, today and with the new solution.',
        thin: '"{key}" says too little ({words} words, at least {min}): describe the steps, who does them, and what changes with the new solution.',
        noReuse:
          '"{key}" does not say how existing data is reused: name the data the process fetches instead of re-entering (e.g. from CPR, the ESDH or the specialist system), so it is entered only once.',
      },
      da: {
        missing:
          'Beskriv den forventede arbejdsproces: tilføj "arbejdsgang" til business casen (i Markdown et afsnit "Arbejdsgang"), der siger, hvem der gør hvad i dag og med den nye løsning.',
        empty: '"{key}" er tom: beskriv, hvem der gør hvad i dag og med den nye løsning.',
        thin: '"{key}" siger for lidt ({words} ord, mindst {min}): beskriv trinene, hvem der udfører dem, og hvad der ændres med den nye løsning.',
        noReuse:
          '"{key}" siger ikke, hvordan eksisterende data genbruges: nævn de data, processen henter i stedet for at taste dem igen (fx fra CPR, ESDH eller fagsystemet), så de kun indtastes én gang.',
      },
      sv: {
        missing:
          'Beskriv den förväntade arbetsprocessen: lägg till "arbetsprocess" i kalkylen (i Markdown ett avsnitt "Arbetsprocess") som säger vem som gör vad i dag och med den nya lösningen.',
        empty: '"{key}" är tomt: beskriv vem som gör vad i dag och med den nya lösningen.',
        thin: '"{key}" säger för lite ({words} ord, minst {min}): beskriv stegen, vem som utför dem och vad som ändras med den nya lösningen.',
        noReuse:
          '"{key}" säger inte hur befintliga data återanvänds: nämn de data processen hämtar i stället för att mata in dem igen (t.ex. från folkbokföringen eller verksamhetssystemet), så att de bara registreras en gång.',
      },
      nb: {
        missing:
          'Beskriv den forventede arbeidsprosessen: legg til "arbeidsprosess" i kost-nytte-analysen (i Markdown et avsnitt "Arbeidsprosess") som sier hvem som gjør hva i dag og med den nye løsningen.',
        empty: '"{key}" er tom: beskriv hvem som gjør hva i dag og med den nye løsningen.',
        thin: '"{key}" sier for lite ({words} ord, minst {min}): beskriv stegene, hvem som utfører dem og hva som endres med den nye løsningen.',
        noReuse:
          '"{key}" sier ikke hvordan eksisterende data gjenbrukes: nevn dataene prosessen henter i stedet for å registrere dem på nytt (f.eks. fra Folkeregisteret eller fagsystemet), så de bare registreres én gang.',
      },
    },
  },
  check(proposal, context) {
    const node = requireProse(proposal, context, 'businessCase.workProcess', Number(context.options.minWords ?? 12), ['NFY-6c']);
    // The reuse belongs in the process, but a proposal that says it elsewhere ("data hentes fra
    // CPR" in the description) has said it.
    if (node && !findPhrase(deepText(node), REUSE_WORDS) && !firstHit(allTexts(proposal), REUSE_WORDS)) {
      context.report({ messageId: 'noReuse', node, atKey: true, data: { key: node.key ?? 'workProcess' }, clauses: ['NFY-7'] });
    }
  },
});
