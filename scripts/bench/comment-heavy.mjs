// Comment-heavy files (issue 20, item 8): `citypact check` on one generated file of
// each size, wall time and peak RSS, and the ratio of each time to the smallest's.
// Langium 4.4 parsed such files in quadratic time (docs/upstream.md); with the patch
// in packages/language/src/parser/hidden-tokens.ts the time grows linearly.
//
// Usage: node scripts/bench/comment-heavy.mjs [--sizes 6,12,25,50] [--keep]
//   sizes in MB (default 6,25); prints a table and one JSON line.
// Targets: 25 MB under 4x the time of 6 MB, and under 1 GB of memory.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(REPO, 'packages/cli/bin/citypact.js');
const RSS_HOOK = pathToFileURL(path.join(REPO, 'scripts/bench/rss-hook.mjs')).href;

/**
 * One declaration with the comments a heavily annotated registry has around it: many
 * short comments per token is what made Langium 4.4 quadratic (docs/upstream.md).
 */
function block(index) {
    return [
        `// 第${index}号登记`,
        `// 依据《长三角区域合作协议》附件`,
        `// Registry entry ${index}`,
        '// contact: see annex',
        `// history: #${index}`,
        '// reviewed',
        `/* 备注 ${index} */`,
        '// --',
        `organization Org${index} "第${index}号合作企业" { kind enterprise }`,
        '',
    ].join('\n');
}

/** Writes a file of at least `megabytes` MB and returns its path. */
export function writeCommentHeavy(folder, megabytes) {
    const file = path.join(folder, `comments-${megabytes}mb.citypact`);
    const target = megabytes * 1024 * 1024;
    const fd = fs.openSync(file, 'w');
    let written = 0;
    let chunk = '';
    for (let i = 0; written < target; i++) {
        chunk += block(i);
        if (chunk.length > 1 << 16) {
            written += fs.writeSync(fd, chunk);
            chunk = '';
        }
    }
    if (chunk) fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    return file;
}

export function measureCheck(file) {
    const rssFile = `${file}.rss`;
    const started = performance.now();
    const result = spawnSync(process.execPath, ['--import', RSS_HOOK, BIN, 'check', file, '--format', 'json'], {
        cwd: path.dirname(file), encoding: 'utf8', maxBuffer: 1 << 30,
        env: { ...process.env, CITYPACT_BENCH_RSS: rssFile, NO_COLOR: '1' },
    });
    const seconds = (performance.now() - started) / 1000;
    const peakRssMb = Math.round(Number(fs.readFileSync(rssFile, 'utf8')) / 1024);
    if (result.status !== 0) throw new Error(`check of ${file} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
    return { seconds, peakRssMb };
}

async function main() {
    const argv = process.argv.slice(2);
    const sizesArg = argv.includes('--sizes') ? argv[argv.indexOf('--sizes') + 1] : '6,25';
    const sizes = sizesArg.split(',').map(Number);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'citypact-comments-'));
    fs.writeFileSync(path.join(folder, 'citypact.json'), '{}');
    const rows = [];
    try {
        for (const size of sizes) {
            const file = writeCommentHeavy(folder, size);
            const { seconds, peakRssMb } = measureCheck(file);
            rows.push({ megabytes: size, seconds: Number(seconds.toFixed(2)), peakRssMb });
            console.log(`${String(size).padStart(4)} MB  ${seconds.toFixed(2).padStart(7)} s  ${String(peakRssMb).padStart(5)} MB peak RSS`);
            fs.rmSync(file);
        }
    } finally {
        if (!argv.includes('--keep')) fs.rmSync(folder, { recursive: true, force: true });
    }
    const base = rows[0];
    for (const row of rows) row.ratioToSmallest = Number((row.seconds / base.seconds).toFixed(2));
    console.log(JSON.stringify({ commentHeavy: rows }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
