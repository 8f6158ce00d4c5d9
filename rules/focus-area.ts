/**
 * focus-area — the project belongs to at least one of the IT programme's five focus areas
 * (Stockholm STH-3): `focusAreas` names citizen-service, information-reuse, it-use,
 * collaboration or innovation (Swedish names such as "Tillgänglighet och service för
 * medborgare, företagande och besök" are read as these).
 */
import { asList, canonicalValue, defineRule, FOCUS_AREAS, get, isGiven, textOf } from '../src/engine/rulekit.js';

export default defineRule({
  meta: {
    id: 'focus-area',
    description: "The proposal names at least one of the IT programme's five focus areas.",
    clauses: ['STH-3'],
    severity: 'error',
    messages: {
      en: {
        missing:
          'Name the focus area the project develops: add "focusAreas" with at least one of citizen-service, information-reuse, it-use, collaboration, innovation (in Markdown a "Focus areas" section listing them).',
        none: '"{key}" names none of the five focus areas of the IT programme: use citizen-service, information-reuse, it-use, collaboration or innovation.',
      },
      da: {
        missing:
          'Angiv projektets fokusområde: tilføj "{field:focusAreas}" med mindst ét af citizen-service, information-reuse, it-use, collaboration, innovation (i Markdown et afsnit "Fokusområder", der oplister dem).',
        none: '"{key}" nævner ingen af it-programmets fem fokusområder: brug citizen-service, information-reuse, it-use, collaboration eller innovation.',
      },
      sv: {
        missing:
          'Ange vilket fokusområde projektet utvecklar: lägg till "{field:focusAreas}" med minst ett av de fem (i Markdown ett avsnitt "Fokusområden" som listar dem): Tillgänglighet och service för medborgare, företagande och besök; Förbättrad förmåga att sammanställa, analysera och återanvända information; Utbildning och systemutveckling; Samverkan och informationsutbyte; Innovativ verksamhetsutveckling.',
        none: '"{key}" nämner inget av it-programmets fem fokusområden: välj citizen-service (tillgänglighet och service), information-reuse (återanvända information), it-use (utbildning och systemutveckling), collaboration (samverkan) eller innovation.',
      },
      nb: {
        missing:
          'Angi hvilket fokusområde prosjektet utvikler: legg til "{field:focusAreas}" med minst ett av citizen-service, information-reuse, it-use, collaboration, innovation (i Markdown et avsnitt "Fokusområder" som lister dem opp).',
        none: '"{key}" nevner ingen av IT-programmets fem fokusområder: bruk citizen-service, information-reuse, it-use, collaboration eller innovation.',
      },
    },
  },
  check(proposal, context) {
    const node = get(proposal, 'focusAreas');
    if (!node || !isGiven(node)) {
      context.report({ messageId: 'missing', ...(node ? { node, atKey: true } : { missing: 'focusAreas' }) });
      return;
    }
    const values = node.kind === 'list' ? asList(node).map(textOf) : textOf(node).split(/[,;\n]/);
    const named = values.some((value) => FOCUS_AREAS.includes(value) || canonicalValue('focusAreas', value.trim()) !== undefined);
    if (!named) context.report({ messageId: 'none', node, atKey: true, data: { key: node.key ?? 'focusAreas' } });
  },
});
