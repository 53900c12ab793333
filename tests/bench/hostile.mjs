// npm run bench:hostile [-- --runs N] [--only TEXT]
// How long deck check and deck build take to accept or refuse input made to be slow: very many
// fields or list items, a very long text, texts that make pattern matching backtrack, an alias
// bomb, brackets nested deep. Each case is one slide file added to a copy of the November edition;
// each run is a fresh process (as an editor runs it), and the median wall time is printed with
// the exit code and the first line of what deck said. Cases that hang are stopped after 120 s.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const runs = Number(option('--runs') ?? 3);
const only = option('--only');
const bin = resolve('lib/cli/bin.js');
const work = mkdtempSync(join(tmpdir(), 'deck-hostile-'));

const keys = (n) => Array.from({ length: n }, (_, i) => `k${String(i).padStart(5, '0')}: 1`).join('\n') + '\n';
const paragraph = (text) => `layout: text\ntitle: Test\nbody:\n  - text: ${text}\n`;
/** A text on short lines (a folded block), so that no line is long. */
const folded = (text) => `layout: text\ntitle: Test\nbody:\n  - text: >\n${text.match(/.{1,70}/g).map((l) => `      ${l}`).join('\n')}\n`;
const bomb = () => {
  const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
  const lines = ['layout: text', 'title: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < names.length; i++) lines.push(`${names[i]}: &${names[i]} [${Array(5).fill(`*${names[i - 1]}`).join(', ')}]`);
  return lines.join('\n') + '\n';
};

const CASES = {
  '40 000 fields': keys(40_000),
  '12 000 fields (under the size limit)': keys(12_000),
  '100 000 list items': `layout: text\ntitle: Test\nbody:\n  - bullets:\n${'      - a\n'.repeat(100_000)}`,
  '30 000 list items (under the size limit)': `layout: list-columns\ntitle: Test\nitems:\n${'- a\n'.repeat(30_000)}`,
  '20 MB paragraph': paragraph('Mye tekst her. '.repeat(1_400_000)),
  '20 kB of a.a.a… on one line': paragraph('a.'.repeat(10_000)),
  '3 900 characters of a.a.a… (short lines)': folded('a.'.repeat(1_950)),
  '3 900 characters of a@a.a@a… (short lines)': folded('a@a.'.repeat(975)),
  '3 900 characters of [[[… (short lines)': folded('['.repeat(3_900)),
  '3 900 characters of **a … (short lines)': folded('**a '.repeat(975)),
  '3 900 characters of https://a… (short lines)': folded(`https://${'a'.repeat(3_880)}`),
  'an alias bomb (8 levels of 5 aliases)': bomb(),
  '40 000 nested brackets': `layout: text\ntitle: [\n${' [\n'.repeat(40_000)}`,
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function once(command, dir) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, command, dir, ...(command === 'build' ? ['-o', join(work, 'out.pdf')] : [])], { encoding: 'utf8', timeout: 120_000 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const said = (r.stderr ?? '').split('\n').find((l) => l && !l.includes('advarsel:')) ?? '';
  return { ms, code: r.status ?? `killed (${r.signal})`, said: said.replaceAll(relative(process.cwd(), dir), 'DIR').replaceAll(dir, 'DIR').slice(0, 110) };
}

console.log(`deck check and deck build on hostile input: median of ${runs} fresh processes each`);
for (const [name, text] of Object.entries(CASES)) {
  if (only && !name.includes(only)) continue;
  const dir = join(work, 'edition');
  rmSync(dir, { recursive: true, force: true });
  cpSync(resolve('content/2025-11'), dir, { recursive: true });
  writeFileSync(join(dir, '41-test.yaml'), text);
  console.log(`  ${name} (${(Buffer.byteLength(text) / 1024).toFixed(0)} kB)`);
  for (const command of ['check', 'build']) {
    const rs = Array.from({ length: runs }, () => once(command, dir));
    console.log(`    ${command.padEnd(5)} ${median(rs.map((r) => r.ms)).toFixed(0).padStart(6)} ms  exit ${rs[0].code}  ${rs[0].said}`);
  }
}
rmSync(work, { recursive: true, force: true });
