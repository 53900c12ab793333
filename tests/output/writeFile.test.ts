import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputFile } from '../../src/output/writeFile.js';

describe('writing the output file', () => {
  it('creates the folder, writes the bytes and leaves no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-out-'));
    const file = join(dir, 'dist', 'november-2025.pdf');
    writeOutputFile(file, Buffer.from('%PDF-1.7 ny'));
    expect(readFileSync(file, 'utf8')).toBe('%PDF-1.7 ny');
    writeOutputFile(file, Buffer.from('%PDF-1.7 nyere'));
    expect(readFileSync(file, 'utf8')).toBe('%PDF-1.7 nyere');
    expect(readdirSync(join(dir, 'dist'))).toEqual(['november-2025.pdf']);
  });

  it('leaves what was there and no temporary file when the file cannot be replaced', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-out-'));
    // A folder where the file should be: the rename fails.
    mkdirSync(join(dir, 'deck.pdf'));
    writeFileSync(join(dir, 'deck.pdf', 'inside'), 'x');
    expect(() => writeOutputFile(join(dir, 'deck.pdf'), Buffer.from('%PDF'))).toThrow();
    expect(readdirSync(dir)).toEqual(['deck.pdf']);
    expect(readdirSync(join(dir, 'deck.pdf'))).toEqual(['inside']);
  });
});
