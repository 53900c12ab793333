/** Where the project's own files are: the folder holding package.json, found from this module. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return dir;
    if (dirname(dir) === dir) throw new Error(`cannot find the deck project folder above ${from}`);
  }
}

export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const TEMPLATES_DIR = join(ROOT, 'templates');
export const ASSETS_DIR = join(ROOT, 'assets');
