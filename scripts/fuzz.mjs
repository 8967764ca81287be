// `npm run fuzz [-- --runs N] [--seed S]`: the long fuzz run of docs/reliability.md.
// `npm run fuzz -- --slips`: the §4.1 mutation test at full size: every token of every
// example and fixture deleted, duplicated and misspelt in turn; prints the number of
// false diagnostics (0 expected) and fails on any (packages/language/test/robustness/slips.ts).
// `npm run fuzz -- --hostile [--runs N] [--seed S]`: the hostile-input suite instead
// (packages/cli/test/robustness/hostile-suite.ts: adversarial paths, text and LSP
// traffic; 10,000 cases by default), in a child process under the same watchdog.
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
            hostile: { type: 'boolean', default: false },
            slips: { type: 'boolean', default: false },
        },
    });
    const runs = Number(values.runs);
    const seed = Number(values.seed);
    if (!Number.isInteger(runs) || runs <= 0 || !Number.isInteger(seed)) {
        console.error('usage: npm run fuzz -- [--runs N] [--seed S]');
        process.exit(2);
    }
    const root = fileURLToPath(new URL('..', import.meta.url));
    if (values.hostile) await runHostile(root, runs, seed);
    if (values.slips) await runSlips(root);
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

/** The hostile suite: builds the CLI (its LSP cases start the bundled server), runs, watches, reports. */
async function runHostile(root, runs, seed) {
    const { spawn } = await import('node:child_process');
    for (const args of [['node_modules/typescript/bin/tsc', '-b', 'tsconfig.json'], ['packages/cli/esbuild.mjs']]) {
        const built = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
        if (built.status !== 0) process.exit(built.status ?? 1);
    }
    console.log(`hostile: ${runs} cases, seed ${seed} (repeat with --hostile --seed ${seed})`);
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', './scripts/polyfill.mjs', 'packages/cli/out/test/robustness/hostile-run.js', '--runs', String(runs), '--seed', String(seed)],
        { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let lastCase = '(none yet)';
    let lastBeat = Date.now();
    let result;
    let buffer = '';
    child.stdout.on('data', chunk => {
        buffer += chunk;
        let newline;
        while ((newline = buffer.indexOf('\n')) >= 0) {
            const line = buffer.slice(0, newline);
            buffer = buffer.slice(newline + 1);
            lastBeat = Date.now();
            if (line.startsWith('RESULT ')) result = JSON.parse(line.slice(7));
            else if (line.startsWith('case ')) {
                lastCase = line;
                const index = Number(line.slice(5, line.indexOf(':')));
                if ((index + 1) % 1000 === 0) console.log(`hostile: ${index + 1} cases, ${((Date.now() - started) / 1000).toFixed(0)} s`);
            }
        }
    });
    const watchdog = setInterval(() => {
        if (Date.now() - lastBeat > HANG_MS) {
            console.error(`hostile: HANG: no progress for ${HANG_MS / 1000} s on ${lastCase}`);
            child.kill('SIGKILL');
            process.exit(1);
        }
    }, 1_000);
    const code = await new Promise(resolve => child.on('exit', resolve));
    clearInterval(watchdog);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    if (code !== 0 || !result) {
        console.error(`hostile: the runner crashed (exit ${code}) on ${lastCase}`);
        process.exit(1);
    }
    if (result.findings.length) {
        for (const finding of result.findings.slice(0, 50)) console.error(`hostile: FINDING in ${finding.case}: ${finding.problem}`);
        console.error(`hostile: ${result.findings.length} findings in ${runs} cases (${seconds} s, seed ${seed})`);
        process.exit(1);
    }
    console.log(`hostile: ${runs} cases, zero findings, in ${seconds} s (seed ${seed})`);
    process.exit(0);
}

/** Every slip of every example and fixture through the §4.1 oracle; exits 1 on any false diagnostic. */
async function runSlips(root) {
    const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-b', 'packages/language'], { cwd: root, stdio: 'inherit' });
    if (tsc.status !== 0) process.exit(tsc.status ?? 1);
    await import('./polyfill.mjs');
    const { allSlips, falseDiagnostics, describeSlip } = await import('../packages/language/out/test/robustness/slips.js');
    const slips = allSlips();
    const started = Date.now();
    console.log(`slips: ${slips.length} one-token slips (delete, duplicate, misspell)`);
    const { broken, found } = await falseDiagnostics(slips, index => {
        if ((index + 1) % 1000 === 0) console.log(`slips: ${index + 1}, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    for (const { slip, diagnostic } of found.slice(0, 50)) console.error(`slips: FALSE after ${describeSlip(slip)}: ${diagnostic}`);
    console.log(`slips: ${slips.length} slips, ${broken} break the parse, ${found.length} false diagnostics (${seconds} s)`);
    process.exit(found.length === 0 ? 0 : 1);
}
