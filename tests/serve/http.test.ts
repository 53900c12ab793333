/**
 * `deck serve` as a web server: it answers on 127.0.0.1 only; it refuses `../`, its encoded forms,
 * absolute paths, other hosts' names in Host (DNS rebinding) and symbolic links; it serves the
 * current PDF and nothing else of its folder; a busy port is a usage error.
 */
import { mkdtempSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal } from '../../src/serve/http.js';
import { runCli } from '../helpers.js';
import { startServe, type ServeSession } from './session.js';

let s: ServeSession;
const secret = join(mkdtempSync(join(tmpdir(), 'deck-secret-')), 'hemmelig.txt');
writeFileSync(secret, 'HEMMELIG-INNHOLD');

beforeAll(async () => {
  s = await startServe();
  expect((await s.next()).ok).toBe(true);
});
afterAll(async () => {
  expect(await s.stop()).toBe(0);
});

/** Sends one request exactly as written (no client tidies the path) and reads the answer. */
function raw(target: string, host: string | null = `127.0.0.1:${s.port}`, method = 'GET', address = '127.0.0.1'): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: address, port: s.port });
    let data = '';
    socket.on('connect', () => socket.write(`${method} ${target} HTTP/1.1\r\n${host === null ? '' : `Host: ${host}\r\n`}Connection: close\r\n\r\n`));
    socket.on('data', (d) => (data += d.toString('latin1')));
    socket.on('error', reject);
    socket.on('end', () => {
      const [head, ...rest] = data.split('\r\n\r\n');
      resolve({ status: Number(head!.split(' ')[1]), headers: head!, body: rest.join('\r\n\r\n') });
    });
  });
}

describe('deck serve: where it answers', () => {
  it('listens on 127.0.0.1 only: other loopback addresses and IPv6 are refused', async () => {
    expect(s.url).toBe(`http://127.0.0.1:${s.port}/`);
    expect((await raw('/')).status).toBe(200);
    for (const address of ['127.0.0.2', '::1']) {
      const err = await raw('/', `127.0.0.1:${s.port}`, 'GET', address).then(
        () => null,
        (e: NodeJS.ErrnoException) => e.code,
      );
      expect(['ECONNREFUSED', 'EADDRNOTAVAIL', 'ENETUNREACH'], address).toContain(err);
    }
  });

  it('answers its own name (127.0.0.1:PORT, localhost:PORT) and refuses any other Host (DNS rebinding)', async () => {
    expect((await raw('/', `localhost:${s.port}`)).status).toBe(200);
    expect((await raw('/', `LOCALHOST:${s.port}`)).status).toBe(200);
    for (const host of ['evil.example', `evil.example:${s.port}`, `127.0.0.1.nip.io:${s.port}`, `127.0.0.1:${s.port + 1}`, '127.0.0.1', `localhost:${s.port}.evil.example`, null]) {
      const r = await raw('/', host);
      // Without a Host at all, Node's own parser answers 400 before deck sees the request.
      expect(host === null ? [400, 403] : [403], String(host)).toContain(r.status);
      expect(r.body).not.toContain('<html');
    }
    // The event stream and the PDF as well, not only the page.
    expect((await raw('/hendelser', 'evil.example')).status).toBe(403);
    expect((await raw('/mini.pdf', `evil.example:${s.port}`)).status).toBe(403);
  });
});

describe('deck serve: what it serves', () => {
  it('serves its page, its script, style sheet and fonts, the current slides, PDF and HTML edition', async () => {
    const page = await raw('/');
    expect(page.headers).toMatch(/content-security-policy: default-src 'none'; script-src 'self'/i);
    expect(page.body).toContain('<html lang="nb">');
    expect((await raw('/deck-serve.js')).status).toBe(200);
    expect((await raw('/deck-serve.css')).body).toContain('@font-face');
    expect((await raw('/fonts/regular.ttf')).status).toBe(200);
    const pdf = await raw('/mini.pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.headers).toMatch(/content-type: application\/pdf/i);
    expect(pdf.headers).toMatch(/content-disposition: attachment; filename="mini.pdf"/i);
    expect(pdf.body.startsWith('%PDF-')).toBe(true);
    const html = await raw('/mini.html');
    expect(html.status).toBe(200);
    expect(html.body).toContain('<main id="lysbilder">');
  });

  it.each([
    ['/../package.json'],
    ['/lysbilder/../../package.json'],
    ['/%2e%2e/package.json'],
    ['/%2E%2E%2Fpackage.json'],
    ['/lysbilder/%2e%2e%2f%2e%2e%2fpackage.json'],
    ['/..%5cpackage.json'],
    ['/.%2e/.%2e/etc/passwd'],
    ['//etc/passwd'],
    ['/etc/passwd'],
    [`/${process.cwd()}/package.json`],
    ['http://127.0.0.1/../package.json'],
    ['/package.json'],
    ['/src/cli/main.ts'],
    ['/fonts/../../package.json'],
    ['/%00'],
  ])('refuses %s', async (target) => {
    const r = await raw(target);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect(r.body).not.toContain('altinn-deck');
    expect(r.body).not.toContain('root:');
  });

  it('refuses other methods', async () => {
    expect((await raw('/', undefined, 'POST')).status).toBe(405);
    expect((await raw('/mini.pdf', undefined, 'DELETE')).status).toBe(405);
  });

  it('serves only the current PDF, never another file of its folder', async () => {
    writeFileSync(join(s.out, '..', 'annen.pdf'), '%PDF-1.7 annen');
    expect((await raw('/annen.pdf')).status).toBe(404);
    expect((await raw('/mini.pdf.tmp')).status).toBe(404);
  });

  it('does not follow a symbolic link put in the place of the PDF', async () => {
    const kept = `${s.out}.kept`;
    renameSync(s.out, kept);
    symlinkSync(secret, s.out);
    try {
      const r = await raw('/mini.pdf');
      expect(r.status).toBe(404);
      expect(r.body).not.toContain('HEMMELIG');
    } finally {
      renameSync(kept, s.out);
    }
    expect((await raw('/mini.pdf')).status).toBe(200);
  });

  it('checks a request before any route sees it', () => {
    const ok = { method: 'GET', url: '/', headers: { host: '127.0.0.1:4173' } };
    expect(refusal(ok, 4173)).toBeUndefined();
    expect(refusal({ ...ok, headers: { host: 'attacker.example:4173' } }, 4173)?.status).toBe(403);
    expect(refusal({ ...ok, url: '/a/%2e%2e/b' }, 4173)?.status).toBe(400);
    expect(refusal({ ...ok, url: '/%E0%A4%A' }, 4173)?.status).toBe(400);
  });
});

describe('deck serve on the command line', () => {
  it('a port in use is a usage error (exit 2) that says what to do', async () => {
    const blocker = createNetServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = await runCli(['serve', 'tests/fixtures/mini', '--port', String(port)]);
      expect(r.code).toBe(2);
      expect(r.err).toBe(`deck: port ${port} brukes allerede av et annet program. Velg en annen port, for eksempel npx deck serve --port ${port + 1}.\nSkriv npx deck --help for å se hva du kan skrive.\n`);
    } finally {
      blocker.close();
    }
  });

  it.each(['stor', '-1', '70000', '80.5'])('--port %s is a usage error', async (value) => {
    const r = await runCli(['serve', 'tests/fixtures/mini', `--port=${value}`]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`deck: --port må være et helt tall fra 0 til 65535, men her står «${value}».`);
  });

  it('a folder that does not exist is the only thing it says (exit 1), and it stops listening', async () => {
    const r = await runCli(['serve', 'tests/fixtures/finnes-ikke', '--port', '0']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('tests/fixtures/finnes-ikke: fant ikke mappen. Skriv navnet på en utgavemappe med deck.yaml i, for eksempel content/2025-11.\ndeck: fant 1 feil, så ingenting er skrevet.\n');
  });

  it('--port belongs to serve only', async () => {
    const r = await runCli(['build', 'tests/fixtures/mini', '--port', '5000']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('deck: --port kan bare brukes med serve.');
  });
});

