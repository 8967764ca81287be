import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { resolveInside, SafeWriteError, writeFilesAtomically, writeFilesInside } from '../../src/io/safe-write.js';

describe('the one file writer (io/safe-write.ts)', () => {
    let dir: string;
    beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citypact-write-')); });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    const listing = (folder: string) => fs.readdirSync(folder).sort();

    it('creates the folder, writes the files and leaves no temporary file', () => {
        const out = path.join(dir, 'a', 'b');
        writeFilesInside(out, [{ fileName: 'X.json', content: '1\n' }, { fileName: '上海.json', content: '2\n' }]);
        assert.deepEqual(listing(out), ['X.json', '上海.json']);
        assert.equal(fs.readFileSync(path.join(out, '上海.json'), 'utf8'), '2\n');
    });

    it('replaces an existing file whole', () => {
        fs.writeFileSync(path.join(dir, 'X.json'), 'old content that is longer\n');
        writeFilesInside(dir, [{ fileName: 'X.json', content: 'new\n' }]);
        assert.equal(fs.readFileSync(path.join(dir, 'X.json'), 'utf8'), 'new\n');
    });

    it('refuses names that would leave the folder', () => {
        for (const name of ['../evil.json', 'a/b.json', 'a\\b.json', '..', '.', '', '/etc/passwd', 'nul\0.json']) {
            assert.throws(() => resolveInside(dir, name), SafeWriteError, name);
            assert.throws(() => writeFilesInside(dir, [{ fileName: name, content: 'x' }]), SafeWriteError, name);
        }
        assert.deepEqual(listing(dir), []);
        assert.deepEqual(listing(path.dirname(dir)).filter(n => n === 'evil.json'), []);
    });

    it('writes a symlinked target through the link, which stays a link (docs/language.md §7)', () => {
        const outside = path.join(dir, 'published.json');
        fs.writeFileSync(outside, 'old\n');
        const out = path.join(dir, 'out');
        fs.mkdirSync(out);
        fs.symlinkSync(outside, path.join(out, 'X.json'));
        writeFilesInside(out, [{ fileName: 'X.json', content: 'new\n' }]);
        assert.equal(fs.readFileSync(outside, 'utf8'), 'new\n');
        assert.equal(fs.lstatSync(path.join(out, 'X.json')).isSymbolicLink(), true);
        assert.deepEqual(listing(dir).filter(n => n.endsWith('.tmp')), []);
    });

    it('never follows a link planted at a temporary name (exclusive create, random name)', () => {
        const victim = path.join(dir, 'victim.txt');
        fs.writeFileSync(victim, 'precious\n');
        // The names the old CLI writer used: `.<name>.<pid>.tmp`.
        for (let pid = process.pid - 5; pid <= process.pid + 5; pid++) fs.symlinkSync(victim, path.join(dir, `.X.json.${pid}.tmp`));
        writeFilesAtomically([{ path: path.join(dir, 'X.json'), content: 'new\n' }]);
        assert.equal(fs.readFileSync(victim, 'utf8'), 'precious\n');
        assert.equal(fs.lstatSync(path.join(dir, 'X.json')).isSymbolicLink(), false);
    });

    it('keeps the mode of the file it replaces, and a new file gets the usual mode', () => {
        const file = path.join(dir, 'private.txt');
        fs.writeFileSync(file, 'old');
        fs.chmodSync(file, 0o640);
        writeFilesAtomically([{ path: file, content: 'new' }, { path: path.join(dir, 'fresh.txt'), content: 'x' }]);
        assert.equal(fs.statSync(file).mode & 0o777, 0o640);
        fs.writeFileSync(path.join(dir, 'usual.txt'), 'x');
        assert.equal(fs.statSync(path.join(dir, 'fresh.txt')).mode & 0o777, fs.statSync(path.join(dir, 'usual.txt')).mode & 0o777);
    });

    it('rewrites a hard-linked file in place, so its other names see the new text', () => {
        const file = path.join(dir, 'a.txt');
        fs.writeFileSync(file, 'old');
        fs.linkSync(file, path.join(dir, 'b.txt'));
        writeFilesAtomically([{ path: file, content: 'new' }]);
        assert.equal(fs.readFileSync(path.join(dir, 'b.txt'), 'utf8'), 'new');
        assert.equal(fs.statSync(file).nlink, 2);
    });

    it('stages every target before the first rename: a folder in the way replaces nothing', () => {
        fs.writeFileSync(path.join(dir, 'A.json'), 'old');
        fs.mkdirSync(path.join(dir, 'B.json'));
        assert.throws(() => writeFilesInside(dir, [{ fileName: 'A.json', content: 'new' }, { fileName: 'B.json', content: 'new' }]),
            (error: unknown) => error instanceof SafeWriteError && error.reason === 'is a directory');
        assert.equal(fs.readFileSync(path.join(dir, 'A.json'), 'utf8'), 'old');
        assert.deepEqual(listing(dir), ['A.json', 'B.json']);
    });

    it('names a link loop as such', () => {
        fs.symlinkSync('loop.json', path.join(dir, 'loop.json'));
        assert.throws(() => writeFilesAtomically([{ path: path.join(dir, 'loop.json'), content: 'x' }]),
            (error: unknown) => error instanceof SafeWriteError && /link loop/.test(error.reason));
    });

    it('refuses a link owned by another user in a sticky world-writable folder', function () {
        if (process.getuid?.() !== 0) this.skip();
        const shared = path.join(dir, 'shared');
        fs.mkdirSync(shared);
        fs.chmodSync(shared, 0o1777);
        const victim = path.join(dir, 'victim.txt');
        fs.writeFileSync(victim, 'precious');
        fs.symlinkSync(victim, path.join(shared, 'out.json'));
        fs.lchownSync(path.join(shared, 'out.json'), 65534, 65534);
        assert.throws(() => writeFilesAtomically([{ path: path.join(shared, 'out.json'), content: 'x' }]), /another user/);
        assert.equal(fs.readFileSync(victim, 'utf8'), 'precious');
    });

    it('refuses two files that differ only in case', () => {
        assert.throws(() => writeFilesInside(dir, [{ fileName: 'a.json', content: '1' }, { fileName: 'A.json', content: '2' }]), /collide/);
        assert.deepEqual(listing(dir), []);
    });

    it('leaves no partial or temporary file when a rename fails', () => {
        // A folder in the target's place makes the rename fail, for root too.
        fs.mkdirSync(path.join(dir, 'B.json'));
        fs.writeFileSync(path.join(dir, 'B.json', 'keep'), '');
        assert.throws(
            () => writeFilesInside(dir, [{ fileName: 'A.json', content: '1' }, { fileName: 'B.json', content: '2' }]),
            (error: unknown) => error instanceof SafeWriteError && error.path.endsWith('B.json'),
        );
        assert.deepEqual(listing(dir).filter(n => n.endsWith('.tmp')), []);
    });

    it('fails cleanly when the folder cannot be created', () => {
        const file = path.join(dir, 'plain-file');
        fs.writeFileSync(file, '');
        assert.throws(() => writeFilesInside(path.join(file, 'out'), [{ fileName: 'X.json', content: '1' }]),
            (error: unknown) => error instanceof SafeWriteError && error.operation === 'create the output folder' && error.reason === 'not a directory');
        assert.deepEqual(listing(dir), ['plain-file']);
    });
});
