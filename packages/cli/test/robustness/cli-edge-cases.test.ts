import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli, tempWorkspace, type CliResult } from '../run-cli.js';

interface JsonReport {
    files: Array<{ path: string; diagnostics: Array<{ rule: string; line: number; column: number; endLine: number; endColumn: number }> }>;
}

/** An agreement with one invalid date, at line 3, columns 13–23 (1-based). */
const invalidDate = (name: string) => [`agreement ${name} "a" {`, '  version 1.0.0', '  effective 2024-02-30', '  party Shanghai', '  party Beijing', '}', ''];

/** Exit 2 with one clear line naming the problem, never a stack trace, and quickly. */
function assertUsageError(result: CliResult, message: RegExp): void {
    assert.equal(result.status, 2, `exit code (stdout: ${result.stdout}, stderr: ${result.stderr})`);
    assert.match(result.stderr, message);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
}

/** Each file's diagnostics as rule and position, by path. */
function positions(result: CliResult): Record<string, string[]> {
    const report = JSON.parse(result.stdout) as JsonReport;
    return Object.fromEntries(report.files.map(file => [file.path, file.diagnostics.map(d => `${d.rule} ${d.line}:${d.column}-${d.endLine}:${d.endColumn}`)]));
}

/** As root, permission bits stop nobody: such cases run the CLI as the user `nobody` instead. */
const AS_ROOT = process.getuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };

/** Lets `nobody` into a temporary workspace (mkdtemp makes it 0700). */
function openToOthers(dir: string): void {
    fs.chmodSync(dir, 0o755);
    for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
        const full = path.join(entry.parentPath, entry.name);
        if (!entry.isSymbolicLink()) fs.chmodSync(full, entry.isDirectory() ? 0o755 : 0o644);
    }
}

describe('CLI edge cases (robustness)', function () {
    this.timeout(60_000);

    it('reads a BOM and CRLF line endings without moving a column, and fmt keeps the BOM', () => {
        const ws = tempWorkspace({
            'lf.citypact': invalidDate('A').join('\n'),
            'bom.citypact': '\uFEFF' + invalidDate('B').join('\n'),
            'crlf.citypact': invalidDate('C').join('\r\n'),
            'bom-crlf.citypact': '\uFEFF' + invalidDate('D').join('\r\n'),
            'messy.citypact': '\uFEFFcity   M "m"   {  code 110000 }\n',
        });
        try {
            const found = positions(runCli(['check', 'lf.citypact', 'bom.citypact', 'crlf.citypact', 'bom-crlf.citypact', '--format', 'json'], { cwd: ws.dir }));
            assert.ok(found['lf.citypact'].includes('invalid-date 3:13-3:23'), found['lf.citypact'].join('\n'));
            for (const file of ['bom.citypact', 'crlf.citypact', 'bom-crlf.citypact']) {
                assert.deepEqual(found[file], found['lf.citypact'], `${file}: every diagnostic at the same place`);
            }

            const formatted = runCli(['fmt', 'messy.citypact'], { cwd: ws.dir });
            assert.equal(formatted.status, 0, formatted.stderr);
            assert.equal(fs.readFileSync(path.join(ws.dir, 'messy.citypact'), 'utf8'), '\uFEFFcity M "m" {\n  code 110000\n}\n');
        } finally {
            ws.cleanup();
        }
    });

    it('terminates on symlink loops in folders and in globs, checking each file once', () => {
        const ws = tempWorkspace({ 'tree/a.citypact': 'city A "a"\n', 'tree/sub/b.citypact': 'city B "b"\n' });
        try {
            fs.symlinkSync('..', path.join(ws.dir, 'tree/sub/up'));          // a loop back to the parent
            fs.symlinkSync('.', path.join(ws.dir, 'tree/self'));             // a loop onto itself
            fs.symlinkSync('ping', path.join(ws.dir, 'tree/pong.citypact')); // two links naming each other
            fs.symlinkSync('pong.citypact', path.join(ws.dir, 'tree/ping'));
            // A folder and globs, in one run: each must terminate (the run is stopped after 20 s).
            const result = runCli(['check', 'tree', 'tree/**/*.citypact', 'tree/*/*.citypact', '**/*.citypact', '--format', 'json'], { cwd: ws.dir, timeout: 20_000 });
            assert.equal(result.status, 0, result.stderr);
            assert.deepEqual(Object.keys(positions(result)), ['tree/a.citypact', 'tree/sub/b.citypact']);
            assertUsageError(runCli(['check', 'tree/pong.citypact'], { cwd: ws.dir }), /tree\/pong\.citypact: too many levels of symbolic links/);
        } finally {
            ws.cleanup();
        }
    });

    it('handles paths with spaces and Chinese characters in check, globs, fmt and export', () => {
        const folder = '我的 协议';
        const agreement = 'agreement A "a" {\n  version 1.0.0\n  dimensions cross-region\n  effective 2024-01-01\n  party Shanghai\n  party Beijing\n  body B "b" {\n    members Shanghai, Beijing\n    chair Shanghai\n    decides by majority\n  }\n  disputes by B\n  amendment by majority\n  termination notice 30 days\n}\n';
        const ws = tempWorkspace({ [`${folder}/合作 协议.citypact`]: agreement, [`${folder}/有误 文件.citypact`]: invalidDate('B').join('\n') });
        try {
            const stylish = runCli(['check', folder, '--quiet'], { cwd: ws.dir });
            assert.equal(stylish.status, 1);
            assert.match(stylish.stdout, /^我的 协议\/有误 文件\.citypact\n {2}3:13 +error/m);
            assert.doesNotMatch(stylish.stdout, /合作 协议/, 'the clean file has nothing to show');
            const glob = runCli(['fmt', '--check', `${folder}/*协议.citypact`], { cwd: ws.dir });
            assert.equal(glob.status, 0, glob.stdout + glob.stderr);
            assert.match(glob.stderr, /^1 files already formatted$/m);
            const exported = runCli(['export', `${folder}/合作 协议.citypact`, '-o', '输出 目录'], { cwd: ws.dir });
            assert.equal(exported.status, 0, exported.stderr);
            assert.deepEqual(fs.readdirSync(path.join(ws.dir, '输出 目录')), ['A.json']);
            const document = JSON.parse(fs.readFileSync(path.join(ws.dir, '输出 目录/A.json'), 'utf8')) as { source: { path: string } };
            assert.equal(document.source.path, `${folder}/合作 协议.citypact`);
        } finally {
            ws.cleanup();
        }
    });

    it('refuses a FIFO named as a file instead of waiting forever, and skips one in a folder', function () {
        const ws = tempWorkspace({ 'ok.citypact': 'city A "a"\n' });
        try {
            try {
                execFileSync('mkfifo', [path.join(ws.dir, 'pipe.citypact')]);
            } catch {
                this.skip(); // no mkfifo on this platform
            }
            // Each run is stopped after 20 s: reading the pipe would block forever.
            assertUsageError(runCli(['check', 'pipe.citypact'], { cwd: ws.dir, timeout: 20_000 }), /pipe\.citypact: not a regular file/);
            assertUsageError(runCli(['check', '--config', 'pipe.citypact', 'ok.citypact'], { cwd: ws.dir, timeout: 20_000 }), /pipe\.citypact: not a regular file/);
            const folder = runCli(['check', '.'], { cwd: ws.dir, timeout: 20_000 });
            assert.equal(folder.status, 0, folder.stderr);
            assert.match(folder.stdout, /1 file checked/);
        } finally {
            ws.cleanup();
        }
    });

    it('exits 2 with "permission denied" on a file it may not read', () => {
        const ws = tempWorkspace({ 'secret.citypact': 'city A "a"\n' });
        try {
            openToOthers(ws.dir);
            fs.chmodSync(path.join(ws.dir, 'secret.citypact'), 0o000);
            const as = AS_ROOT ? NOBODY : {};
            assertUsageError(runCli(['check', 'secret.citypact'], { cwd: ws.dir, ...as }), /^citypact check: secret\.citypact: permission denied$/m);
        } finally {
            ws.cleanup();
        }
    });

    it('exits 2 and leaves nothing behind when the output folder cannot be written', () => {
        const agreement = 'agreement A "a" {\n  version 1.0.0\n  effective 2024-01-01\n  party Shanghai\n  party Beijing\n}\n';
        const ws = tempWorkspace({ 'citypact.json': '{ "rules": { "missing-clause": "off" } }', 'a.citypact': agreement, 'file.txt': 'not a folder', 'ro/keep.txt': 'x' });
        try {
            // Fails for root too: a folder cannot be made under a regular file.
            assertUsageError(runCli(['export', 'a.citypact', '-o', 'file.txt/out'], { cwd: ws.dir }), /cannot create the output folder file\.txt\/out: not a directory/);
            // A read-only folder: as root, run as `nobody`, for whom the mode bits count.
            openToOthers(ws.dir);
            fs.chmodSync(path.join(ws.dir, 'ro'), 0o555);
            const as = AS_ROOT ? NOBODY : {};
            assertUsageError(runCli(['export', 'a.citypact', '-o', 'ro'], { cwd: ws.dir, ...as }), /cannot write ro\/A\.json: permission denied/);
            assert.deepEqual(fs.readdirSync(path.join(ws.dir, 'ro')), ['keep.txt'], 'no partial or temporary file');
            // fmt writes through a temporary file beside the source: a read-only folder stops it cleanly.
            fs.writeFileSync(path.join(ws.dir, 'ro/messy.citypact'), 'city   C "c"\n');
            fs.chmodSync(path.join(ws.dir, 'ro/messy.citypact'), 0o666);
            assertUsageError(runCli(['fmt', 'ro/messy.citypact'], { cwd: ws.dir, ...as }), /ro\/messy\.citypact: permission denied/);
            assert.equal(fs.readFileSync(path.join(ws.dir, 'ro/messy.citypact'), 'utf8'), 'city   C "c"\n');
            assert.deepEqual(fs.readdirSync(path.join(ws.dir, 'ro')).sort(), ['keep.txt', 'messy.citypact']);
        } finally {
            fs.chmodSync(path.join(ws.dir, 'ro'), 0o755);
            ws.cleanup();
        }
    });
});
