/**
 * description — the proposal describes the IT solution/project (Esbjerg ESB-8b): a
 * `description` (in Markdown a "Beskrivelse" / "Beskrivning" / "Sammendrag" section) that is
 * not empty, not a placeholder and at least `minLength` characters long.
 */
import { deepText, defineRule, requireProse } from '../src/engine/rulekit.js';

export default defineRule({
  meta: {
    id: 'description',
    description: 'The proposal describes the IT solution or project in more than a placeholder.',
    clauses: ['ESB-8b'],
    severity: 'error',
    options: {
      type: 'object',
      properties: { minLength: { type: 'integer', minimum: 0, description: 'Fewest characters that count as a description.' } },
      additionalProperties: false,
    },
    defaultOptions: { minLength: 20 },
    messages: {
      en: {
        missing:
          'Describe the IT solution or project: add "description" (in Markdown a "Description" section) saying what it is, who uses it and what changes.',
        empty: '"{key}" is empty or a placeholder: describe what the IT solution or project is, who uses it and what changes.',
        tooShort: '"{key}" is only {length} characters long (at least {min}): describe what the IT solution or project is, who uses it and what changes.',
      },
      da: {
        missing:
          'Beskriv it-løsningen/projektet: tilføj "description" (i Markdown et afsnit "Beskrivelse" eller "Projektbeskrivelse"), der siger, hvad det er, hvem der bruger det, og hvad der ændres.',
        empty: '"{key}" er tom eller en pladsholder: beskriv, hvad it-løsningen/projektet er, hvem der bruger det, og hvad der ændres.',
        tooShort: '"{key}" er kun {length} tegn lang (mindst {min}): beskriv, hvad it-løsningen/projektet er, hvem der bruger det, og hvad der ændres.',
      },
      sv: {
        missing:
          'Beskriv it-lösningen/projektet: lägg till "description" (i Markdown ett avsnitt "Beskrivning" eller "Sammanfattning") som säger vad det är, vem som använder det och vad som förändras.',
        empty: '"{key}" är tomt eller en platshållare: beskriv vad it-lösningen/projektet är, vem som använder det och vad som förändras.',
        tooShort: '"{key}" är bara {length} tecken lång (minst {min}): beskriv vad it-lösningen/projektet är, vem som använder det och vad som förändras.',
      },
      nb: {
        missing:
          'Beskriv IT-løsningen/prosjektet: legg til "description" (i Markdown et avsnitt "Beskrivelse" eller "Sammendrag") som sier hva det er, hvem som bruker det, og hva som endres.',
        empty: '"{key}" er tom eller en plassholder: beskriv hva IT-løsningen/prosjektet er, hvem som bruker det, og hva som endres.',
        tooShort: '"{key}" er bare {length} tegn lang (minst {min}): beskriv hva IT-løsningen/prosjektet er, hvem som bruker det, og hva som endres.',
      },
    },
  },
  check(proposal, context) {
    // Zero words: a given text is never "thin"; its length is what this rule measures.
    const node = requireProse(proposal, context, 'description', 0);
    if (!node) return;
    const length = [...deepText(node).trim().replace(/\s+/g, ' ')].length;
    const min = Number(context.options.minLength ?? 20);
    if (length < min) context.report({ messageId: 'tooShort', node, data: { key: node.key ?? 'description', length, min } });
  },
});
