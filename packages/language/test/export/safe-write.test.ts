import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { resolveInside, SafeWriteError, writeFilesInside } from '../../src/export/safe-write.js';

describe('export: safe writes', () => {
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

    it('replaces a symlink at the target instead of writing through it', () => {
        const outside = path.join(dir, 'outside.json');
        fs.writeFileSync(outside, 'keep\n');
        const out = path.join(dir, 'out');
        fs.mkdirSync(out);
        fs.symlinkSync(outside, path.join(out, 'X.json'));
        writeFilesInside(out, [{ fileName: 'X.json', content: 'new\n' }]);
        assert.equal(fs.readFileSync(outside, 'utf8'), 'keep\n');
        assert.equal(fs.lstatSync(path.join(out, 'X.json')).isSymbolicLink(), false);
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
