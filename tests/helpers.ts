import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const MINI = 'tests/fixtures/mini';

/** A copy of an edition folder in a temp dir, with some files replaced (null deletes). */
export function editionWith(files: Record<string, string | null> = {}, from = MINI): string {
  const dir = mkdtempSync(join(tmpdir(), 'deck-'));
  cpSync(from, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    if (text === null) rmSync(join(dir, name));
    else writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** Runs the CLI in-process and captures its output. */
export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { main } = await import('../src/cli/main.js');
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}
