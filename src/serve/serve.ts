/**
 * `deck serve`: `deck watch` with a live page in the browser.
 *
 *   content files ─ watch (build with the cache, on every save) ─▶ onBuild ─▶ PageState
 *                                                                   │  event stream /hendelser
 *   browser page ◀── fetches the slides that changed (/lysbilder/<hash>.svg) ◀┘
 *
 * The server (http.ts) answers on 127.0.0.1 only, and only these: the page, its script, style sheet
 * and fonts, the event stream, the current slides, and the current PDF and HTML edition. The watch
 * itself is `deck watch`'s (its cache, its rebuild on save, its last good PDF kept through an error).
 */
import { createHash } from 'node:crypto';
import type { Server, ServerResponse } from 'node:http';
import { basename } from 'node:path';
import { UsageError, formatProblem, type Problem } from '../errors.js';
import { htmlEdition, htmlPathFor } from '../html/edition.js';
import { inlineImages } from '../html/images.js';
import { msg } from '../messages/index.js';
import { FONT_FILES } from '../render/fonts.js';
import { MONTH_LONG } from '../render/format.js';
import { watch, type WatchBuild } from '../watch/watch.js';
import type { BuildResult } from '../build.js';
import { eventStreamHeaders, HOST, listen, PortError, readRegularFile, send, type Routes } from './http.js';
import { PAGE_CSS, PAGE_JS, PAGE_PATHS, PAGE_POLICY, pageHtml, type PageState } from './page.js';
import { DEFAULT_PORT } from './defaults.js';

export { DEFAULT_PORT } from './defaults.js';

/** --port: a whole number from 0 (any free port) to 65535. */
export function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  if (!/^\d{1,5}$/.test(value.trim()) || port > 65535) throw new UsageError(msg().serve.badPort(value));
  return port;
}

export interface ServeOptions {
  dir: string;
  /** The PDF; default as `deck build`. */
  out?: string;
  /** 0: any free port. */
  port: number;
  signal: AbortSignal;
  note: (line: string) => void;
  problem: (p: Problem) => void;
  /** Once listening, with the page's address. */
  onListening?: (url: string) => void;
  /** After each build has been sent to the pages. */
  onBuild?: (b: WatchBuild) => void;
  debounceMs?: number;
}

/** The state of the preview: what the pages are told, and the slides they may ask for. */
class Preview {
  state: PageState;
  svgs = new Map<string, string>();
  pdfFile?: string;
  result?: BuildResult;
  private html?: { version: number; text: Promise<string> };
  private readonly clients = new Set<ServerResponse>();

  constructor(dir: string) {
    this.state = { version: 0, title: dir, ok: true, slides: [], errors: [], warnings: [], internal: false };
  }

  update(b: WatchBuild): void {
    // The place as the terminal shows it (formatProblem), apart from the message.
    const where = (p: Problem) => ({ where: formatProblem({ ...p, message: '', severity: 'error' }).replace(/: $/, ''), message: p.message });
    const warnings = b.problems.filter((p) => p.severity === 'warning').map(where);
    const errors = b.problems.filter((p) => p.severity === 'error').map(where);
    let { slides, title, pdf, html } = this.state;
    if (b.ok && b.result) {
      const r = b.result;
      this.result = r;
      this.pdfFile = r.file;
      this.svgs = new Map();
      slides = r.slides.map((s, i) => {
        const svg = inlineImages(s.svg);
        const hash = createHash('sha1').update(svg).digest('hex').slice(0, 20);
        this.svgs.set(hash, svg);
        return { page: s.page, file: basename(r.edition.slides[i]!.file.path), title: s.title, hash };
      });
      title = `${r.edition.deck.title} – ${MONTH_LONG[r.edition.month - 1]} ${r.edition.year}`;
      pdf = `/${encodeURIComponent(basename(r.file))}`;
      html = `/${encodeURIComponent(basename(htmlPathFor(r.file)))}`;
    }
    this.state = { version: this.state.version + 1, title, ok: b.ok, pdf, html, slides, errors, warnings, internal: !b.ok && errors.length === 0 };
    const message = this.event();
    for (const c of this.clients) c.write(message);
  }

  event(): string {
    return `event: tilstand\ndata: ${JSON.stringify(this.state)}\n\n`;
  }

  connect(res: ServerResponse): void {
    res.writeHead(200, eventStreamHeaders());
    // The browser reconnects after a second when the stream breaks (deck serve restarted).
    res.write(`retry: 1000\n\n${this.event()}`);
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  /** The HTML edition of the last good build, made when first asked for. */
  htmlEdition(): Promise<string> | undefined {
    if (!this.result) return undefined;
    if (this.html?.version !== this.state.version) this.html = { version: this.state.version, text: htmlEdition(this.result) };
    return this.html.text;
  }

  closeAll(): void {
    for (const c of this.clients) c.end();
    this.clients.clear();
  }
}

function routes(preview: Preview, bug: (err: Error) => void): Routes {
  const file = (path: string, type: string) => () => {
    const body = readRegularFile(path);
    return body && { type, body };
  };
  return {
    exact: {
      '/': () => ({ type: 'text/html; charset=utf-8', body: pageHtml(), headers: { 'content-security-policy': PAGE_POLICY } }),
      [PAGE_PATHS.script]: () => ({ type: 'text/javascript; charset=utf-8', body: PAGE_JS }),
      [PAGE_PATHS.style]: () => ({ type: 'text/css; charset=utf-8', body: PAGE_CSS }),
      '/fonts/regular.ttf': file(FONT_FILES.regular, 'font/ttf'),
      '/fonts/bold.ttf': file(FONT_FILES.bold, 'font/ttf'),
      [PAGE_PATHS.events]: (_req, res) => {
        preview.connect(res);
        return 'taken';
      },
    },
    patterns: [
      {
        match: /^\/lysbilder\/([0-9a-f]{20})\.svg$/,
        route: (hash) => {
          const svg = preview.svgs.get(hash);
          return svg === undefined ? undefined : { type: 'image/svg+xml; charset=utf-8', body: svg };
        },
      },
      {
        // The current PDF only, by its own name; never another file of its folder.
        match: /^\/([^/]+\.pdf)$/,
        route: (name) => {
          const pdf = preview.pdfFile;
          if (!pdf || decodeURIComponent(name) !== basename(pdf)) return undefined;
          const body = readRegularFile(pdf);
          return body && { type: 'application/pdf', body, headers: { 'content-disposition': `attachment; filename="${basename(pdf).replace(/"/g, '')}"` } };
        },
      },
      {
        // The HTML edition of the current build, made when first asked for.
        match: /^\/([^/]+\.html)$/,
        route: (name, req, res) => {
          const made = preview.result && decodeURIComponent(name) === basename(htmlPathFor(preview.result.file)) ? preview.htmlEdition() : undefined;
          if (!made) return undefined;
          made.then(
            (html) => send(res, 200, { type: 'text/html; charset=utf-8', body: html }, req.method === 'HEAD'),
            (err: Error) => {
              bug(err);
              send(res, 500, { type: 'text/plain; charset=utf-8', body: 'Internal Server Error\n' }, false);
            },
          );
          return 'taken';
        },
      },
    ],
  };
}

/** Resolves with the exit code when stopped: 0 after Ctrl+C, 1 when the folder cannot be watched. */
export async function serve(opts: ServeOptions): Promise<number> {
  const text = msg().serve;
  const preview = new Preview(opts.dir);
  let listening: { server: Server; port: number };
  try {
    const bug = (err: Error) => opts.note(`${msg().watch.internalError}\n${err.stack ?? String(err)}\n`);
    listening = await listen(routes(preview, bug), opts.port, bug);
  } catch (err) {
    if (err instanceof PortError) throw new UsageError(err.code === 'EADDRINUSE' ? text.portBusy(opts.port) : text.portDenied(opts.port));
    throw err;
  }
  const { server, port } = listening;
  const url = `http://${HOST}:${port}/`;
  // The address is told after the first build (good or not): then there is something to see, and
  // a folder that does not exist is told as the only thing.
  let announced = false;
  try {
    opts.onListening?.(url);
    return await watch({
      dir: opts.dir,
      out: opts.out,
      signal: opts.signal,
      debounceMs: opts.debounceMs,
      note: opts.note,
      problem: opts.problem,
      onBuild: (b) => {
        preview.update(b);
        if (!announced) opts.note(`${text.serving(opts.dir, url)}\n`);
        announced = true;
        opts.onBuild?.(b);
      },
    });
  } finally {
    preview.closeAll();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    if (announced) opts.note(`${text.stopped}\n`);
  }
}
