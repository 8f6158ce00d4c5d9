/**
 * `itstrat lsp`: a language server on stdio. Each open YAML or Markdown proposal is linted
 * in-process as the text changes (debounced), and its findings are published as diagnostics;
 * hover shows the clauses behind a finding and how to fix it, code actions apply the findings'
 * fixes and suggestions, completion offers field keys and headings in the author's language.
 * A rule that throws is one diagnostic naming it; nothing a plugin does ends the server.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import {
  createConnection,
  type Diagnostic,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_NAMES } from '../config/config.js';
import { formatOf } from '../model/loaders/index.js';
import { firstLine, installGuards } from '../cli/isolation.js';
import { internalFinding } from '../cli/lint-file.js';
import { codeActionsFor, type FixableFinding } from './code-actions.js';
import { completions } from './completion.js';
import { covers, lspRange, meets, toDiagnostic } from './diagnostics.js';
import { hoverMarkdown } from './hover.js';
import { TextLinter, type LintedText } from './linting.js';
import { languageOfLocale } from './messages.js';

/** How long the text must rest before it is linted again (`initializationOptions.debounceMs`). */
const DEFAULT_DEBOUNCE_MS = 150;

interface OpenProposal {
  /** The document version the findings are of (code actions need the text they were computed on). */
  version: number;
  linted: LintedText;
  /** This lint's number, to which a plugin's late failure is attributed. */
  index: number;
}

/** Starts the server on stdin/stdout; the returned promise settles when the client ends it. */
export function startLanguageServer(): Promise<number> {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  const documents = new TextDocuments(TextDocument);
  const state = new Map<string, OpenProposal>();
  const timers = new Map<string, NodeJS.Timeout>();
  /** The workspace folder (the editor's, else the server's working directory). */
  let root = process.cwd();
  let linter = new TextLinter(root, undefined);
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  let lintCount = 0;

  // For the server's whole life: a plugin's late failure becomes a finding of the file whose lint
  // started it, one that belongs to no file is logged, and process.exit inside a lint throws.
  installGuards(
    (failure) => {
      for (const [uri, open] of state) {
        if (open.index !== failure.file) continue;
        const detail = { rule: failure.rule ?? '?', detail: failure.detail };
        open.linted = { ...open.linted, findings: [...open.linted.findings, internalFinding(open.linted.language, 'ruleFailedLate', detail)] };
        publish(uri, open);
      }
    },
    (error) => connection.console.error(`itstrat: uncaught error outside any file's work: ${firstLine(error)}`),
    0,
  );

  const filePathOf = (document: TextDocument): string | undefined => {
    if (document.uri.startsWith('file:')) return fileURLToPath(document.uri);
    // An unsaved buffer: linted as a file of its language in the workspace, under the config found there.
    const extension = document.languageId === 'yaml' ? 'yaml' : document.languageId === 'markdown' ? 'md' : undefined;
    return extension ? join(root, `untitled.${extension}`) : undefined;
  };

  const publish = (uri: string, open: OpenProposal): void => {
    const diagnostics: Diagnostic[] = open.linted.findings.map((finding) => toDiagnostic(finding, open.linted.rules.get(finding.ruleId)));
    void connection.sendDiagnostics({ uri, version: open.version, diagnostics });
  };

  const lint = async (document: TextDocument): Promise<void> => {
    const filePath = filePathOf(document);
    if (!filePath || !TextLinter.handles(filePath)) return;
    const index = ++lintCount;
    const { version } = document;
    let linted: LintedText;
    try {
      linted = await linter.lint(filePath, document.getText(), index);
    } catch (error) {
      connection.console.error(`itstrat: linting ${filePath} failed: ${firstLine(error)}`);
      return;
    }
    // A newer text is on its way (or the file was closed): these findings are stale.
    if (documents.get(document.uri)?.version !== version) return;
    const open = { version, linted, index };
    state.set(document.uri, open);
    publish(document.uri, open);
  };

  const schedule = (document: TextDocument, delay: number): void => {
    clearTimeout(timers.get(document.uri));
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        const current = documents.get(document.uri);
        if (current) void lint(current);
      }, delay),
    );
  };

  let watchRegistration = false;
  connection.onInitialize((params) => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder?.startsWith('file:')) root = fileURLToPath(folder);
    const options = (params.initializationOptions ?? {}) as { debounceMs?: unknown };
    if (typeof options.debounceMs === 'number' && options.debounceMs >= 0) debounceMs = options.debounceMs;
    linter = new TextLinter(root, languageOfLocale(params.locale));
    watchRegistration = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        completionProvider: { triggerCharacters: ['#', ' '] },
      },
      serverInfo: { name: 'itstrat' },
    };
  });

  connection.onInitialized(() => {
    // Editors that let a server ask: watch the configs and plugin modules (others send what their own watchers see).
    if (watchRegistration)
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/{${CONFIG_NAMES.join(',')}}` }, { globPattern: '**/*.{js,mjs,cjs}' }],
      });
  });

  documents.onDidChangeContent(({ document }) => schedule(document, state.has(document.uri) ? debounceMs : 0));
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    state.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    const paths = changes.filter((change) => change.uri.startsWith('file:')).map((change) => fileURLToPath(change.uri));
    const affected = await Promise.all(paths.map((path) => linter.affects(path)));
    if (!affected.includes(true)) return;
    linter.reload();
    for (const document of documents.all()) void lint(document);
  });

  const findingsAt = (uri: string, at: (range: ReturnType<typeof lspRange>) => boolean) => {
    const open = state.get(uri);
    return open ? { open, findings: open.linted.findings.filter((finding) => at(lspRange(finding))) } : undefined;
  };

  connection.onHover(({ textDocument, position }) => {
    const found = findingsAt(textDocument.uri, (range) => covers(range, position));
    if (!found?.findings.length) return null;
    return { contents: { kind: 'markdown', value: hoverMarkdown(found.findings, found.open.linted.rules, found.open.linted.language) } };
  });

  connection.onCodeAction(({ textDocument, range }) => {
    const document = documents.get(textDocument.uri);
    const found = findingsAt(textDocument.uri, (findingRange) => meets(findingRange, range));
    // Offsets are of the text that was linted: none while a newer text waits to be.
    if (!document || !found || found.open.version !== document.version) return [];
    return found.findings.flatMap((finding) =>
      codeActionsFor(finding as FixableFinding, toDiagnostic(finding, found.open.linted.rules.get(finding.ruleId)), document, found.open.linted.language),
    );
  });

  connection.onCompletion(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    const filePath = document && filePathOf(document);
    const format = filePath ? formatOf(filePath) : undefined;
    // A Word file is not edited as text: nothing to complete.
    if (!document || !format || format === 'docx') return [];
    const language = state.get(document.uri)?.linted.authorLanguage ?? 'en';
    return completions(document.getText(), format, position.line, position.character, language);
  });

  documents.listen(connection);
  return new Promise((resolve) => {
    connection.onExit(() => resolve(0));
    connection.listen();
  });
}
