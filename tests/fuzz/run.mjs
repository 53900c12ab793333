// npm run fuzz [-- RUNS [SEED]]: the fuzz test of tests/fuzz/fuzz.test.ts with 10 000 cases (or
// RUNS) and a new seed (or SEED), printing the seed and the result. A failing case is printed by
// fast-check, shrunk, with the seed and path to replay it (FUZZ_SEED=… and the same RUNS).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const [runs = '10000', seed] = process.argv.slice(2);
const vitest = resolve('node_modules', 'vitest', 'vitest.mjs');
const r = spawnSync(process.execPath, [vitest, 'run', 'tests/fuzz'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, ...(seed === undefined ? {} : { FUZZ_SEED: seed }) },
});
process.exit(r.status ?? 1);
