// `npm run fuzz [-- --runs N] [--seed S]`: the long fuzz run of docs/reliability.md.
// The same property as the bounded run in `npm test`
// (packages/language/test/robustness/fuzz.test.ts), with more inputs and larger
// sizes. It runs in a worker thread so that a hang is caught too: when no input
// finishes for HANG_MS, the worker is stopped and the input it was on is printed.
// Builds the language package first (incremental), like `npm test`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parseArgs } from 'node:util';

const DEFAULT_RUNS = 10_000;
const HANG_MS = 60_000;

if (isMainThread) {
    const { values } = parseArgs({
        options: {
            runs: { type: 'string', default: process.env.CITYPACT_FUZZ_RUNS ?? String(DEFAULT_RUNS) },
            seed: { type: 'string', default: process.env.CITYPACT_FUZZ_SEED ?? String(Date.now() % 2 ** 31) },
        },
    });
    const runs = Number(values.runs);
    const seed = Number(values.seed);
    if (!Number.isInteger(runs) || runs <= 0 || !Number.isInteger(seed)) {
        console.error('usage: npm run fuzz -- [--runs N] [--seed S]');
        process.exit(2);
    }
    const root = fileURLToPath(new URL('..', import.meta.url));
    const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-b', 'packages/language'], { cwd: root, stdio: 'inherit' });
    if (tsc.status !== 0) process.exit(tsc.status ?? 1);
    console.log(`fuzz: ${runs} inputs, seed ${seed} (repeat with --seed ${seed})`);
    const started = Date.now();
    const worker = new Worker(new URL(import.meta.url), { workerData: { runs, seed } });
    let lastInput = '(none yet)';
    let lastBeat = Date.now();
    let count = 0;
    const watchdog = setInterval(() => {
        if (Date.now() - lastBeat > HANG_MS) {
            console.error(`fuzz: HANG: no progress for ${HANG_MS / 1000} s after input ${count}:\n${lastInput}`);
            void worker.terminate();
            process.exit(1);
        }
    }, 1_000);
    worker.on('message', message => {
        if (message.type === 'input') {
            lastInput = message.description;
            lastBeat = Date.now();
            if (++count % 500 === 0) console.log(`fuzz: ${count} inputs, ${((Date.now() - started) / 1000).toFixed(0)} s`);
        } else if (message.type === 'done') {
            clearInterval(watchdog);
            const seconds = ((Date.now() - started) / 1000).toFixed(0);
            if (message.failed) {
                console.error(`fuzz: FAILED after ${message.numRuns} inputs (${seconds} s)\n${message.report}`);
                process.exit(1);
            }
            console.log(`fuzz: ${message.numRuns} inputs passed in ${seconds} s (seed ${seed})`);
            process.exit(0);
        }
    });
    worker.on('error', error => {
        clearInterval(watchdog);
        console.error(`fuzz: the worker crashed on:\n${lastInput}\n`, error);
        process.exit(1);
    });
} else {
    await import('./polyfill.mjs');
    const fc = (await import('fast-check')).default;
    const { fuzzExamples } = await import('../packages/language/out/test/robustness/fuzz-examples.js');
    const { LONG_LIMITS } = await import('../packages/language/out/test/robustness/mutations.js');
    const details = await fuzzExamples({
        numRuns: workerData.runs,
        seed: workerData.seed,
        limits: LONG_LIMITS,
        boundMs: 20_000,
        onInput: description => parentPort.postMessage({ type: 'input', description }),
    });
    parentPort.postMessage({
        type: 'done',
        failed: details.failed,
        numRuns: details.numRuns,
        report: details.failed ? `${fc.defaultReportMessage(details)}\n\n${details.errorInstance?.stack ?? details.errorInstance}` : '',
    });
}
