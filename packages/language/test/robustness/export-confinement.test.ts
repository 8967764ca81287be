import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { exportDocument } from '../../src/export/export-agreements.js';
import { SafeWriteError, writeFilesInside } from '../../src/io/safe-write.js';
import { buildWorkspace } from '../helpers.js';

/**
 * `export -o DIR` writes nothing outside DIR, whatever an agreement id contains
 * (docs/reliability.md). The grammar already keeps separators out of names; the
 * writer does not rely on it: any file name either lands directly in the folder or
 * is refused before anything is written.
 */
const SEED = 4_2024;

/** Every file and link below `root`, as relative paths with their kinds and contents. */
function snapshot(root: string): string[] {
    return fs.readdirSync(root, { recursive: true, withFileTypes: true })
        .map(entry => {
            const full = path.join(entry.parentPath, entry.name);
            const relative = path.relative(root, full);
            if (entry.isSymbolicLink()) return `${relative} -> ${fs.readlinkSync(full)}`;
            return entry.isFile() ? `${relative}: ${fs.readFileSync(full, 'utf8')}` : `${relative}/`;
        })
        .sort();
}

const hostileNames = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.constantFrom('..', '.', '', '../x', '..\\x', '/etc/x', 'C:\\x', 'x/..', 'a/b', '\0', 'x\0y', '~', '$HOME', '%APPDATA%', '.citypact-1-aa.tmp', 'CON', 'nul', '...', ' '),
    fc.tuple(fc.constantFrom('../', '/', './', '..\\', 'sub/'), fc.string({ maxLength: 6 })).map(([a, b]) => a + b),
    fc.integer({ min: 200, max: 400 }).map(n => 'x'.repeat(n)),
    fc.integer({ min: 60, max: 120 }).map(n => '长'.repeat(n)),
);

describe('export output stays in its folder (robustness)', () => {
    let sandbox: string;
    beforeEach(() => { sandbox = fs.mkdtempSync(path.join(os.tmpdir(), 'citypact-confine-')); });
    afterEach(() => fs.rmSync(sandbox, { recursive: true, force: true }));

    it('writes any file name directly inside the folder, or refuses it and writes nothing', () => {
        let round = 0;
        fc.assert(fc.property(fc.array(hostileNames, { minLength: 1, maxLength: 3 }), names => {
            const out = path.join(sandbox, `run${++round}`, 'out');
            fs.mkdirSync(out, { recursive: true });
            fs.writeFileSync(path.join(sandbox, `run${round}`, 'outside.txt'), 'keep');
            const files = names.map((fileName, i) => ({ fileName: `${fileName}.json`, content: `${i}` }));
            let written: string[] = [];
            try {
                written = writeFilesInside(out, files);
            } catch (error) {
                assert.ok(error instanceof SafeWriteError, String(error));
            }
            const after = snapshot(path.join(sandbox, `run${round}`));
            if (written.length === 0) {
                assert.deepEqual(after, ['out/', 'outside.txt: keep'], 'a refused export writes nothing');
            } else {
                for (const target of written) assert.equal(path.dirname(target), fs.realpathSync(out));
                assert.deepEqual(after.filter(entry => !entry.startsWith('out/')), ['outside.txt: keep']);
                assert.equal(after.length, 2 + files.length, after.join('\n'));
            }
        }), { seed: SEED, numRuns: 300 });
    });

    it('exports agreements with any identifier the grammar accepts into the folder', async () => {
        // Unicode letters of every kind, including ones that fold or normalise in surprising ways.
        const letter = fc.constantFrom('a', 'Z', '_', '长', 'é', 'ǅ', 'ı', 'İ', 'ß', 'ﬁ', 'Ａ', 'Ω', 'ا', 'א', 'ㄱ', '𠀀', 'ᄀ');
        const identifier = fc.array(fc.oneof(letter, fc.constantFrom('0', '9', '٣')), { minLength: 0, maxLength: 10 })
            .chain(rest => letter.map(first => first + rest.join('')));
        let round = 0;
        await fc.assert(fc.asyncProperty(identifier, async id => {
            const text = `agreement ${id} "协议" {\n  version 1.0.0\n  effective 2024-01-01\n  party Shanghai\n  party Beijing\n  body B "b" {\n    members Shanghai, Beijing\n    chair Shanghai\n    decides by majority\n  }\n  disputes by B\n  amendment by majority\n  termination notice 30 days\n}\n`;
            const ws = await buildWorkspace({ 'a.citypact': text });
            const result = exportDocument(ws.documents.get('a.citypact')!, ws.services.CityPact, { format: 'json', workspaceRoot: '/ws' });
            if (result.exported.length === 0) return; // refused for its errors: nothing to write
            const out = path.join(sandbox, `id${++round}`);
            writeFilesInside(out, result.exported.map(({ fileName, content }) => ({ fileName, content })));
            assert.deepEqual(fs.readdirSync(out), [`${id}.json`]);
            assert.deepEqual(fs.readdirSync(sandbox).filter(name => !name.startsWith('id')), []);
        }), { seed: SEED, numRuns: 8 });
    });

    it('refuses a file name too long for the file system before writing any file', () => {
        const out = path.join(sandbox, 'out');
        const files = [{ fileName: 'First.json', content: '1' }, { fileName: `${'长'.repeat(100)}.json`, content: '2' }];
        assert.throws(() => writeFilesInside(out, files), (error: unknown) => error instanceof SafeWriteError && error.reason === 'file name too long');
        assert.deepEqual(fs.readdirSync(out), [], 'not even the first agreement: an export is all or nothing');
    });
});
