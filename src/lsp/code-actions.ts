/**
 * Quick fixes from the fixes and suggestions on findings (ESLint's shape: `fix: { range:
 * [start, end], text }` with offsets in the file's source after a byte-order mark, and
 * `suggestions: [{ messageId, data, desc, fix }]`), as LSP code actions with a WorkspaceEdit.
 */
import { type CodeAction, CodeActionKind, type Diagnostic, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/engine.js';
import type { Lang } from '../model/model.js';
import { serverMessage } from './messages.js';

export interface OffsetFix {
  range: readonly [number, number];
  text: string;
}

export interface FindingSuggestion {
  messageId: string;
  /** The suggestion's description in the file's language. */
  desc?: string;
  fix: OffsetFix;
}

/** A finding that may carry a fix and suggestions (the engine adds them where a rule offers them). */
export type FixableFinding = Finding & { fix?: OffsetFix; suggestions?: FindingSuggestion[] };

export function codeActionsFor(finding: FixableFinding, diagnostic: Diagnostic, document: TextDocument, language: Lang): CodeAction[] {
  // Offsets count from after a byte-order mark; an editor that keeps one in the text counts it.
  const shift = document.getText().startsWith('\uFEFF') ? 1 : 0;
  const edit = (fix: OffsetFix) => ({
    changes: {
      [document.uri]: [TextEdit.replace({ start: document.positionAt(fix.range[0] + shift), end: document.positionAt(fix.range[1] + shift) }, fix.text)],
    },
  });
  const actions: CodeAction[] = [];
  if (finding.fix) {
    actions.push({
      title: serverMessage('fix', language, { message: finding.message }),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: edit(finding.fix),
    });
  }
  for (const suggestion of finding.suggestions ?? []) {
    actions.push({ title: suggestion.desc ?? suggestion.messageId, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit(suggestion.fix) });
  }
  return actions;
}
