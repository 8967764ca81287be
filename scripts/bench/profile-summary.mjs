// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time by function and
// by package, and total (inclusive) time of the functions that matter. This is how
// the figures in docs/performance.md were found.
//
// Usage: node scripts/bench/profile-summary.mjs <file.cpuprofile> [--top N] [--match text] [--from µs --to µs]

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `fromUs`/`toUs` keep only the samples taken in that window, in microseconds of the
 * monotonic clock (`process.hrtime`, which V8's profile timestamps share on Linux):
 * so one profile of a language server session yields the keystroke phase alone.
 */
export function summarizeProfile(file, { top = 25, match, fromUs = -Infinity, toUs = Infinity } = {}) {
    const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
    const nodes = new Map(profile.nodes.map(n => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const selfTime = new Map();
    const deltas = profile.timeDeltas;
    let time = profile.startTime;
    for (let i = 0; i < profile.samples.length; i++) {
        time += deltas[i] ?? 0;
        if (time < fromUs || time > toUs) continue;
        const id = profile.samples[i];
        // A sample stands for the time until the next one.
        selfTime.set(id, (selfTime.get(id) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
    }
    const total = [...selfTime.values()].reduce((a, b) => a + b, 0);
    const where = cf => {
        const url = cf.url || '';
        const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
        if (m) return m[1];
        if (url.includes('/packages/language/')) return 'citypact-language';
        if (url.includes('/packages/cli/')) return 'citypact-cli';
        if (url.startsWith('node:')) return 'node';
        return url ? 'other' : `(${cf.functionName || 'vm'})`;
    };
    const key = cf => `${cf.functionName || '(anonymous)'} ${(cf.url || '').replace(/^.*\/(node_modules|packages)\//, '$1/')}:${cf.lineNumber + 1}`;

    const byFunction = new Map();
    const byPackage = new Map();
    for (const [id, ms] of selfTime) {
        const cf = nodes.get(id).callFrame;
        byFunction.set(key(cf), (byFunction.get(key(cf)) ?? 0) + ms);
        byPackage.set(where(cf), (byPackage.get(where(cf)) ?? 0) + ms);
    }
    // Inclusive time: each sample counts once for every distinct function on its stack.
    const inclusive = new Map();
    for (const [id, ms] of selfTime) {
        const seen = new Set();
        for (let n = id; n !== undefined; n = parent.get(n)) {
            const k = key(nodes.get(n).callFrame);
            if (seen.has(k)) continue;
            seen.add(k);
            inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
        }
    }
    const sorted = map => [...map].sort((a, b) => b[1] - a[1]);
    return {
        totalMs: total,
        byPackage: sorted(byPackage),
        bySelf: sorted(byFunction).slice(0, top),
        byInclusive: sorted(inclusive).filter(([k]) => !match || k.includes(match)).slice(0, top),
    };
}

export function printProfile(summary, log = console.log) {
    const row = ([name, ms]) => `${ms.toFixed(0).padStart(8)} ms ${(100 * ms / summary.totalMs).toFixed(1).padStart(5)}%  ${name}`;
    log(`total sampled: ${summary.totalMs.toFixed(0)} ms`);
    log('\nself time by package:');
    summary.byPackage.forEach(r => log(row(r)));
    log('\nself time by function:');
    summary.bySelf.forEach(r => log(row(r)));
    log('\ninclusive time by function:');
    summary.byInclusive.forEach(r => log(row(r)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
    const file = process.argv[2];
    const topIndex = process.argv.indexOf('--top');
    const matchIndex = process.argv.indexOf('--match');
    const fromIndex = process.argv.indexOf('--from');
    const toIndex = process.argv.indexOf('--to');
    printProfile(summarizeProfile(file, {
        fromUs: fromIndex > 0 ? Number(process.argv[fromIndex + 1]) : -Infinity,
        toUs: toIndex > 0 ? Number(process.argv[toIndex + 1]) : Infinity,
        top: topIndex > 0 ? Number(process.argv[topIndex + 1]) : 25,
        match: matchIndex > 0 ? process.argv[matchIndex + 1] : undefined,
    }));
}
