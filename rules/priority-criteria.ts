/**
 * priority-criteria — Esbjerg's three prioritisation criteria (ESB-4.1) are each addressed,
 * and the efficiency criterion says how the gains will be used in the business.
 */
import type { Lang } from '../src/model/model.js';
import {
  allPhrases,
  deepText,
  defineRule,
  get,
  inEveryLanguage,
  mentionsInText,
  PRIORITY_CRITERIA,
  REKEYING,
  statesGainUse,
  substance,
  textsOf,
  wordCount,
} from '../src/engine/rulekit.js';

const NAMES: Record<Lang, Record<(typeof PRIORITY_CRITERIA)[number], string>> = {
  en: { standardisation: 'Standardisation', coherence: 'Municipal coherence', efficiency: 'Efficiency' },
  da: { standardisation: 'Standardisering', coherence: 'Kommunal sammenhæng', efficiency: 'Effektivisering' },
  sv: { standardisation: 'Standardisering', coherence: 'Kommunalt sammanhang', efficiency: 'Effektivisering' },
  nb: { standardisation: 'Standardisering', coherence: 'Kommunal sammenheng', efficiency: 'Effektivisering' },
};

const REKEYING_WORDS = allPhrases(REKEYING);

export default defineRule({
  meta: {
    id: 'priority-criteria',
    description:
      'The proposal addresses the three prioritisation criteria (standardisation, municipal coherence, efficiency) and says how the gains will be used.',
    clauses: ['ESB-4.1'],
    severity: 'error',
    options: {
      type: 'object',
      properties: { minWords: { type: 'integer', minimum: 1, description: 'Fewest words that count as addressing a criterion.' } },
      additionalProperties: false,
    },
    defaultOptions: { minWords: 5 },
    messages: {
      en: {
        missing:
          'Address the three prioritisation criteria: add "priorityCriteria" with "standardisation" (which existing tools, e.g. ESDH or GIS, are reused), "coherence" (how data is entered and kept in one place) and "efficiency" (the gains and how they will be used).',
        missingCriterion: 'The criterion "{criterion}" is not addressed: add "{field}" under "priorityCriteria" (in Markdown a sub-section "{criterion}").',
        thinCriterion: '"{criterion}" says too little ({words} words, at least {min}): explain how the project meets the criterion.',
        coherenceRekeying:
          '"{criterion}" describes data keyed in again ("{words}"): the criterion asks that data are entered and kept in one place — say how the solution fetches them instead.',
        gainsUse:
          '"{criterion}" does not say how the gains will be used: state what the freed resources go to, e.g. "the freed hours are used for …" or "the saving is taken out of the budget".',
      },
      da: {
        missing:
          'Forholde jer til de tre prioriteringskriterier: tilføj "{field:priorityCriteria}" med "standardisering" (hvilke eksisterende værktøjer, fx ESDH eller GIS, der genbruges), "sammenhæng" (hvordan data kun fødes og vedligeholdes ét sted) og "effektivisering" (gevinsterne, og hvordan de skal anvendes).',
        missingCriterion:
          'Kriteriet "{criterion}" er ikke behandlet: tilføj "{criterion}" under "{field:priorityCriteria}" (i Markdown et underafsnit "{criterion}").',
        thinCriterion: '"{criterion}" siger for lidt ({words} ord, mindst {min}): forklar, hvordan projektet opfylder kriteriet.',
        coherenceRekeying:
          '"{criterion}" beskriver data, der tastes igen ("{words}"): kriteriet kræver, at data fødes og vedligeholdes ét sted — skriv, hvordan løsningen henter dem i stedet.',
        gainsUse:
          '"{criterion}" siger ikke, hvordan gevinsterne skal anvendes i forretningen: skriv, hvad de frigjorte ressourcer går til, fx "de frigjorte timer anvendes til …" eller "besparelsen hjemtages i budgettet".',
      },
      sv: {
        missing:
          'Ta ställning till de tre prioriteringskriterierna: lägg till "{field:priorityCriteria}" med "standardisering" (vilka befintliga verktyg, t.ex. ESDH eller GIS, som återanvänds), "sammanhang" (hur data matas in och underhålls på ett ställe) och "effektivisering" (vinsterna och hur de ska användas).',
        missingCriterion:
          'Kriteriet "{criterion}" är inte behandlat: lägg till "{criterion}" under "{field:priorityCriteria}" (i Markdown ett underavsnitt "{criterion}").',
        thinCriterion: '"{criterion}" säger för lite ({words} ord, minst {min}): förklara hur projektet uppfyller kriteriet.',
        coherenceRekeying:
          '"{criterion}" beskriver uppgifter som matas in igen ("{words}"): kriteriet kräver att data matas in och underhålls på ett ställe — skriv hur lösningen hämtar dem i stället.',
        gainsUse:
          '"{criterion}" säger inte hur vinsterna ska användas i verksamheten: skriv vad de frigjorda resurserna går till, t.ex. "de frigjorda timmarna används till …".',
      },
      nb: {
        missing:
          'Ta stilling til de tre prioriteringskriteriene: legg til "{field:priorityCriteria}" med "standardisering" (hvilke eksisterende verktøy, f.eks. sak/arkiv eller GIS, som gjenbrukes), "sammenheng" (hvordan data registreres og vedlikeholdes ett sted) og "effektivisering" (gevinstene og hvordan de skal brukes).',
        missingCriterion:
          'Kriteriet "{criterion}" er ikke behandlet: legg til "{criterion}" under "{field:priorityCriteria}" (i Markdown et underavsnitt "{criterion}").',
        thinCriterion: '"{criterion}" sier for lite ({words} ord, minst {min}): forklar hvordan prosjektet oppfyller kriteriet.',
        coherenceRekeying:
          '"{criterion}" beskriver data som registreres på nytt ("{words}"): kriteriet krever at data registreres og vedlikeholdes ett sted — skriv hvordan løsningen henter dem i stedet.',
        gainsUse:
          '"{criterion}" sier ikke hvordan gevinstene skal brukes i virksomheten: skriv hva de frigjorte ressursene går til, f.eks. "de frigjorte timene brukes til …".',
      },
    },
  },
  check(proposal, context) {
    const minWords = Number(context.options.minWords ?? 5);
    if (!get(proposal, 'priorityCriteria')) {
      context.report({ messageId: 'missing', missing: 'priorityCriteria' });
      return;
    }
    for (const criterion of PRIORITY_CRITERIA) {
      const path = `priorityCriteria.${criterion}`;
      const node = get(proposal, path);
      const state = substance(node, minWords);
      const data = { criterion: inEveryLanguage((lang) => NAMES[lang][criterion]), field: criterion, words: wordCount(deepText(node)), min: minWords };
      if (state === 'missing' || state === 'empty') {
        context.report({ messageId: 'missingCriterion', data, ...(node ? { node, atKey: true } : { missing: path }) });
      } else if (state === 'thin') {
        context.report({ messageId: 'thinCriterion', data, node: node!, atKey: true });
      } else if (
        criterion === 'efficiency' &&
        ![deepText(node), ...textsOf(proposal, 'businessCase.benefitsRealisation').map((hit) => hit.text)].some(statesGainUse)
      ) {
        context.report({ messageId: 'gainsUse', data, node: node!, atKey: true });
      } else if (criterion === 'coherence') {
        // "… taster oplysningerne ind i fagsystemet og derefter i ESDH, og bevillingen registreres igen":
        // the opposite of the criterion, stated (not denied: "ingen dobbeltregistrering").
        const rekeyed = mentionsInText(deepText(node), REKEYING_WORDS).find((mention) => mention.polarity === 'affirmed');
        if (rekeyed) context.report({ messageId: 'coherenceRekeying', data: { ...data, words: rekeyed.matched }, node: node!, atKey: true });
      }
    }
  },
});
