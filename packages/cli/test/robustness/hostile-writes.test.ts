import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/main.js';
import type { Io } from '../../src/io.js';
import { runCli, tempWorkspace } from '../run-cli.js';

// Issue 20, items 2, 3, 4, 6 and 9: what a careless user or an attacker can do to the
// files the CLI writes, and to the terminal it prints on.

const MESSY = 'city M "m"   {  code 110000 }\n';
const FORMATTED = 'city M "m" {\n  code 110000\n}\n';

const REGISTRY = [
    'department MedicalSecurity "上海市医疗保障局" of Shanghai',
    'department MedicalSecurity "杭州市医疗保障局" of Hangzhou',
    '',
].join('\n');

/** An agreement that exports and renders cleanly. */
const AGREEMENT = (name: string) => [
    `agreement ${name} "结算协议" {`,
    '  version 1.0.0',
    '  dimensions cross-region, cross-department',
    '  effective 2024-01-01',
    '  party Shanghai.MedicalSecurity',
    '  party Hangzhou.MedicalSecurity',
    '  body Committee "联席会议" {',
    '    members Shanghai.MedicalSecurity, Hangzhou.MedicalSecurity',
    '    chair Shanghai.MedicalSecurity',
    '    decides by unanimity',
    '  }',
    '  disputes by Committee',
    '  amendment by unanimity',
    '  termination notice 90 days',
    '}',
    '',
].join('\n');

/** Runs a command in this process (so its pid is known), with captured streams. */
async function runInProcess(args: string[], cwd: string, stdin = ''): Promise<{ status: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const out = new PassThrough();
    const err = new PassThrough();
    out.on('data', chunk => { stdout += chunk; });
    err.on('data', chunk => { stderr += chunk; });
    const io: Io = { stdout: out, stderr: err, stdin: Readable.from([Buffer.from(stdin)]), env: { NO_COLOR: '1' } };
    const previous = process.cwd();
    process.chdir(cwd);
    try {
        const status = await main(args, io);
        // The streams deliver what was written on a later tick.
        await new Promise(resolve => setImmediate(resolve));
        return { status, stdout, stderr };
    } finally {
        process.chdir(previous);
    }
}

const temporaries = (dir: string) => fs.readdirSync(dir).filter(name => name.endsWith('.tmp'));

describe('hostile writes: the one file writer (issue 20)', function () {
    this.timeout(60_000);

    it('fmt never writes through a link planted at a temporary name', async () => {
        const ws = tempWorkspace({ 'a.citypact': MESSY, 'victim.txt': 'precious\n' });
        try {
            // The old writer's name was `.a.citypact.<pid>.tmp`; plant it for this process.
            for (const name of [`.a.citypact.${process.pid}.tmp`, `.a.citypact.${process.pid + 1}.tmp`]) {
                fs.symlinkSync(path.join(ws.dir, 'victim.txt'), path.join(ws.dir, name));
            }
            const result = await runInProcess(['fmt', 'a.citypact'], ws.dir);
            assert.equal(result.status, 0, result.stderr);
            assert.equal(fs.readFileSync(path.join(ws.dir, 'victim.txt'), 'utf8'), 'precious\n');
            assert.equal(fs.lstatSync(path.join(ws.dir, 'a.citypact')).isSymbolicLink(), false);
            assert.equal(fs.readFileSync(path.join(ws.dir, 'a.citypact'), 'utf8'), FORMATTED);
        } finally {
            ws.cleanup();
        }
    });

    it('fmt keeps a file mode (chmod 600) and its owner', () => {
        const ws = tempWorkspace({ 'a.citypact': MESSY });
        try {
            const file = path.join(ws.dir, 'a.citypact');
            fs.chmodSync(file, 0o600);
            const asRoot = process.getuid?.() === 0;
            if (asRoot) fs.chownSync(file, 65534, 65534);
            const result = runCli(['fmt', 'a.citypact'], { cwd: ws.dir });
            assert.equal(result.status, 0, result.stderr);
            const stat = fs.statSync(file);
            assert.equal(stat.mode & 0o777, 0o600);
            if (asRoot) assert.deepEqual([stat.uid, stat.gid], [65534, 65534]);
            assert.equal(fs.readFileSync(file, 'utf8'), FORMATTED);
        } finally {
            ws.cleanup();
        }
    });

    it('fmt formats a symlinked file through the link, which stays a link', () => {
        const ws = tempWorkspace({ 'real/a.citypact': MESSY });
        try {
            fs.symlinkSync('real/a.citypact', path.join(ws.dir, 'link.citypact'));
            const result = runCli(['fmt', 'link.citypact'], { cwd: ws.dir });
            assert.equal(result.status, 0, result.stderr);
            assert.equal(fs.lstatSync(path.join(ws.dir, 'link.citypact')).isSymbolicLink(), true);
            assert.equal(fs.readFileSync(path.join(ws.dir, 'real/a.citypact'), 'utf8'), FORMATTED);
            assert.deepEqual(temporaries(ws.dir), []);
            assert.deepEqual(temporaries(path.join(ws.dir, 'real')), []);
        } finally {
            ws.cleanup();
        }
    });

    it('fmt rewrites a hard-linked file in place: every name sees the new text', () => {
        const ws = tempWorkspace({ 'a.citypact': MESSY });
        try {
            fs.mkdirSync(path.join(ws.dir, 'elsewhere'));
            fs.linkSync(path.join(ws.dir, 'a.citypact'), path.join(ws.dir, 'elsewhere/b.txt'));
            const inode = fs.statSync(path.join(ws.dir, 'a.citypact')).ino;
            const result = runCli(['fmt', 'a.citypact'], { cwd: ws.dir });
            assert.equal(result.status, 0, result.stderr);
            assert.equal(fs.statSync(path.join(ws.dir, 'a.citypact')).ino, inode);
            assert.equal(fs.statSync(path.join(ws.dir, 'a.citypact')).nlink, 2);
            assert.equal(fs.readFileSync(path.join(ws.dir, 'elsewhere/b.txt'), 'utf8'), FORMATTED);
            assert.deepEqual(temporaries(ws.dir), []);
        } finally {
            ws.cleanup();
        }
    });

    it('fmt replaces nothing when one of its files cannot be written', () => {
        const ws = tempWorkspace({ 'ok/a.citypact': MESSY, 'ro/b.citypact': MESSY });
        try {
            // No temporary file can be created in ro/: b cannot be staged, so a must not be replaced.
            // As root, permission bits stop nobody: the CLI runs as `nobody`, who owns ok/.
            const asRoot = process.getuid?.() === 0;
            fs.chmodSync(ws.dir, 0o755);
            fs.chmodSync(path.join(ws.dir, 'ro/b.citypact'), 0o666);
            fs.chmodSync(path.join(ws.dir, 'ro'), 0o555);
            if (asRoot) {
                fs.chownSync(path.join(ws.dir, 'ok'), 65534, 65534);
                fs.chownSync(path.join(ws.dir, 'ok/a.citypact'), 65534, 65534);
            }
            const result = runCli(['fmt', 'ok/a.citypact', 'ro/b.citypact'], { cwd: ws.dir, ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
            assert.equal(result.status, 2, result.stderr);
            assert.match(result.stderr, /ro\/b\.citypact: permission denied/);
            assert.equal(fs.readFileSync(path.join(ws.dir, 'ok/a.citypact'), 'utf8'), MESSY);
            assert.deepEqual(temporaries(path.join(ws.dir, 'ok')), []);
        } finally {
            fs.chmodSync(path.join(ws.dir, 'ro'), 0o755);
            ws.cleanup();
        }
    });

    for (const command of ['export', 'render'] as const) {
        it(`${command} -o: a later target that is a folder → exit 2, nothing replaced`, () => {
            const ws = tempWorkspace({ 'citypact.json': '{}', 'registry.citypact': REGISTRY, 'a.citypact': AGREEMENT('Alpha'), 'b.citypact': AGREEMENT('Beta') });
            try {
                const extension = command === 'export' ? 'json' : 'html';
                fs.mkdirSync(path.join(ws.dir, 'out'));
                fs.writeFileSync(path.join(ws.dir, `out/Alpha.${extension}`), 'old\n');
                fs.mkdirSync(path.join(ws.dir, `out/Beta.${extension}`));
                const result = runCli([command, 'a.citypact', 'b.citypact', '-o', 'out'], { cwd: ws.dir });
                assert.equal(result.status, 2, result.stderr);
                assert.match(result.stderr, new RegExp(`out/Beta\\.${extension}: is a directory`));
                assert.equal(fs.readFileSync(path.join(ws.dir, `out/Alpha.${extension}`), 'utf8'), 'old\n');
                assert.deepEqual(temporaries(path.join(ws.dir, 'out')), []);
            } finally {
                ws.cleanup();
            }
        });
    }

    it('-o into a link loop names the loop, not a raw ELOOP', () => {
        const ws = tempWorkspace({ 'citypact.json': '{}', 'registry.citypact': REGISTRY, 'a.citypact': AGREEMENT('Alpha') });
        try {
            fs.symlinkSync('loop', path.join(ws.dir, 'loop'));
            const result = runCli(['export', 'a.citypact', '-o', 'loop'], { cwd: ws.dir });
            assert.equal(result.status, 2, result.stderr);
            assert.match(result.stderr, /loop: too many levels of symbolic links \(a link loop\?\)/);
            assert.doesNotMatch(result.stderr, /ELOOP/);
        } finally {
            ws.cleanup();
        }
    });

    it('a citypact.json that is a directory or a symlink loop: exit 2 with a clear line, not the parent configuration', () => {
        const ws = tempWorkspace({ 'citypact.json': '{ "rules": { "division-code": "off" } }', 'sub/a.citypact': 'city X "x" { code 12 }\n' });
        try {
            fs.mkdirSync(path.join(ws.dir, 'sub/citypact.json'));
            const folder = runCli(['check', 'sub/a.citypact'], { cwd: ws.dir });
            assert.equal(folder.status, 2, folder.stdout);
            assert.match(folder.stderr, /sub\/citypact\.json:1:1: citypact\.json is a directory/);
            fs.rmdirSync(path.join(ws.dir, 'sub/citypact.json'));
            fs.symlinkSync('citypact.json', path.join(ws.dir, 'sub/citypact.json'));
            const loop = runCli(['check', 'sub/a.citypact'], { cwd: ws.dir });
            assert.equal(loop.status, 2, loop.stdout);
            assert.match(loop.stderr, /citypact\.json is a symbolic link loop/);
        } finally {
            ws.cleanup();
        }
    });

    it('--config DIR says it is a directory', () => {
        const ws = tempWorkspace({ 'a.citypact': MESSY, 'conf/citypact.json': '{}' });
        try {
            const result = runCli(['check', 'a.citypact', '--config', 'conf'], { cwd: ws.dir });
            assert.equal(result.status, 2);
            assert.match(result.stderr, /conf: is a directory \(--config names a file/);
            assert.doesNotMatch(result.stderr, /pipe, socket or device/);
        } finally {
            ws.cleanup();
        }
    });
});

describe('fmt - (stdin to stdout, for editor formatters)', function () {
    this.timeout(60_000);

    it('prints the formatted text, writes nothing, and names --stdin-filename in messages', () => {
        const ws = tempWorkspace({ 'a.citypact': MESSY });
        try {
            const ok = runCli(['fmt', '-', '--stdin-filename', 'a.citypact'], { cwd: ws.dir, input: MESSY });
            assert.equal(ok.status, 0, ok.stderr);
            assert.equal(ok.stdout, FORMATTED);
            assert.equal(fs.readFileSync(path.join(ws.dir, 'a.citypact'), 'utf8'), MESSY);

            const broken = 'city M "m" { code\n';
            const bad = runCli(['fmt', '-', '--stdin-filename', 'sub/x.citypact'], { cwd: ws.dir, input: broken });
            assert.equal(bad.status, 1);
            assert.equal(bad.stdout, broken, 'an editor keeps its buffer');
            assert.match(bad.stderr, /^sub\/x\.citypact: not formatted/);

            const check = runCli(['fmt', '--check', '-'], { cwd: ws.dir, input: MESSY });
            assert.equal(check.status, 1);
            assert.equal(check.stdout, '');
            assert.equal(runCli(['fmt', '--check', '-'], { cwd: ws.dir, input: FORMATTED }).status, 0);
            assert.equal(runCli(['fmt', '-', 'a.citypact'], { cwd: ws.dir, input: MESSY }).status, 2);
        } finally {
            ws.cleanup();
        }
    });
});

describe('terminal escape injection (issue 20, item 4)', function () {
    this.timeout(60_000);

    it('stylish output and stderr lines show control characters escaped, never raw', () => {
        const hostile = 'organization Evil "恶意" {\n  kind enterprise\n  uscc "\\u001b[2J\\u001b]0;pwned\\u0007ALL CLEAR"\n}\n';
        const ws = tempWorkspace({ 'evil.citypact': hostile });
        try {
            const result = runCli(['check', 'evil.citypact'], { cwd: ws.dir });
            assert.equal(result.status, 1, result.stderr);
            assert.match(result.stdout, /uscc-format/);
            assert.doesNotMatch(result.stdout + result.stderr, /[\u0000-\u0008\u000b-\u001f\u007f]/, 'no raw control character');
            assert.match(result.stdout, /\\u001b\[2J/);

            const named = runCli(['check', 'no\u001b[2Jsuch.citypact'], { cwd: ws.dir });
            assert.equal(named.status, 2);
            assert.doesNotMatch(named.stderr, /\u001b/);
            assert.match(named.stderr, /no\\u001b\[2Jsuch\.citypact/);
        } finally {
            ws.cleanup();
        }
    });
});
