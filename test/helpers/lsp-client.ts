/**
 * A language client for the end-to-end tests of `itstrat lsp`: it starts the built CLI as a
 * process and talks to it over stdio with vscode-languageserver-protocol's connection
 * (vscode-jsonrpc's StreamMessageReader/Writer), as an editor does.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  type Diagnostic,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  type FileEvent,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { BIN } from './ci-run.js';

export interface Published {
  version?: number;
  diagnostics: Diagnostic[];
}

export class LspSession {
  /** Every diagnostics notification, by document URI, in the order they came. */
  readonly published = new Map<string, Published[]>();
  private readonly waiters: (() => void)[] = [];
  stderr = '';
  /** What the server logged (window/logMessage), for failure messages. */
  log = '';

  private constructor(
    readonly connection: ProtocolConnection,
    readonly child: ChildProcessWithoutNullStreams,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const list = this.published.get(params.uri) ?? [];
      list.push({ ...(params.version !== undefined ? { version: params.version } : {}), diagnostics: params.diagnostics });
      this.published.set(params.uri, list);
      for (const wake of this.waiters.splice(0)) wake();
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.log += `${params.message}\n`;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
  }

  /** Starts `itstrat lsp` in `cwd` and initializes it with that folder as the workspace. */
  static async start(cwd: string, options: { locale?: string; debounceMs?: number } = {}): Promise<LspSession> {
    const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const session = new LspSession(connection, child);
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(cwd).href,
      workspaceFolders: [{ uri: pathToFileURL(cwd).href, name: 'proposals' }],
      capabilities: {},
      ...(options.locale ? { locale: options.locale } : {}),
      initializationOptions: { debounceMs: options.debounceMs ?? 20 },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  /** Opens a file (a path) or an unsaved buffer (an `untitled:` URI). */
  async open(path: string, text: string, languageId: string): Promise<string> {
    const uri = path.startsWith('untitled:') ? path : pathToFileURL(path).href;
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Replaces the whole text (a full-text change). */
  async change(uri: string, version: number, text: string): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** The first diagnostics of `uri` published for `version` (or later) that satisfy `accept`. */
  async diagnostics(uri: string, version: number, accept: (diagnostics: Diagnostic[]) => boolean = () => true, timeoutMs = 20_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = (this.published.get(uri) ?? []).find((entry) => (entry.version ?? 0) >= version && accept(entry.diagnostics));
      if (found) return found.diagnostics;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`no matching diagnostics for ${uri} (version ${version}) within ${timeoutMs} ms; stderr: ${this.stderr}; log: ${this.log}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Shuts the server down as an editor does, and waits for the process to end (its exit code). */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
