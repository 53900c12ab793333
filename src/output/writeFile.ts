/**
 * Writes an output file so that readers never see half of it: the bytes go to a temporary file in
 * the output's folder, which is then renamed over the old file. If anything fails, the old file is
 * left as it was and the temporary file is removed.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeOutputFile(file: string, bytes: Uint8Array): void {
  const dir = dirname(file) || '.';
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
