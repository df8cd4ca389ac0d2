// A minimal LSP client for tests: starts `node dist/server.js --stdio` as a separate process and speaks JSON-RPC to it.
// Waits are driven by the server's messages (publishDiagnostics for a given version), never by timers.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { StatusNotification, type StatusParams } from '../../server/src/protocol';
import {
  createProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ShowMessageNotification,
  LogMessageNotification,
  ConfigurationRequest,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  ShutdownRequest,
  ExitNotification,
  RegistrationRequest,
  ExecuteCommandRequest,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type Registration,
  StreamMessageReader,
  StreamMessageWriter,
  IPCMessageReader,
  IPCMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type ShowMessageParams,
} from 'vscode-languageserver-protocol/node';

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

export interface StartOptions {
  locale?: string;
  /** The `dabir` section returned for a document URI (workspace/configuration); asked again after a configuration change. */
  settings?: (uri: string | undefined) => unknown;
  env?: NodeJS.ProcessEnv;
  /** `stdio` (default) or `ipc`, the transport VS Code's client uses (TransportKind.ipc → --node-ipc). */
  transport?: 'stdio' | 'ipc';
  /** The workspace folder (a file:// URI); none by default. */
  rootUri?: string;
  initializationOptions?: unknown;
}

export class LspTestClient {
  readonly connection: ProtocolConnection;
  readonly messages: ShowMessageParams[] = [];
  readonly stderr: string[] = [];
  /** window/logMessage lines (server log: warnings about settings, errors per document). */
  readonly log: string[] = [];
  private readonly published = new Map<string, { version?: number; diagnostics: Diagnostic[] }[]>();
  private readonly waiters: { uri: string; version: number; resolve: (d: Diagnostic[]) => void }[] = [];
  private messageWaiters: ((m: ShowMessageParams) => void)[] = [];
  readonly statuses: StatusParams[] = [];
  /** Capabilities the server registered dynamically (client/registerCapability). */
  readonly registrations: Registration[] = [];
  private statusWaiters: { test: (s: StatusParams) => boolean; resolve: (s: StatusParams) => void }[] = [];
  private publishWaiters: { uri: string; resolve: (d: Diagnostic[]) => void }[] = [];

  private constructor(private readonly proc: ChildProcess, opts: StartOptions) {
    this.connection = opts.transport === 'ipc'
      ? createProtocolConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc))
      : createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    proc.stderr!.on('data', (b: Buffer) => this.stderr.push(b.toString()));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const list = this.published.get(p.uri) ?? [];
      list.push({ version: p.version, diagnostics: p.diagnostics });
      this.published.set(p.uri, list);
      for (const w of this.publishWaiters.filter((x) => x.uri === p.uri)) w.resolve(p.diagnostics);
      this.publishWaiters = this.publishWaiters.filter((x) => x.uri !== p.uri);
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && p.version === w.version) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p.diagnostics);
        }
      }
    });
    this.connection.onNotification(ShowMessageNotification.type, (m) => {
      this.messages.push(m);
      for (const w of this.messageWaiters) w(m);
      this.messageWaiters = [];
    });
    this.connection.onNotification(StatusNotification, (st) => {
      this.statuses.push(st);
      const matched = this.statusWaiters.filter((w) => w.test(st));
      this.statusWaiters = this.statusWaiters.filter((w) => !w.test(st));
      for (const w of matched) w.resolve(st);
    });
    this.connection.onNotification(LogMessageNotification.type, (m) => {
      this.log.push(m.message);
    });
    this.connection.onRequest(ConfigurationRequest.type, (p) => p.items.map((i) => opts.settings?.(i.scopeUri) ?? null));
    this.connection.onRequest(RegistrationRequest.type, (p) => {
      this.registrations.push(...p.registrations);
    });
    this.connection.listen();
  }

  static async start(opts: StartOptions = {}): Promise<LspTestClient> {
    const env = { ...process.env, ...opts.env };
    const proc = opts.transport === 'ipc'
      ? fork(SERVER, ['--node-ipc', `--clientProcessId=${process.pid}`], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'], env, execArgv: [] })
      : spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe', env });
    const client = new LspTestClient(proc, opts);
    await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: opts.rootUri ?? null,
      workspaceFolders: opts.rootUri ? [{ uri: opts.rootUri, name: 'workspace' }] : null,
      locale: opts.locale,
      initializationOptions: opts.initializationOptions,
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true } },
      },
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** Resolves with the diagnostics published for exactly this version of the document. */
  diagnostics(uri: string, version: number): Promise<Diagnostic[]> {
    const seen = this.published.get(uri)?.find((p) => p.version === version);
    if (seen) return Promise.resolve(seen.diagnostics);
    return new Promise((resolve) => this.waiters.push({ uri, version, resolve }));
  }

  /** The versions of the document that diagnostics were published for, in the order they came. */
  publishedVersions(uri: string): (number | undefined)[] {
    return (this.published.get(uri) ?? []).map((p) => p.version);
  }

  /** Resolves with the next diagnostics published for the document, whatever their version. */
  nextDiagnostics(uri: string): Promise<Diagnostic[]> {
    return new Promise((resolve) => this.publishWaiters.push({ uri, resolve }));
  }

  /** Resolves with the first dabir/status notification (already received or to come) that passes the test. */
  status(test: (s: StatusParams) => boolean): Promise<StatusParams> {
    const seen = this.statuses.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.statusWaiters.push({ test, resolve }));
  }

  nextMessage(): Promise<ShowMessageParams> {
    if (this.messages.length) return Promise.resolve(this.messages[0]);
    return new Promise((resolve) => this.messageWaiters.push(resolve));
  }

  async open(uri: string, text: string, languageId = 'persian-news', version = 1): Promise<Diagnostic[]> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
    return this.diagnostics(uri, version);
  }

  /** Replaces the whole text (full sync is always allowed) and waits for the new version's diagnostics. */
  async change(uri: string, version: number, text: string): Promise<Diagnostic[]> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    return this.diagnostics(uri, version);
  }

  /** Runs a server command (workspace/executeCommand) with one argument object. */
  execute<T = unknown>(command: string, arg: unknown): Promise<T> {
    return this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: [arg] }) as Promise<T>;
  }

  /** Tells the server that files changed on disk, as an editor's file watcher would. */
  filesChanged(uris: string[]): Promise<void> {
    return this.connection.sendNotification(DidChangeWatchedFilesNotification.method, {
      changes: uris.map((uri) => ({ uri, type: FileChangeType.Changed })),
    });
  }

  /** Shuts the server down the LSP way and resolves with its exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.proc.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
