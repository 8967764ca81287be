// `npm run bench`: the performance benchmark of issue #8 (method: docs/performance.md).
//
// On generated corpora of 100 and 1,000 agreement files (and 5,000 with --full),
// in one run on the same corpora:
//   - parse-only baseline: a process that parses every file and does nothing else;
//   - full check: `citypact check` as a process: wall time, peak RSS, zero errors asserted;
//   - their ratio;
//   - editor latency through the real language server over stdio: didChange of one
//     keystroke → publishDiagnostics, p50/p95, in the 5,000-line file and in the
//     registry file every agreement depends on;
//   - startup: initialize → first diagnostics of the 1,000-file workspace;
//   - bundle sizes of the extension and the server, and activation estimates.
// Prints a table and writes bench-results/bench-<label>-<time>.json and latest.json.
//
// Options:
//   --full               add the 5,000-file tier (about half a minute more)
//   --tiers 100,1000     the tiers to measure (default 100,1000; --full adds 5000; none: only the server)
//   --repeat N           runs per process measurement, medians reported (default 3; 1 for 5,000)
//   --edits N            keystrokes per latency series (default 50)
//   --lsp-tier N         the corpus the language server opens (default 1000)
//   --skip-lsp, --skip-bundles, --no-build
//   --label NAME         part of the JSON file name (e.g. baseline)
//   --profile            also write CPU profiles of a check and of a language-server session, and summarise them
//   --seed N             corpus seed (default 20240808)

import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureCorpus } from './generate.mjs';
import { DIFF_TARGET_RATIO, measureDiff } from './diff-bench.mjs';
import { REPORT_TARGET_RATIO, measureReport } from './report-bench.mjs';
import { NATIONAL_TARGET_RATIO, measureNational } from './national-bench.mjs';
import { BenchLspClient } from './lsp-client.mjs';
import { printProfile, summarizeProfile } from './profile-summary.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const RESULTS = path.join(REPO, 'bench-results');
const BIN = path.join(REPO, 'packages/cli/bin/citypact.js');
const POLYFILL = pathToFileURL(path.join(REPO, 'scripts/polyfill.mjs')).href;
const RSS_HOOK = pathToFileURL(path.join(REPO, 'scripts/bench/rss-hook.mjs')).href;
const PARSE_ONLY = path.join(REPO, 'scripts/bench/parse-only.mjs');

/** Targets of issue #8, on a 2-core machine. */
const TARGETS = {
    ratio: 2.5,
    checkSeconds1000: 10,
    peakRssMb1000: 600,
    keystrokeP95Ms: 150,
};

// ------------------------------------------------------------------ options

function parseOptions(argv) {
    const options = {
        full: false, tiers: undefined, repeat: 3, edits: 50, lspTier: 1000, skipLsp: false,
        skipBundles: false, build: true, label: 'run', profile: false, seed: 20240808,
    };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const value = () => argv[++i];
        switch (arg) {
            case '--full': options.full = true; break;
            case '--tiers': { const v = value(); options.tiers = v === 'none' ? [] : v.split(',').map(Number); break; }
            case '--repeat': options.repeat = Number(value()); break;
            case '--edits': options.edits = Number(value()); break;
            case '--lsp-tier': options.lspTier = Number(value()); break;
            case '--skip-lsp': options.skipLsp = true; break;
            case '--skip-bundles': options.skipBundles = true; break;
            case '--no-build': options.build = false; break;
            case '--label': options.label = value(); break;
            case '--profile': options.profile = true; break;
            case '--seed': options.seed = Number(value()); break;
            case '--help': case '-h':
                {
                    const lines = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
                    console.log(lines.slice(0, lines.findIndex(l => !l.startsWith('//'))).map(l => l.slice(3)).join('\n'));
                }
                process.exit(0);
                break;
            default:
                throw new Error(`unknown option ${arg} (see --help)`);
        }
    }
    options.tiers ??= options.full ? [100, 1000, 5000] : [100, 1000];
    return options;
}

// ------------------------------------------------------------------ statistics

const median = values => quantile(values, 0.5);
/** Nearest-rank quantile: p95 of 50 samples is the 48th smallest. */
function quantile(values, q) {
    if (values.length === 0) return NaN;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
const stats = values => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values });
const round = (value, digits = 0) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : value);
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

function loadAverage() {
    const [one, five, fifteen] = os.loadavg();
    return { one: round(one, 2), five: round(five, 2), fifteen: round(fifteen, 2) };
}

// ------------------------------------------------------------------ processes

/** Runs node with args in cwd; wall time from spawn to exit, peak RSS from the process itself. */
function runNode(args, cwd, env = {}) {
    const rssFile = path.join(os.tmpdir(), `citypact-bench-rss-${process.pid}-${Date.now()}`);
    return new Promise((resolve, reject) => {
        const started = performance.now();
        const child = spawn(process.execPath, ['--import', RSS_HOOK, ...args], {
            cwd, env: { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', ...env, CITYPACT_BENCH_RSS: rssFile },
        });
        const stdout = [];
        let stderr = '';
        child.stdout.on('data', chunk => stdout.push(chunk));
        child.stderr.on('data', chunk => { stderr += chunk; });
        child.on('error', reject);
        child.on('exit', status => {
            const wallMs = performance.now() - started;
            let peakRssMb;
            try {
                peakRssMb = Number(fs.readFileSync(rssFile, 'utf8')) / 1024;
                fs.rmSync(rssFile);
            } catch { /* the process died before writing it */ }
            resolve({ status, wallMs, peakRssMb, stdout: Buffer.concat(stdout).toString('utf8'), stderr });
        });
    });
}

async function parseOnly(root) {
    const run = await runNode(['--import', POLYFILL, PARSE_ONLY, root], REPO);
    if (run.status !== 0) throw new Error(`parse-only failed:\n${run.stderr}`);
    const inner = JSON.parse(run.stdout);
    if (inner.lexerErrors || inner.parserErrors) throw new Error(`the corpus does not parse: ${run.stdout}`);
    return { wallMs: run.wallMs, peakRssMb: run.peakRssMb, ...inner };
}

async function fullCheck(root, extraArgs = []) {
    const run = await runNode([...extraArgs, BIN, 'check', '--format', 'json'], root);
    let report;
    try {
        report = JSON.parse(run.stdout);
    } catch {
        throw new Error(`citypact check printed no JSON (exit ${run.status}):\n${run.stderr.slice(-3000)}`);
    }
    const { summary } = report;
    if (summary.errors > 0 || run.status !== 0) {
        // A corpus with errors would measure a different program: refuse to report figures.
        const first = report.files.flatMap(f => f.diagnostics.filter(d => d.severity === 'error').map(d => `${f.path}:${d.line}:${d.column} ${d.rule} ${d.message}`)).slice(0, 10);
        throw new Error(`the generated corpus has ${summary.errors} errors (exit ${run.status}); the generator is broken:\n${first.join('\n')}`);
    }
    return { wallMs: run.wallMs, peakRssMb: run.peakRssMb, summary };
}

// ------------------------------------------------------------------ tiers

async function measureTier(tier, root, manifest, repeat) {
    const parse = [];
    const check = [];
    for (let i = 0; i < repeat; i++) {
        // Alternate the two, so that drifting machine load affects both alike.
        parse.push(await parseOnly(root));
        check.push(await fullCheck(root));
        process.stdout.write(`  ${tier}: run ${i + 1}/${repeat}: parse-only ${(parse.at(-1).wallMs / 1000).toFixed(2)} s, check ${(check.at(-1).wallMs / 1000).toFixed(2)} s, ${check.at(-1).peakRssMb.toFixed(0)} MB\n`);
    }
    const result = {
        files: manifest.files,
        lines: manifest.lines,
        bytes: manifest.bytes,
        agreementFiles: manifest.agreementFiles,
        parseOnly: {
            wallMs: stats(parse.map(r => r.wallMs)),
            parseMs: stats(parse.map(r => r.parseMs)),
            loadMs: median(parse.map(r => r.loadMs)),
            peakRssMb: median(parse.map(r => r.peakRssMb)),
        },
        check: {
            wallMs: stats(check.map(r => r.wallMs)),
            peakRssMb: stats(check.map(r => r.peakRssMb)),
            summary: check[0].summary,
        },
    };
    result.ratio = result.check.wallMs.median / result.parseOnly.wallMs.median;
    // Without the fixed start-up cost (loading node, langium and the grammar), which both pay.
    result.ratioAfterStartup = (result.check.wallMs.median - result.parseOnly.loadMs) / (result.parseOnly.wallMs.median - result.parseOnly.loadMs);
    return result;
}

// ------------------------------------------------------------------ language server

/** Where to type: just before the closing quote of a string near the middle of the file. */
function stringEnd(text, lineFilter) {
    const lines = text.split('\n');
    const middle = Math.floor(lines.length / 2);
    for (let d = 0; d < lines.length; d++) {
        for (const i of [middle + d, middle - d]) {
            if (i >= 0 && i < lines.length && lineFilter(lines[i])) {
                const line = lines[i];
                const character = lineFilter === anyPurpose ? line.lastIndexOf('"') : line.indexOf('"', line.indexOf('"') + 1);
                return { line: i, character };
            }
        }
    }
    throw new Error('no place to type found');
}
const anyPurpose = line => /^\s+purpose "/.test(line);
const TYPED = '各方按季度通报协议执行情况并接受社会监督';

const nowUs = () => Number(process.hrtime.bigint() / 1000n);

async function measureLsp(root, manifest, edits, execArgv = []) {
    const client = new BenchLspClient(process.execPath, [...execArgv, BIN, 'lsp', '--stdio'], { cwd: root, env: { ...process.env, LANG: 'C' } });
    const publishes = [];
    client.on((method, params, time) => {
        if (method === 'textDocument/publishDiagnostics') publishes.push({ uri: params.uri, time, count: params.diagnostics.length, errors: params.diagnostics.filter(d => d.severity === 1).length });
    });
    const uriOf = relative => pathToFileURL(path.join(root, relative)).toString();
    const expected = new Set(manifest.fileList.map(uriOf));
    /** Waits until `done()` holds (checked at each publish). */
    const waitUntil = (done, timeoutMs = 600_000) => new Promise((resolve, reject) => {
        if (done()) return resolve();
        const off = client.on(method => {
            if (method === 'textDocument/publishDiagnostics' && done()) {
                off();
                clearTimeout(timer);
                resolve();
            }
        });
        const timer = setTimeout(() => { off(); reject(new Error(`language server: timed out\n${client.stderr.slice(-2000)}`)); }, timeoutMs);
    });
    /** The time of the last publish once none has arrived for `quietMs`. */
    const settle = async (quietMs = 300) => {
        for (;;) {
            const count = publishes.length;
            await sleep(quietMs);
            if (publishes.length === count) return publishes.at(-1)?.time;
        }
    };

    const result = { phasesUs: {} };
    try {
        // Startup, as when an editor opens a folder with one agreement showing: initialize,
        // initialized, didOpen at once → that file's diagnostics (the server first loads and
        // links the whole workspace; its first build does not validate) → diagnostics for every
        // file (the first update validates all documents, the open one first).
        const first = manifest.fileList.find(f => f.startsWith('agreements/'));
        const firstUri = uriOf(first);
        const started = performance.now();
        await client.initialize(root);
        const initialized = performance.now();
        client.notify('textDocument/didOpen', { textDocument: { uri: firstUri, languageId: 'citypact', version: 1, text: fs.readFileSync(path.join(root, first), 'utf8') } });
        const seen = new Set();
        let scanned = 0;
        let errors = 0;
        let firstDiagnostics;
        await waitUntil(() => {
            for (; scanned < publishes.length; scanned++) {
                const p = publishes[scanned];
                if (p.uri === firstUri) firstDiagnostics ??= p.time;
                if (expected.has(p.uri)) seen.add(p.uri);
                errors += p.errors;
            }
            return seen.size >= expected.size;
        });
        const allPublished = publishes.at(-1).time;
        result.startup = {
            initializeMs: initialized - started,
            firstDiagnosticsMs: firstDiagnostics - started,
            allDiagnosticsMs: allPublished - started,
            files: expected.size,
            errors,
        };
        const memory = () => {
            try {
                const status = fs.readFileSync(`/proc/${client.child.pid}/status`, 'utf8');
                return { rssMb: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024, peakRssMb: Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]) / 1024 };
            } catch {
                return {}; // not Linux
            }
        };
        result.startup.serverRssMb = memory().rssMb;
        if (errors > 0) throw new Error(`the language server reports ${errors} errors in the corpus`);
        await settle(500);

        // Open the large file and the shared registry, as an editor would.
        const large = { uri: uriOf(manifest.largeFile), text: fs.readFileSync(path.join(root, manifest.largeFile), 'utf8'), version: 1 };
        const registry = { uri: uriOf(manifest.sharedRegistry), text: fs.readFileSync(path.join(root, manifest.sharedRegistry), 'utf8'), version: 1 };
        for (const doc of [large, registry]) {
            const from = publishes.length;
            client.notify('textDocument/didOpen', { textDocument: { uri: doc.uri, languageId: 'citypact', version: doc.version, text: doc.text } });
            await waitUntil(() => publishes.slice(from).some(p => p.uri === doc.uri));
            await settle();
        }

        /** CPU time (user + system, all threads) the server has used so far, in ms; undefined off Linux. */
        const serverCpuMs = () => {
            try {
                const fields = fs.readFileSync(`/proc/${client.child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
                return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms
            } catch {
                return undefined;
            }
        };
        /** Types `count` characters into a string of `doc`, one didChange each, timing each to the file's diagnostics. */
        const typeInto = async (doc, place, count, { waitForSettle }) => {
            const cpuBefore = serverCpuMs();
            const samples = [];
            const settled = [];
            const revalidated = [];
            for (let k = 0; k < count; k++) {
                const character = place.character + k;
                const text = TYPED[k % TYPED.length];
                const from = publishes.length;
                doc.version++;
                const sent = performance.now();
                client.notify('textDocument/didChange', {
                    textDocument: { uri: doc.uri, version: doc.version },
                    contentChanges: [{ range: { start: { line: place.line, character }, end: { line: place.line, character } }, text }],
                });
                await waitUntil(() => publishes.slice(from).some(p => p.uri === doc.uri));
                const own = publishes.slice(from).find(p => p.uri === doc.uri);
                if (own.errors > 0) throw new Error(`typing into ${doc.uri} produced ${own.errors} errors`);
                samples.push(own.time - sent);
                if (waitForSettle) {
                    const last = await settle(250);
                    settled.push(last - sent);
                } else {
                    // Between keystrokes, as a fast typist would leave.
                    await sleep(30);
                }
                revalidated.push(new Set(publishes.slice(from).map(p => p.uri)).size);
            }
            const cpuAfter = serverCpuMs();
            return {
                edits: count,
                // The server's CPU time per keystroke (all its threads, GC included): less sensitive
                // than wall time to other processes on the machine.
                serverCpuMsPerEdit: cpuBefore === undefined ? undefined : (cpuAfter - cpuBefore) / count,
                p50Ms: quantile(samples, 0.5),
                p95Ms: quantile(samples, 0.95),
                maxMs: Math.max(...samples),
                samplesMs: samples.map(s => round(s, 1)),
                ...(waitForSettle ? { settleP50Ms: quantile(settled, 0.5), settleP95Ms: quantile(settled, 0.95) } : {}),
                documentsRevalidated: median(revalidated),
            };
        };

        result.phasesUs.largeFile = [nowUs()];
        result.largeFile = { path: manifest.largeFile, lines: manifest.largeFileLines, ...await typeInto(large, stringEnd(large.text, anyPurpose), edits, { waitForSettle: false }) };
        result.phasesUs.largeFile.push(nowUs());
        await settle();
        result.phasesUs.registry = [nowUs()];
        const dependents = manifest.agreementFiles;
        result.registry = {
            path: manifest.sharedRegistry, dependents,
            ...await typeInto(registry, stringEnd(registry.text, line => line.startsWith('department DevelopmentReform')), edits, { waitForSettle: true }),
        };
        result.phasesUs.registry.push(nowUs());
        result.serverPeakRssMb = memory().peakRssMb;
    } finally {
        await client.shutdown();
    }
    return result;
}

// ------------------------------------------------------------------ bundles

async function measureBundles(build) {
    const dist = path.join(REPO, 'packages/extension/dist');
    const result = { built: false };
    if (build) {
        const started = performance.now();
        const run = spawnSync(process.execPath, ['packages/extension/esbuild.mjs'], { cwd: REPO, encoding: 'utf8' });
        result.built = run.status === 0;
        result.buildMs = performance.now() - started;
        if (run.status !== 0) result.buildError = (run.stderr || run.stdout).slice(-1000);
    }
    for (const name of ['extension.cjs', 'server.cjs']) {
        const file = path.join(dist, name);
        if (!fs.existsSync(file)) continue;
        const bytes = fs.readFileSync(file);
        result[name] = { bytes: bytes.length, gzipBytes: zlib.gzipSync(bytes, { level: 9 }).length, mtime: fs.statSync(file).mtime.toISOString() };
    }
    // Loading the extension bundle (module evaluation) with a stub `vscode`, median of 5 fresh processes.
    if (result['extension.cjs']) {
        const script = `
            const Module = require('module');
            const resolve = Module._resolveFilename;
            Module._resolveFilename = function (request, ...rest) {
                return request === 'vscode' ? ${JSON.stringify(path.join(REPO, 'scripts/bench/vscode-stub.cjs'))} : resolve.call(this, request, ...rest);
            };
            const t = performance.now();
            const ext = require(${JSON.stringify(path.join(dist, 'extension.cjs'))});
            process.stdout.write(JSON.stringify({ ms: performance.now() - t, activate: typeof ext.activate }));`;
        const times = [];
        for (let i = 0; i < 5; i++) {
            const run = spawnSync(process.execPath, ['-e', script], { cwd: REPO, encoding: 'utf8' });
            if (run.status === 0) times.push(JSON.parse(run.stdout).ms);
            else { result.extensionLoadError = run.stderr.slice(-500); break; }
        }
        if (times.length) result.extensionLoadMs = median(times);
    }
    // The server bundle: spawn → initialize answered (what the client waits for on activation).
    if (result['server.cjs']) {
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'citypact-bench-empty-'));
        fs.writeFileSync(path.join(folder, 'citypact.json'), '{}\n');
        const times = [];
        try {
            for (let i = 0; i < 5; i++) {
                const started = performance.now();
                const client = new BenchLspClient(process.execPath, [path.join(dist, 'server.cjs'), '--stdio'], { cwd: folder });
                await client.initialize(folder);
                times.push(performance.now() - started);
                await client.shutdown();
            }
            result.serverStartToInitializeMs = median(times);
        } catch (error) {
            result.serverStartError = String(error).slice(0, 500);
        } finally {
            fs.rmSync(folder, { recursive: true, force: true });
        }
    }
    return result;
}

// ------------------------------------------------------------------ report

const s = ms => (ms / 1000).toFixed(2);
const pct = value => `${(value * 100).toFixed(0)}%`;

function printReport(report) {
    const out = [];
    const line = (...cells) => out.push(cells.join(''));
    out.push('');
    out.push(`CityPact benchmark (${report.machine.cpus} cores, ${report.machine.cpuModel}, node ${report.machine.node}); load average at start ${report.load.start.one}, at end ${report.load.end.one}`);
    out.push('');
    line('tier'.padEnd(7), 'files'.padStart(7), 'lines'.padStart(9), '  parse-only'.padStart(12), '  (parsing)'.padStart(11), '  check'.padStart(9), '  min-max'.padStart(14), '  peak RSS'.padStart(10), '  ratio'.padStart(7), '  ratio-load'.padStart(12), '  check ms/kline'.padStart(16));
    for (const [tier, t] of Object.entries(report.tiers)) {
        line(
            tier.padEnd(7), String(t.files).padStart(7), String(t.lines).padStart(9),
            `${s(t.parseOnly.wallMs.median)} s`.padStart(12), `${s(t.parseOnly.parseMs.median)} s`.padStart(11),
            `${s(t.check.wallMs.median)} s`.padStart(9), `${s(t.check.wallMs.min)}-${s(t.check.wallMs.max)}`.padStart(14),
            `${t.check.peakRssMb.median.toFixed(0)} MB`.padStart(10), `${t.ratio.toFixed(2)}×`.padStart(7), `${t.ratioAfterStartup.toFixed(2)}×`.padStart(12),
            (t.check.wallMs.median / (t.lines / 1000)).toFixed(1).padStart(16),
        );
    }
    out.push('  parse-only and check are wall times of whole processes (median); (parsing) is the parse phase inside parse-only;');
    out.push('  ratio = check ÷ parse-only; ratio-load = the same without the start-up both pay (loading node, langium, the grammar).');
    if (report.national) {
        const r = report.national;
        out.push(`citypact check of the ${r.tier}-file corpus with "stdlib": "national": ${s(r.nationalWallMs)} s, peak ${r.nationalPeakRssMb?.toFixed(0)} MB; with "stdlib": true ${s(r.standardWallMs)} s: ${r.ratio.toFixed(2)}× (target ≤ ${NATIONAL_TARGET_RATIO}×)`);
    }
    if (report.report) {
        const r = report.report;
        out.push(`citypact report of the ${r.tier}-file corpus (${r.agreements} agreements): ${s(r.reportWallMs)} s, peak ${r.reportPeakRssMb?.toFixed(0)} MB; check of the same corpus ${s(r.checkWallMs)} s: ${r.ratio.toFixed(2)}× (target ≤ ${REPORT_TARGET_RATIO}×)`);
    }
    if (report.diff) {
        const d = report.diff;
        out.push('');
        out.push(`citypact diff, ${d.agreementsCompared} agreements against a copy with one amended (${d.amended}): ${s(d.diffWallMs)} s, peak ${d.diffPeakRssMb?.toFixed(0)} MB; check of the same workspace ${s(d.checkWallMs)} s: ${d.ratio.toFixed(2)}× (target ≤ ${DIFF_TARGET_RATIO}×)`);
    }
    if (report.lsp) {
        const { startup, largeFile, registry } = report.lsp;
        out.push('');
        out.push(`language server on the ${report.lsp.tier}-file corpus (${startup.files} files):`);
        out.push(`  startup: initialize ${s(startup.initializeMs)} s, first diagnostics ${s(startup.firstDiagnosticsMs)} s, all diagnostics ${s(startup.allDiagnosticsMs)} s`);
        out.push(`  keystroke in the ${largeFile.lines}-line file → its diagnostics: p50 ${largeFile.p50Ms.toFixed(0)} ms, p95 ${largeFile.p95Ms.toFixed(0)} ms, max ${largeFile.maxMs.toFixed(0)} ms (${largeFile.edits} edits; ${largeFile.documentsRevalidated} document(s) revalidated per keystroke; server CPU ${largeFile.serverCpuMsPerEdit?.toFixed(0) ?? '?'} ms per keystroke)`);
        out.push(`  keystroke in ${registry.path} (${registry.dependents} agreements depend on it) → its diagnostics: p50 ${registry.p50Ms.toFixed(0)} ms, p95 ${registry.p95Ms.toFixed(0)} ms; every dependent re-checked: p50 ${registry.settleP50Ms.toFixed(0)} ms, p95 ${registry.settleP95Ms.toFixed(0)} ms (${registry.documentsRevalidated} documents; server CPU ${registry.serverCpuMsPerEdit?.toFixed(0) ?? '?'} ms per keystroke)`);
        if (report.lsp.serverPeakRssMb) out.push(`  server RSS ${startup.serverRssMb?.toFixed(0)} MB after startup, peak ${report.lsp.serverPeakRssMb.toFixed(0)} MB after the keystrokes`);
    }
    if (report.bundles) {
        const b = report.bundles;
        out.push('');
        const size = f => (b[f] ? `${(b[f].bytes / 1024).toFixed(0)} KiB (gzip ${(b[f].gzipBytes / 1024).toFixed(0)} KiB)` : 'missing');
        out.push(`bundles${b.built ? '' : ' (not rebuilt: existing dist/)'}: extension.cjs ${size('extension.cjs')}, server.cjs ${size('server.cjs')}`);
        out.push(`  activation estimate: load extension.cjs ${b.extensionLoadMs?.toFixed(0) ?? '?'} ms + server spawn → initialize ${b.serverStartToInitializeMs?.toFixed(0) ?? '?'} ms`);
        if (b.buildError) out.push(`  bundle build failed: ${b.buildError.split('\n')[0]}`);
    }
    out.push('');
    out.push('targets:');
    for (const t of report.targets) out.push(`  ${t.met === undefined ? '?' : t.met ? '✔' : '✘'} ${t.name}: ${t.actual}`);
    out.push('');
    console.log(out.join('\n'));
}

function evaluateTargets(report) {
    const targets = [];
    const t1000 = report.tiers['1000'];
    if (t1000) {
        targets.push({ name: `full check ≤ ${TARGETS.ratio} × parse-only (1,000 files)`, actual: `${t1000.ratio.toFixed(2)}×`, met: t1000.ratio <= TARGETS.ratio });
        targets.push({ name: `1,000 files checked in < ${TARGETS.checkSeconds1000} s`, actual: `${s(t1000.check.wallMs.median)} s`, met: t1000.check.wallMs.median < TARGETS.checkSeconds1000 * 1000 });
        targets.push({ name: `peak memory < ${TARGETS.peakRssMb1000} MB (1,000 files)`, actual: `${t1000.check.peakRssMb.median.toFixed(0)} MB`, met: t1000.check.peakRssMb.median < TARGETS.peakRssMb1000 });
    }
    if (report.national) {
        const r = report.national;
        targets.push({ name: `check with the national library ≤ ${NATIONAL_TARGET_RATIO} × the default library (${r.tier.toLocaleString('en')}-file corpus)`, actual: `${r.ratio.toFixed(2)}× (${s(r.nationalWallMs)} s against ${s(r.standardWallMs)} s)`, met: r.ratio <= NATIONAL_TARGET_RATIO });
    }
    if (report.report) {
        const r = report.report;
        targets.push({ name: `report of ${r.agreements.toLocaleString('en')} agreements ≤ ${REPORT_TARGET_RATIO} × check (${r.tier.toLocaleString('en')}-file corpus)`, actual: `${r.ratio.toFixed(2)}× (${s(r.reportWallMs)} s against ${s(r.checkWallMs)} s)`, met: r.ratio <= REPORT_TARGET_RATIO });
    }
    if (report.diff) {
        targets.push({ name: `diff of 1,000 agreements, one amended ≤ ${DIFF_TARGET_RATIO} × check`, actual: `${report.diff.ratio.toFixed(2)}× (${s(report.diff.diffWallMs)} s against ${s(report.diff.checkWallMs)} s)`, met: report.diff.ratio <= DIFF_TARGET_RATIO });
    }
    const t5000 = report.tiers['5000'];
    if (t1000 && t5000) {
        // Linear: time per line at 5,000 files no more than 25% above the 1,000-file figure.
        const perLine = t => t.check.wallMs.median / t.lines;
        const growth = perLine(t5000) / perLine(t1000);
        targets.push({ name: 'check scales linearly to 5,000 files (time per line within +25%)', actual: `${(t5000.lines / t1000.lines).toFixed(2)}× the lines took ${(t5000.check.wallMs.median / t1000.check.wallMs.median).toFixed(2)}× the time (${pct(growth - 1)} per line)`, met: growth <= 1.25 });
        targets.push({ name: `full check ≤ ${TARGETS.ratio} × parse-only (5,000 files)`, actual: `${t5000.ratio.toFixed(2)}×`, met: t5000.ratio <= TARGETS.ratio });
    } else {
        targets.push({ name: 'check scales linearly to 5,000 files', actual: 'not measured (run with --full)', met: undefined });
    }
    if (report.lsp) {
        targets.push({ name: `keystroke → diagnostics p95 < ${TARGETS.keystrokeP95Ms} ms (5,000-line file)`, actual: `${report.lsp.largeFile.p95Ms.toFixed(0)} ms`, met: report.lsp.largeFile.p95Ms < TARGETS.keystrokeP95Ms });
    }
    return targets;
}

// ------------------------------------------------------------------ main

export async function main(argv = process.argv.slice(2)) {
    const options = parseOptions(argv);
    const started = performance.now();
    fs.mkdirSync(RESULTS, { recursive: true });
    const report = {
        date: new Date().toISOString(),
        label: options.label,
        options,
        machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '?', totalMemMb: Math.round(os.totalmem() / 2 ** 20), node: process.version, platform: `${os.platform()} ${os.release()}` },
        load: { start: loadAverage() },
        corpora: {},
        tiers: {},
    };
    console.log(`load average ${report.load.start.one} (1 min), ${report.load.start.five} (5 min) on ${report.machine.cpus} cores${report.load.start.one > 1.5 ? ': the machine is busy, figures will be noisy' : ''}`);

    if (options.build) {
        console.log('building (tsc -b packages/language packages/cli) …');
        const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-b', 'packages/language', 'packages/cli'], { cwd: REPO, stdio: 'inherit' });
        // Type errors still emit JavaScript; a benchmark of what was emitted is still worth having.
        if (tsc.status !== 0) console.warn('warning: tsc reported errors (see above); measuring what it emitted');
        report.buildErrors = tsc.status !== 0;
    }

    const tiers = [...new Set([...options.tiers, ...(options.skipLsp ? [] : [options.lspTier])])].sort((a, b) => a - b);
    const corpora = {};
    for (const tier of tiers) {
        const root = path.join(RESULTS, 'corpora', `n${tier}`);
        const t = performance.now();
        const { manifest, generated } = ensureCorpus(tier, root, { seed: options.seed });
        corpora[tier] = { root, manifest };
        const { fileList, ...summary } = manifest;
        report.corpora[tier] = summary;
        console.log(`corpus n${tier}: ${manifest.files} files, ${manifest.lines} lines (${manifest.agreementFiles} agreements, ${manifest.registryFiles} registry and catalogue files, a ${manifest.largeFileLines}-line framework agreement)${generated ? ` generated in ${s(performance.now() - t)} s` : ' (cached)'}`);
    }

    for (const tier of options.tiers) {
        const repeat = tier >= 5000 ? Math.min(options.repeat, 1) : options.repeat;
        console.log(`measuring parse-only and check on n${tier} (${repeat} run${repeat > 1 ? 's' : ''}) …`);
        report.tiers[tier] = await measureTier(tier, corpora[tier].root, corpora[tier].manifest, repeat);
    }

    // citypact diff of the 1,000-agreement workspace against itself with one agreement amended (issue 15).
    if (options.tiers.includes(1000)) {
        console.log(`measuring citypact diff against check on n1000 (${options.repeat} runs) …`);
        report.diff = await measureDiff(1000, corpora[1000].root, corpora[1000].manifest, options.repeat, { runNode, fullCheck, bin: BIN });
    }

    // check with "stdlib": "national" against "stdlib": true on n1000 (issue 14 part 6).
    if (options.tiers.includes(1000)) {
        console.log(`measuring the national library against the default one on n1000 (${options.repeat} runs) …`);
        report.national = await measureNational(1000, corpora[1000].root, options.repeat, { runNode, fullCheck, bin: BIN });
    }

    // citypact report of the largest tier measured, against check of the same corpus (issue 17).
    if (options.tiers.length) {
        const tier = Math.max(...options.tiers);
        const repeat = tier >= 5000 ? Math.min(options.repeat, 1) : options.repeat;
        console.log(`measuring citypact report against check on n${tier} (${repeat} run${repeat > 1 ? 's' : ''}) …`);
        report.report = await measureReport(tier, corpora[tier].root, corpora[tier].manifest, repeat, { runNode, fullCheck, bin: BIN });
    }

    if (options.profile) {
        const { root } = corpora[options.lspTier] ?? corpora[options.tiers.at(-1)];
        const dir = path.join(RESULTS, 'profiles');
        fs.rmSync(dir, { recursive: true, force: true });
        console.log(`profiling citypact check on ${root} …`);
        await fullCheck(root, ['--cpu-prof', '--cpu-prof-dir', dir]);
        const file = path.join(dir, fs.readdirSync(dir).find(f => f.endsWith('.cpuprofile')));
        printProfile(summarizeProfile(file, { top: 30 }));
        report.profile = { check: file };
        if (!options.skipLsp) {
            const lspDir = path.join(dir, 'lsp');
            console.log('profiling the language server (a separate session of 20 keystrokes each) …');
            const session = await measureLsp(corpora[options.lspTier].root, corpora[options.lspTier].manifest, Math.min(20, options.edits), ['--cpu-prof', '--cpu-prof-dir', lspDir]);
            const lspFile = path.join(lspDir, fs.readdirSync(lspDir).find(f => f.endsWith('.cpuprofile')));
            for (const phase of ['largeFile', 'registry']) {
                const [fromUs, toUs] = session.phasesUs[phase];
                console.log(`\n=== language server profile, keystrokes in the ${phase === 'largeFile' ? 'large file' : 'shared registry'} ===`);
                printProfile(summarizeProfile(lspFile, { top: 30, fromUs, toUs }));
            }
            report.profile.lsp = lspFile;
            report.profile.lspPhasesUs = session.phasesUs;
        }
    }

    if (!options.skipLsp) {
        console.log(`language server on n${options.lspTier}: startup, then ${options.edits} keystrokes in the large file and ${options.edits} in the shared registry …`);
        report.lsp = { tier: options.lspTier, ...await measureLsp(corpora[options.lspTier].root, corpora[options.lspTier].manifest, options.edits) };
    }

    if (!options.skipBundles) {
        console.log('bundles: building and sizing the extension and the server …');
        report.bundles = await measureBundles(options.build);
    }

    report.load.end = loadAverage();
    report.durationS = round((performance.now() - started) / 1000, 1);
    report.targets = evaluateTargets(report);
    printReport(report);
    const stamp = report.date.replace(/[:.]/g, '-');
    const file = path.join(RESULTS, `bench-${options.label}-${stamp}.json`);
    const json = JSON.stringify(report, (key, value) => (typeof value === 'number' ? round(value, 2) : value), 2) + '\n';
    fs.writeFileSync(file, json);
    fs.writeFileSync(path.join(RESULTS, 'latest.json'), json);
    console.log(`wrote ${path.relative(REPO, file)} and bench-results/latest.json (${report.durationS} s in all)`);
}
