/**
 * Messages of the findings the engine and loaders raise themselves (`parse`, `directive`
 * and `internal`), in the four languages.
 */
import type { Lang, Range } from '../model/model.js';
import type { Localised, MessageData } from './rule-api.js';
import type { Finding } from './engine.js';
import { inEveryLanguage, render } from './render.js';
import { words } from '../lexicon/words.js';

type Table = Record<string, Record<Lang, string>>;

const MESSAGES: Record<'parse' | 'directive' | 'internal', Table> = {
  parse: {
    yamlSyntax: words('core-messages', 'MESSAGES/parse/yamlSyntax'),
    multipleDocuments: words('core-messages', 'MESSAGES/parse/multipleDocuments'),
    duplicateKey: words('core-messages', 'MESSAGES/parse/duplicateKey'),
    duplicateField: words('core-messages', 'MESSAGES/parse/duplicateField'),
    aliasBomb: words('core-messages', 'MESSAGES/parse/aliasBomb'),
    yamlTooManyBrackets: words('core-messages', 'MESSAGES/parse/yamlTooManyBrackets'),
    tooDeep: words('core-messages', 'MESSAGES/parse/tooDeep'),
    markdownTooDeep: words('core-messages', 'MESSAGES/parse/markdownTooDeep'),
    markdownTooManyLines: words('core-messages', 'MESSAGES/parse/markdownTooManyLines'),
    markdownParagraphTooLong: words('core-messages', 'MESSAGES/parse/markdownParagraphTooLong'),
    markdownTooManyAnglesInParagraph: words('core-messages', 'MESSAGES/parse/markdownTooManyAnglesInParagraph'),
    markdownTooManyAngles: words('core-messages', 'MESSAGES/parse/markdownTooManyAngles'),
    markdownTooManyBlocks: words('core-messages', 'MESSAGES/parse/markdownTooManyBlocks'),
    markdownTooManyHeadings: words('core-messages', 'MESSAGES/parse/markdownTooManyHeadings'),
    markdownTooManyRows: words('core-messages', 'MESSAGES/parse/markdownTooManyRows'),
    markdownTooManyCells: words('core-messages', 'MESSAGES/parse/markdownTooManyCells'),
    markdownTooManyEmphasisInParagraph: words('core-messages', 'MESSAGES/parse/markdownTooManyEmphasisInParagraph'),
    markdownTooManyEmphasis: words('core-messages', 'MESSAGES/parse/markdownTooManyEmphasis'),
    markdownTooManyBracketsInParagraph: words('core-messages', 'MESSAGES/parse/markdownTooManyBracketsInParagraph'),
    markdownTooManyBrackets: words('core-messages', 'MESSAGES/parse/markdownTooManyBrackets'),
    unparsable: words('core-messages', 'MESSAGES/parse/unparsable'),
    notMapping: words('core-messages', 'MESSAGES/parse/notMapping'),
    empty: words('core-messages', 'MESSAGES/parse/empty'),
    frontMatterUnclosed: words('core-messages', 'MESSAGES/parse/frontMatterUnclosed'),
    tooLarge: words('core-messages', 'MESSAGES/parse/tooLarge'),
    binary: words('core-messages', 'MESSAGES/parse/binary'),
    invalidUtf8: words('core-messages', 'MESSAGES/parse/invalidUtf8'),
    notRegular: words('core-messages', 'MESSAGES/parse/notRegular'),
    unreadable: words('core-messages', 'MESSAGES/parse/unreadable'),
    // Word files (src/model/loaders/docx.ts): each says how to make the file readable.
    docxOle: words('core-messages', 'MESSAGES/parse/docxOle'),
    docxOdt: words('core-messages', 'MESSAGES/parse/docxOdt'),
    docxNotZip: words('core-messages', 'MESSAGES/parse/docxNotZip'),
    docxNotWord: words('core-messages', 'MESSAGES/parse/docxNotWord'),
    docxTruncated: words('core-messages', 'MESSAGES/parse/docxTruncated'),
    docxDamaged: words('core-messages', 'MESSAGES/parse/docxDamaged'),
    docxEncrypted: words('core-messages', 'MESSAGES/parse/docxEncrypted'),
    docxTooLarge: words('core-messages', 'MESSAGES/parse/docxTooLarge'),
    docxDtd: words('core-messages', 'MESSAGES/parse/docxDtd'),
    docxXml: words('core-messages', 'MESSAGES/parse/docxXml'),
    docxMacros: words('core-messages', 'MESSAGES/parse/docxMacros'),
  },
  internal: {
    ruleFailed: words('core-messages', 'MESSAGES/internal/ruleFailed'),
    ruleFailedLate: words('core-messages', 'MESSAGES/internal/ruleFailedLate'),
    stepFailed: words('core-messages', 'MESSAGES/internal/stepFailed'),
    timeout: words('core-messages', 'MESSAGES/internal/timeout'),
    workerLost: words('core-messages', 'MESSAGES/internal/workerLost'),
  },
  directive: {
    noReason: words('core-messages', 'MESSAGES/directive/noReason'),
    noRule: words('core-messages', 'MESSAGES/directive/noRule'),
    unknownRule: words('core-messages', 'MESSAGES/directive/unknownRule'),
  },
};

export type CoreRule = keyof typeof MESSAGES;

/** Suggestions the engine offers itself, whatever rule found the problem. */
const SUGGESTIONS: Table = {
  addSection: words('core-messages', 'SUGGESTIONS/addSection'),
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
  reading: words('core-messages', 'STEPS/reading'),
  loading: words('core-messages', 'STEPS/loading'),
  settings: words('core-messages', 'STEPS/settings'),
  figures: words('core-messages', 'STEPS/figures'),
  identity: words('core-messages', 'STEPS/identity'),
  summary: words('core-messages', 'STEPS/summary'),
  linting: words('core-messages', 'STEPS/linting'),
  rule: words('core-messages', 'STEPS/rule'),
};

/** The step's name in every language, for message data. */
export function stepName(step: Step): Localised {
  const name = (language: Lang): string => (typeof step === 'string' ? STEPS[step][language] : render(STEPS.rule[language], { rule: step.rule }));
  return inEveryLanguage(name);
}
