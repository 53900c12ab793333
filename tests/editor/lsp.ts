/**
 * A small LSP client for tests: the real yaml-language-server (VS Code's YAML extension runs the
 * same server) as a child process, spoken to over stdio with JSON-RPC, the way an editor does.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
}

export interface CompletionItem {
  label: string;
  kind?: number;
  detail?: string;
  documentation?: string | { kind: string; value: string };
  insertText?: string;
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };

export class YamlLanguageServer {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly diagnostics = new Map<string, { version: number; items: Diagnostic[] }[]>();
  private readonly waiters: (() => void)[] = [];
  private versions = new Map<string, number>();

  private constructor() {
    const pkg = createRequire(import.meta.url).resolve('yaml-language-server/package.json');
    this.child = spawn(process.execPath, [join(dirname(pkg), 'bin', 'yaml-language-server'), '--stdio'], { stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.resume();
  }

  /** Starts the server and initialises it the way VS Code's YAML extension does (no schema store: no network). */
  static async start(root: string): Promise<YamlLanguageServer> {
    const s = new YamlLanguageServer();
    await s.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { versionSupport: true },
        },
      },
    });
    s.notify('initialized', {});
    s.notify('workspace/didChangeConfiguration', { settings: { yaml: SETTINGS } });
    return s;
  }

  /** Opens (or replaces) a document; the server then publishes its diagnostics. */
  open(path: string, text: string): string {
    const uri = pathToFileURL(path).href;
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    if (version === 1) this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
    else this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return uri;
  }

  /** The diagnostics the server publishes for the latest version of the document. */
  async diagnosticsFor(uri: string): Promise<Diagnostic[]> {
    const version = this.versions.get(uri)!;
    for (;;) {
      const got = this.diagnostics.get(uri)?.find((d) => d.version === version);
      if (got) return got.items;
      await new Promise<void>((r) => this.waiters.push(r));
    }
  }

  async completion(uri: string, line: number, character: number): Promise<CompletionItem[]> {
    const r = (await this.request('textDocument/completion', { textDocument: { uri }, position: { line, character } })) as { items: CompletionItem[] } | CompletionItem[] | null;
    return Array.isArray(r) ? r : (r?.items ?? []);
  }

  async hover(uri: string, line: number, character: number): Promise<string> {
    const r = (await this.request('textDocument/hover', { textDocument: { uri }, position: { line, character } })) as { contents: { value: string } | string } | null;
    if (!r) return '';
    return typeof r.contents === 'string' ? r.contents : r.contents.value;
  }

  async stop(): Promise<void> {
    try {
      await this.request('shutdown', null);
      this.notify('exit', null);
    } finally {
      await new Promise<void>((r) => {
        if (this.child.exitCode !== null) r();
        else {
          this.child.once('exit', () => r());
          setTimeout(() => this.child.kill(), 5000).unref();
        }
      });
    }
  }

  private request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  private notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.handle(message);
    }
  }

  private handle(m: { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } }): void {
    if (m.method && m.id !== undefined) {
      // A request from the server: its settings, or a registration; answered as VS Code would.
      const items = (m.params as { items?: { section?: string }[] } | undefined)?.items;
      const result = m.method === 'workspace/configuration' ? (items ?? []).map((i) => (i.section === 'yaml' ? SETTINGS : null)) : null;
      this.send({ jsonrpc: '2.0', id: m.id, result });
      return;
    }
    if (m.method === 'textDocument/publishDiagnostics') {
      const p = m.params as { uri: string; version?: number; diagnostics: Diagnostic[] };
      const list = this.diagnostics.get(p.uri) ?? [];
      list.push({ version: p.version ?? this.versions.get(p.uri) ?? 0, items: p.diagnostics });
      this.diagnostics.set(p.uri, list);
      for (const w of this.waiters.splice(0)) w();
      return;
    }
    if (m.id !== undefined && this.pending.has(m.id)) {
      const p = this.pending.get(m.id)!;
      this.pending.delete(m.id);
      if (m.error) p.reject(new Error(m.error.message));
      else p.resolve(m.result);
    }
  }
}

/** The YAML extension's settings that matter here; the schema comes from each file's first line. */
const SETTINGS = { validate: true, hover: true, completion: true, format: { enable: false }, schemaStore: { enable: false }, schemas: {} };
