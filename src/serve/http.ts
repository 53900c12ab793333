/**
 * The web server of `deck serve`: on 127.0.0.1 only, and nothing but a fixed table of routes. No
 * path of a request is ever turned into a file path, so `../`, its percent-encoded forms and
 * absolute paths cannot reach a file; they are refused outright all the same. A request whose Host
 * is not this server (127.0.0.1:PORT or localhost:PORT) is refused too: a web page elsewhere cannot
 * read the preview by pointing a name of its own at 127.0.0.1 (DNS rebinding). The few files served
 * (the fonts, the PDF) are opened without following a symbolic link.
 */
import { constants, fstatSync, openSync, readFileSync, closeSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const HOST = '127.0.0.1';

export interface Reply {
  type: string;
  body: string | Buffer;
  headers?: Record<string, string>;
}

/** A route answers with a reply, or takes the response over (a stream of events). */
export type Route = (req: IncomingMessage, res: ServerResponse) => Reply | undefined | 'taken';

export interface Routes {
  /** Exact paths (no query string), e.g. '/'. */
  exact: Record<string, Route>;
  /** Paths matched by a pattern; the route gets the first captured group. */
  patterns?: { match: RegExp; route: (found: string, req: IncomingMessage, res: ServerResponse) => Reply | undefined | 'taken' }[];
}

/** Sent with every answer: the page may load only from itself, and no one may frame it. */
const SECURITY: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};

export class PortError extends Error {
  constructor(
    readonly port: number,
    readonly code: 'EADDRINUSE' | 'EACCES',
  ) {
    super(`${code} ${port}`);
  }
}

/** Starts listening on 127.0.0.1:port (0: any free port); resolves with the port it got. */
export async function listen(routes: Routes, port: number, onError: (err: Error) => void = () => {}): Promise<{ server: Server; port: number }> {
  let actual = port;
  const server = createServer((req, res) => {
    try {
      answer(req, res, routes, actual);
    } catch (err) {
      // A bug in a route: this request fails, the server goes on.
      if (!res.headersSent) send(res, 500, { type: 'text/plain; charset=utf-8', body: 'Internal Server Error\n' }, false);
      else res.destroy();
      onError(err as Error);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => reject(err.code === 'EADDRINUSE' || err.code === 'EACCES' ? new PortError(port, err.code) : err));
    server.listen({ host: HOST, port, exclusive: true }, () => resolve());
  });
  actual = (server.address() as AddressInfo).port;
  return { server, port: actual };
}

/** Why a request is refused before any route sees it, or undefined when it may go on. */
export function refusal(req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>, port: number): { status: number; text: string } | undefined {
  const host = (req.headers.host ?? '').toLowerCase();
  if (host !== `${HOST}:${port}` && host !== `localhost:${port}`) return { status: 403, text: 'Forbidden: unknown Host' };
  if (req.method !== 'GET' && req.method !== 'HEAD') return { status: 405, text: 'Method Not Allowed' };
  const url = req.url ?? '';
  // Only origin-form targets ("/path?query"): not "http://host/…", not "*", not "//host/…".
  if (!url.startsWith('/') || url.startsWith('//')) return { status: 400, text: 'Bad Request' };
  const path = url.split('?')[0]!;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return { status: 400, text: 'Bad Request' };
  }
  if (/\\|\0/.test(decoded) || decoded.split('/').some((seg) => seg === '..' || seg === '.') || decoded.includes('//')) return { status: 400, text: 'Bad Request' };
  return undefined;
}

function answer(req: IncomingMessage, res: ServerResponse, routes: Routes, port: number): void {
  const refused = refusal(req, port);
  if (refused) return send(res, refused.status, { type: 'text/plain; charset=utf-8', body: `${refused.text}\n` }, req.method === 'HEAD');
  const path = req.url!.split('?')[0]!;
  let reply: Reply | undefined | 'taken';
  const exact = Object.hasOwn(routes.exact, path) ? routes.exact[path] : undefined;
  if (exact) reply = exact(req, res);
  else {
    for (const p of routes.patterns ?? []) {
      const m = p.match.exec(path);
      if (m) {
        reply = p.route(m[1]!, req, res);
        break;
      }
    }
  }
  if (reply === 'taken') return;
  if (!reply) return send(res, 404, { type: 'text/plain; charset=utf-8', body: 'Not Found\n' }, req.method === 'HEAD');
  send(res, 200, reply, req.method === 'HEAD');
}

export function send(res: ServerResponse, status: number, reply: Reply, headOnly: boolean): void {
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body) : reply.body;
  res.writeHead(status, { ...SECURITY, 'content-type': reply.type, 'content-length': String(body.length), ...reply.headers });
  res.end(headOnly ? undefined : body);
}

/** The response headers of the event stream, with the same protections as every answer. */
export function eventStreamHeaders(): Record<string, string> {
  return { ...SECURITY, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' };
}

/** A regular file's bytes, or undefined when it is missing, not a regular file, or a symbolic link. */
export function readRegularFile(path: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    return undefined;
  }
  try {
    if (!fstatSync(fd).isFile()) return undefined;
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
