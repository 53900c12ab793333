#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { loadMain } from './fastStart.js';

// A one-shot build runs for about a second: V8's optimising compilers would spend more CPU
// compiling than their code saves, and on a 2-core machine they compete with the build itself
// (measured: 1.6 s of CPU → 0.95 s, and 10–15 % less wall time). A long-lived `deck watch`
// or `deck serve` keeps them, since its rebuilds run the same code again and again.
const oneShot = process.argv[2] !== 'watch' && process.argv[2] !== 'serve';
if (oneShot) setFlagsFromString('--max-opt=1');

const main = await loadMain(oneShot);
process.exitCode = await main(process.argv.slice(2));
