/**
 * `deck serve` as a process: Ctrl+C stops it cleanly (exit 0, no temporary file, the port free
 * again) even while a page is connected to its event stream.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { editionWith } from '../helpers.js';

// The CLI compiled from today's src/ into a folder of its own (lib/ may be being rebuilt by
// another test file); inside the project, so that it finds templates/ and node_modules/.
const bin = join(process.cwd(), 'node_modules', '.cache', 'deck-serve-test');
beforeAll(() => {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--outDir', bin], { stdio: 'ignore' });
}, 120_000);

describe('deck serve as a process', () => {
  it('stops on Ctrl+C (SIGINT) with exit code 0, also with a page connected', async () => {
    const dir = editionWith();
    const child = spawn(process.execPath, [join(bin, 'cli', 'bin.js'), 'serve', dir, '--port', '0'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe']});
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    while (!err.includes('deck: følger med på')) {
      if (child.exitCode !== null) throw new Error(err);
      await new Promise((r) => setTimeout(r, 50));
    }
    const url = err.match(/http:\/\/127\.0\.0\.1:\d+\//)![0];
    // A page's event stream, left open.
    const events = await new Promise<string>((resolve, reject) => {
      get(`${url}hendelser`, (res) => {
        res.setEncoding('utf8');
        let body = '';
        res.on('data', (d: string) => {
          body += d;
          if (body.includes('event: tilstand')) resolve(body);
        });
        res.on('error', () => {});
      }).on('error', reject);
    });
    expect(events).toContain('"ok":true');
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(err).toMatch(/deck: sluttet å følge med\.\ndeck: sluttet å vise lysbildene\.\n$/);
    expect(readdirSync(join(dir, 'dist')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const after = await new Promise<string>((resolve) => get(url, () => resolve('answered')).on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error')));
    expect(after).toBe('ECONNREFUSED');
  }, 60_000);
});
