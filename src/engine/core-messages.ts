/**
 * Messages of the findings the engine and loaders raise themselves (`parse`, `directive`
 * and `internal`), in the four languages.
 */
import type { Lang, Range } from '../model/model.js';
import type { Localised, MessageData } from './rule-api.js';
import type { Finding } from './engine.js';
import { inEveryLanguage, render } from './render.js';

type Table = Record<string, Record<Lang, string>>;

const MESSAGES: Record<'parse' | 'directive' | 'internal', Table> = {
  parse: {
    yamlSyntax: {
      en: 'The YAML cannot be read: {detail}.',
      da: 'YAML-teksten kan ikke læses: {detail}.',
      sv: 'YAML-texten kan inte läsas: {detail}.',
      nb: 'YAML-teksten kan ikke leses: {detail}.',
    },
    multipleDocuments: {
      en: 'A proposal is one YAML document, but a second one starts here.',
      da: 'Et forslag er ét YAML-dokument, men her begynder et til.',
      sv: 'Ett förslag är ett YAML-dokument, men här börjar ett till.',
      nb: 'Et forslag er ett YAML-dokument, men her begynner et til.',
    },
    duplicateKey: {
      en: 'The key "{key}" is written twice in the same place; keep one.',
      da: 'Nøglen "{key}" står to gange samme sted; behold én.',
      sv: 'Nyckeln "{key}" står två gånger på samma ställe; behåll en.',
      nb: 'Nøkkelen "{key}" står to ganger på samme sted; behold én.',
    },
    duplicateField: {
      en: '"{key}" names the field "{field}", which is already given on line {line}.',
      da: '"{key}" er feltet "{field}", som allerede står i linje {line}.',
      sv: '"{key}" är fältet "{field}", som redan står på rad {line}.',
      nb: '"{key}" er feltet "{field}", som allerede står på linje {line}.',
    },
    aliasBomb: {
      en: 'The YAML expands to more than {limit} values through aliases; it is not read (possible alias bomb).',
      da: 'YAML-teksten vokser til over {limit} værdier gennem aliaser og læses ikke (mulig alias-bombe).',
      sv: 'YAML-texten växer till över {limit} värden genom alias och läses inte (möjlig aliasbomb).',
      nb: 'YAML-teksten vokser til over {limit} verdier gjennom aliaser og leses ikke (mulig aliasbombe).',
    },
    yamlTooManyBrackets: {
      en: 'The YAML holds more than {limit} brackets ("[", "]", "{", "}"); it is not read.',
      da: 'YAML-teksten indeholder over {limit} klammer ("[", "]", "{", "}") og læses ikke.',
      sv: 'YAML-texten innehåller över {limit} klamrar ("[", "]", "{", "}") och läses inte.',
      nb: 'YAML-teksten inneholder over {limit} klammer ("[", "]", "{", "}") og leses ikke.',
    },
    tooDeep: {
      en: 'The YAML is nested more than {limit} levels deep; it is not read.',
      da: 'YAML-teksten er indlejret i over {limit} niveauer og læses ikke.',
      sv: 'YAML-texten är nästlad i över {limit} nivåer och läses inte.',
      nb: 'YAML-teksten er nøstet i over {limit} nivåer og leses ikke.',
    },
    markdownTooDeep: {
      en: 'The Markdown nests quotes or lists more than {limit} levels deep; it is not read.',
      da: 'Markdown-teksten indlejrer citater eller lister i over {limit} niveauer og læses ikke.',
      sv: 'Markdown-texten nästlar citat eller listor i över {limit} nivåer och läses inte.',
      nb: 'Markdown-teksten nøster sitater eller lister i over {limit} nivåer og leses ikke.',
    },
    markdownTooManyLines: {
      en: 'The Markdown has more than {limit} lines; it is not read.',
      da: 'Markdown-teksten har over {limit} linjer og læses ikke.',
      sv: 'Markdown-texten har över {limit} rader och läses inte.',
      nb: 'Markdown-teksten har over {limit} linjer og leses ikke.',
    },
    markdownParagraphTooLong: {
      en: 'This paragraph in a list or quote runs to more than {limit} lines; the Markdown is not read.',
      da: 'Dette afsnit i en liste eller et citat fylder over {limit} linjer; Markdown-teksten læses ikke.',
      sv: 'Det här stycket i en lista eller ett citat är över {limit} rader långt; Markdown-texten läses inte.',
      nb: 'Dette avsnittet i en liste eller et sitat er over {limit} linjer langt; Markdown-teksten leses ikke.',
    },
    markdownTooManyAnglesInParagraph: {
      en: 'This paragraph has more than {limit} "<" (inline HTML); the Markdown is not read.',
      da: 'Dette afsnit har over {limit} "<" (HTML i teksten); Markdown-teksten læses ikke.',
      sv: 'Det här stycket har över {limit} "<" (HTML i texten); Markdown-texten läses inte.',
      nb: 'Dette avsnittet har over {limit} "<" (HTML i teksten); Markdown-teksten leses ikke.',
    },
    markdownTooManyAngles: {
      en: 'The Markdown has more than {limit} "<" (inline HTML); it is not read.',
      da: 'Markdown-teksten har over {limit} "<" (HTML i teksten) og læses ikke.',
      sv: 'Markdown-texten har över {limit} "<" (HTML i texten) och läses inte.',
      nb: 'Markdown-teksten har over {limit} "<" (HTML i teksten) og leses ikke.',
    },
    markdownTooManyBlocks: {
      en: 'The Markdown has more than {limit} blocks (paragraphs, headings, list items, table rows); it is not read.',
      da: 'Markdown-teksten har over {limit} blokke (afsnit, overskrifter, punkter, tabelrækker) og læses ikke.',
      sv: 'Markdown-texten har över {limit} block (stycken, rubriker, punkter, tabellrader) och läses inte.',
      nb: 'Markdown-teksten har over {limit} blokker (avsnitt, overskrifter, punkter, tabellrader) og leses ikke.',
    },
    markdownTooManyHeadings: {
      en: 'The Markdown has more than {limit} headings; it is not read.',
      da: 'Markdown-teksten har over {limit} overskrifter og læses ikke.',
      sv: 'Markdown-texten har över {limit} rubriker och läses inte.',
      nb: 'Markdown-teksten har over {limit} overskrifter og leses ikke.',
    },
    markdownTooManyRows: {
      en: 'The Markdown has more than {limit} table rows (lines with "|"); it is not read.',
      da: 'Markdown-teksten har over {limit} tabelrækker (linjer med "|") og læses ikke.',
      sv: 'Markdown-texten har över {limit} tabellrader (rader med "|") och läses inte.',
      nb: 'Markdown-teksten har over {limit} tabellrader (linjer med "|") og leses ikke.',
    },
    markdownTooManyCells: {
      en: 'The Markdown has more than {limit} table cells ("|"); it is not read.',
      da: 'Markdown-teksten har over {limit} tabelceller ("|") og læses ikke.',
      sv: 'Markdown-texten har över {limit} tabellceller ("|") och läses inte.',
      nb: 'Markdown-teksten har over {limit} tabellceller ("|") og leses ikke.',
    },
    markdownTooManyEmphasisInParagraph: {
      en: 'This paragraph has more than {limit} emphasis markers ("*" or "_"); the Markdown is not read.',
      da: 'Dette afsnit har over {limit} fremhævningstegn ("*" eller "_"); Markdown-teksten læses ikke.',
      sv: 'Det här stycket har över {limit} betoningstecken ("*" eller "_"); Markdown-texten läses inte.',
      nb: 'Dette avsnittet har over {limit} uthevingstegn ("*" eller "_"); Markdown-teksten leses ikke.',
    },
    markdownTooManyEmphasis: {
      en: 'The Markdown has more than {limit} emphasis markers ("*" or "_"); it is not read.',
      da: 'Markdown-teksten har over {limit} fremhævningstegn ("*" eller "_") og læses ikke.',
      sv: 'Markdown-texten har över {limit} betoningstecken ("*" eller "_") och läses inte.',
      nb: 'Markdown-teksten har over {limit} uthevingstegn ("*" eller "_") og leses ikke.',
    },
    markdownTooManyBracketsInParagraph: {
      en: 'This paragraph has more than {limit} square brackets ("[" or "]"); the Markdown is not read.',
      da: 'Dette afsnit har over {limit} firkantede parenteser ("[" eller "]"); Markdown-teksten læses ikke.',
      sv: 'Det här stycket har över {limit} hakparenteser ("[" eller "]"); Markdown-texten läses inte.',
      nb: 'Dette avsnittet har over {limit} hakeparenteser ("[" eller "]"); Markdown-teksten leses ikke.',
    },
    markdownTooManyBrackets: {
      en: 'The Markdown has more than {limit} square brackets ("[" or "]"); it is not read.',
      da: 'Markdown-teksten har over {limit} firkantede parenteser ("[" eller "]") og læses ikke.',
      sv: 'Markdown-texten har över {limit} hakparenteser ("[" eller "]") och läses inte.',
      nb: 'Markdown-teksten har over {limit} hakeparenteser ("[" eller "]") og leses ikke.',
    },
    unparsable: {
      en: 'The file cannot be parsed: {detail}.',
      da: 'Filen kan ikke fortolkes: {detail}.',
      sv: 'Filen kan inte tolkas: {detail}.',
      nb: 'Filen kan ikke tolkes: {detail}.',
    },
    notMapping: {
      en: 'A proposal must be a mapping of fields (key: value), but this file holds a {kind}.',
      da: 'Et forslag skal bestå af felter (nøgle: værdi), men filen indeholder en {kind}.',
      sv: 'Ett förslag ska bestå av fält (nyckel: värde), men filen innehåller en {kind}.',
      nb: 'Et forslag skal bestå av felter (nøkkel: verdi), men filen inneholder en {kind}.',
    },
    empty: {
      en: 'The file is empty: there is no proposal to check.',
      da: 'Filen er tom: der er intet forslag at kontrollere.',
      sv: 'Filen är tom: det finns inget förslag att kontrollera.',
      nb: 'Filen er tom: det er ikke noe forslag å kontrollere.',
    },
    frontMatterUnclosed: {
      en: 'The front matter that starts here is never closed with a "---" line.',
      da: 'Front matter, der starter her, lukkes aldrig med en "---"-linje.',
      sv: 'Front matter som börjar här avslutas aldrig med en "---"-rad.',
      nb: 'Front matter som starter her, lukkes aldri med en "---"-linje.',
    },
    tooLarge: {
      en: 'The file is {size} bytes, over the limit of {limit}; it is not read.',
      da: 'Filen er på {size} byte, over grænsen på {limit}, og læses ikke.',
      sv: 'Filen är {size} byte, över gränsen {limit}, och läses inte.',
      nb: 'Filen er på {size} byte, over grensen på {limit}, og leses ikke.',
    },
    binary: {
      en: 'The file holds binary data (a NUL byte here); a proposal is text.',
      da: 'Filen indeholder binære data (en NUL-byte her); et forslag er tekst.',
      sv: 'Filen innehåller binära data (en NUL-byte här); ett förslag är text.',
      nb: 'Filen inneholder binære data (en NUL-byte her); et forslag er tekst.',
    },
    invalidUtf8: {
      en: 'The file is not valid UTF-8 from here on; save it as UTF-8.',
      da: 'Filen er ikke gyldig UTF-8 herfra; gem den som UTF-8.',
      sv: 'Filen är inte giltig UTF-8 härifrån; spara den som UTF-8.',
      nb: 'Filen er ikke gyldig UTF-8 herfra; lagre den som UTF-8.',
    },
    notRegular: {
      en: 'This is not a regular file (a pipe, device or socket); it is not read.',
      da: 'Dette er ikke en almindelig fil (et rør, en enhed eller en socket) og læses ikke.',
      sv: 'Detta är inte en vanlig fil (ett rör, en enhet eller en socket) och läses inte.',
      nb: 'Dette er ikke en vanlig fil (et rør, en enhet eller en socket) og leses ikke.',
    },
    unreadable: {
      en: 'The file cannot be read: {detail}.',
      da: 'Filen kan ikke læses: {detail}.',
      sv: 'Filen kan inte läsas: {detail}.',
      nb: 'Filen kan ikke leses: {detail}.',
    },
    // Word files (src/model/loaders/docx.ts): each says how to make the file readable.
    docxOle: {
      en: 'This is an old binary Word file (.doc) or a password-protected document; open it in Word, remove any password and save it as .docx.',
      da: 'Dette er en gammel binær Word-fil (.doc) eller et adgangskodebeskyttet dokument; åbn den i Word, fjern en eventuel adgangskode og gem den som .docx.',
      sv: 'Detta är en gammal binär Word-fil (.doc) eller ett lösenordsskyddat dokument; öppna den i Word, ta bort eventuellt lösenord och spara den som .docx.',
      nb: 'Dette er en gammel binær Word-fil (.doc) eller et passordbeskyttet dokument; åpne den i Word, fjern et eventuelt passord og lagre den som .docx.',
    },
    docxOdt: {
      en: 'This is an OpenDocument text (.odt), not a Word file; save it as .docx (Word format) and lint that.',
      da: 'Dette er et OpenDocument-dokument (.odt), ikke en Word-fil; gem det som .docx (Word-format) og kontrollér det.',
      sv: 'Detta är ett OpenDocument-dokument (.odt), inte en Word-fil; spara det som .docx (Word-format) och kontrollera det.',
      nb: 'Dette er et OpenDocument-dokument (.odt), ikke en Word-fil; lagre det som .docx (Word-format) og kontroller det.',
    },
    docxNotZip: {
      en: 'This file is not a Word document (.docx is a zip package, and this is not one); save the proposal as .docx.',
      da: 'Denne fil er ikke et Word-dokument (.docx er en zip-pakke, og det er denne ikke); gem forslaget som .docx.',
      sv: 'Den här filen är inte ett Word-dokument (.docx är ett zip-paket, och det är inte den här); spara förslaget som .docx.',
      nb: 'Denne filen er ikke et Word-dokument (.docx er en zip-pakke, og det er ikke denne); lagre forslaget som .docx.',
    },
    docxNotWord: {
      en: 'This zip package holds no Word document (it may be a spreadsheet or presentation); save the proposal from Word as .docx.',
      da: 'Denne zip-pakke indeholder intet Word-dokument (det kan være et regneark eller en præsentation); gem forslaget fra Word som .docx.',
      sv: 'Det här zip-paketet innehåller inget Word-dokument (det kan vara ett kalkylblad eller en presentation); spara förslaget från Word som .docx.',
      nb: 'Denne zip-pakken inneholder ikke noe Word-dokument (det kan være et regneark eller en presentasjon); lagre forslaget fra Word som .docx.',
    },
    docxTruncated: {
      en: 'The Word file is cut off (incomplete download or copy); fetch or save it again as .docx.',
      da: 'Word-filen er afkortet (ufuldstændig download eller kopi); hent eller gem den igen som .docx.',
      sv: 'Word-filen är avkortad (ofullständig nedladdning eller kopia); hämta eller spara den igen som .docx.',
      nb: 'Word-filen er avkortet (ufullstendig nedlasting eller kopi); hent eller lagre den på nytt som .docx.',
    },
    docxDamaged: {
      en: 'A part of the Word file is damaged and cannot be unpacked; open it in Word (which offers to repair it) and save it as .docx.',
      da: 'En del af Word-filen er beskadiget og kan ikke pakkes ud; åbn den i Word (som tilbyder at reparere den) og gem den som .docx.',
      sv: 'En del av Word-filen är skadad och kan inte packas upp; öppna den i Word (som erbjuder att reparera den) och spara den som .docx.',
      nb: 'En del av Word-filen er skadet og kan ikke pakkes ut; åpne den i Word (som tilbyr å reparere den) og lagre den som .docx.',
    },
    docxEncrypted: {
      en: 'The Word file is encrypted; remove the password in Word and save it as .docx.',
      da: 'Word-filen er krypteret; fjern adgangskoden i Word og gem den som .docx.',
      sv: 'Word-filen är krypterad; ta bort lösenordet i Word och spara den som .docx.',
      nb: 'Word-filen er kryptert; fjern passordet i Word og lagre den som .docx.',
    },
    docxTooLarge: {
      en: 'The Word file unpacks to more than a proposal can hold (too many or too large parts); it is not read. Save the text again as a new .docx.',
      da: 'Word-filen pakkes ud til mere, end et forslag kan rumme (for mange eller for store dele), og læses ikke. Gem teksten igen som en ny .docx.',
      sv: 'Word-filen packas upp till mer än ett förslag kan rymma (för många eller för stora delar) och läses inte. Spara texten igen som en ny .docx.',
      nb: 'Word-filen pakkes ut til mer enn et forslag kan romme (for mange eller for store deler), og leses ikke. Lagre teksten på nytt som en ny .docx.',
    },
    docxDtd: {
      en: 'The part {part} of the Word file declares a DTD, which Word never writes; it is not read. Save the document again from Word as .docx.',
      da: 'Delen {part} af Word-filen erklærer en DTD, hvilket Word aldrig skriver, og læses ikke. Gem dokumentet igen fra Word som .docx.',
      sv: 'Delen {part} av Word-filen deklarerar en DTD, vilket Word aldrig skriver, och läses inte. Spara dokumentet igen från Word som .docx.',
      nb: 'Delen {part} av Word-filen deklarerer en DTD, noe Word aldri skriver, og leses ikke. Lagre dokumentet på nytt fra Word som .docx.',
    },
    docxXml: {
      en: 'The part {part} of the Word file is not well-formed XML ({detail}); open it in Word and save it again as .docx.',
      da: 'Delen {part} af Word-filen er ikke velformet XML ({detail}); åbn den i Word og gem den igen som .docx.',
      sv: 'Delen {part} av Word-filen är inte välformad XML ({detail}); öppna den i Word och spara den igen som .docx.',
      nb: 'Delen {part} av Word-filen er ikke velformet XML ({detail}); åpne den i Word og lagre den på nytt som .docx.',
    },
    docxMacros: {
      en: 'The file is macro-enabled (.docm); its text is read and its macros are never run. Save it as .docx if the proposal needs no macros.',
      da: 'Filen indeholder makroer (.docm); teksten læses, og makroerne køres aldrig. Gem den som .docx, hvis forslaget ikke behøver makroer.',
      sv: 'Filen innehåller makron (.docm); texten läses och makrona körs aldrig. Spara den som .docx om förslaget inte behöver makron.',
      nb: 'Filen inneholder makroer (.docm); teksten leses, og makroene kjøres aldri. Lagre den som .docx hvis forslaget ikke trenger makroer.',
    },
  },
  internal: {
    ruleFailed: {
      en: 'The rule {rule} failed on this file, so its findings are missing: {detail}',
      da: 'Reglen {rule} fejlede på denne fil, så dens fund mangler: {detail}',
      sv: 'Regeln {rule} misslyckades på den här filen, så dess fynd saknas: {detail}',
      nb: 'Regelen {rule} feilet på denne filen, så funnene dens mangler: {detail}',
    },
    ruleFailedLate: {
      en: 'The rule {rule} failed on this file after its check returned: {detail}',
      da: 'Reglen {rule} fejlede på denne fil, efter at dens kontrol var afsluttet: {detail}',
      sv: 'Regeln {rule} misslyckades på den här filen efter att dess kontroll hade avslutats: {detail}',
      nb: 'Regelen {rule} feilet på denne filen etter at kontrollen dens var avsluttet: {detail}',
    },
    stepFailed: {
      en: 'The step "{step}" failed on this file: {detail}',
      da: 'Trinnet "{step}" fejlede på denne fil: {detail}',
      sv: 'Steget "{step}" misslyckades på den här filen: {detail}',
      nb: 'Trinnet "{step}" feilet på denne filen: {detail}',
    },
    timeout: {
      en: 'Linting this file took longer than {limit} ms; it was stopped in {step}.',
      da: 'Kontrollen af denne fil tog mere end {limit} ms; den blev stoppet i {step}.',
      sv: 'Granskningen av den här filen tog mer än {limit} ms; den stoppades i {step}.',
      nb: 'Kontrollen av denne filen tok mer enn {limit} ms; den ble stoppet i {step}.',
    },
    workerLost: {
      en: 'The worker thread linting this file stopped: {detail}',
      da: 'Arbejdstråden, der kontrollerede denne fil, stoppede: {detail}',
      sv: 'Arbetstråden som granskade den här filen stoppade: {detail}',
      nb: 'Arbeidstråden som kontrollerte denne filen, stoppet: {detail}',
    },
  },
  directive: {
    noReason: {
      en: '"{kind}" needs a reason after "--"; without one it disables nothing.',
      da: '"{kind}" skal have en begrundelse efter "--"; uden den slås intet fra.',
      sv: '"{kind}" behöver ett skäl efter "--"; utan det stängs inget av.',
      nb: '"{kind}" må ha en begrunnelse etter "--"; uten den slås ingenting av.',
    },
    noRule: {
      en: '"{kind}" must name the rules it disables (e.g. "{kind} single-owner -- reason"); naming none, it disables nothing.',
      da: '"{kind}" skal nævne de regler, den slår fra (f.eks. "{kind} single-owner -- begrundelse"); uden regler slås intet fra.',
      sv: '"{kind}" måste ange de regler den stänger av (t.ex. "{kind} single-owner -- skäl"); utan regler stängs inget av.',
      nb: '"{kind}" må nevne reglene den slår av (f.eks. "{kind} single-owner -- begrunnelse"); uten regler slås ingenting av.',
    },
    unknownRule: {
      en: 'There is no rule "{rule}" to disable.',
      da: 'Der findes ingen regel "{rule}" at slå fra.',
      sv: 'Det finns ingen regel "{rule}" att stänga av.',
      nb: 'Det finnes ingen regel "{rule}" å slå av.',
    },
  },
};

export type CoreRule = keyof typeof MESSAGES;

/** Suggestions the engine offers itself, whatever rule found the problem. */
const SUGGESTIONS: Table = {
  addSection: {
    en: 'Add the section "{heading}" to fill in.',
    da: 'Tilføj afsnittet "{heading}" og udfyld det.',
    sv: 'Lägg till avsnittet "{heading}" och fyll i det.',
    nb: 'Legg til avsnittet "{heading}" og fyll det ut.',
  },
};

/** An engine suggestion's description in `language`. */
export function suggestionMessage(messageId: string, data: MessageData | undefined, language: Lang): string {
  const entry = SUGGESTIONS[messageId];
  return entry ? render(entry[language], data, language) : messageId;
}

/** The ids of the messages of a core rule (each is rendered in every language by test/field-names.test.ts). */
export function coreMessageIds(ruleId: CoreRule): string[] {
  return Object.keys(MESSAGES[ruleId]);
}

export function isCoreRule(ruleId: string): ruleId is CoreRule {
  return Object.hasOwn(MESSAGES, ruleId);
}

export function coreMessage(language: Lang, ruleId: CoreRule, messageId: string, data?: MessageData): string {
  const entry = MESSAGES[ruleId][messageId];
  if (!entry) return messageId;
  return render(entry[language], data, language);
}

/** A finding the tool raises itself (`parse`, `directive`, `internal`), language-neutral with its message in `language`. */
export function coreFinding(language: Lang, ruleId: CoreRule, messageId: string, data: MessageData | undefined, range: Range, severity: 1 | 2 = 2): Finding {
  return {
    ruleId,
    severity,
    messageId,
    ...(data ? { data } : {}),
    message: coreMessage(language, ruleId, messageId, data),
    ...range,
    clauses: [],
  };
}

/** A step of a file's work, as `internal` findings name it. */
export type Step = 'reading' | 'loading' | 'settings' | 'figures' | 'identity' | 'summary' | 'linting' | { rule: string };

const STEPS: Record<Exclude<Step, { rule: string }> | 'rule', Record<Lang, string>> = {
  reading: { en: 'reading the file', da: 'læsning af filen', sv: 'läsning av filen', nb: 'lesing av filen' },
  loading: { en: 'loading the proposal', da: 'indlæsning af forslaget', sv: 'inläsning av förslaget', nb: 'innlesing av forslaget' },
  settings: { en: "the file's settings", da: 'filens indstillinger', sv: 'filens inställningar', nb: 'filens innstillinger' },
  figures: { en: 'business-case figures', da: 'business case-tallene', sv: 'kalkylens nyckeltal', nb: 'business case-tallene' },
  identity: { en: 'title and owner', da: 'titel og ejer', sv: 'titel och ägare', nb: 'tittel og eier' },
  summary: { en: 'summary', da: 'opsummering', sv: 'sammanfattning', nb: 'oppsummering' },
  linting: { en: 'linting', da: 'kontrol', sv: 'granskning', nb: 'kontroll' },
  rule: { en: 'rule {rule}', da: 'reglen {rule}', sv: 'regeln {rule}', nb: 'regelen {rule}' },
};

/** The step's name in every language, for message data. */
export function stepName(step: Step): Localised {
  const name = (language: Lang): string => (typeof step === 'string' ? STEPS[step][language] : render(STEPS.rule[language], { rule: step.rule }));
  return inEveryLanguage(name);
}
