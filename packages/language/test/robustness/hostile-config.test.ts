import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigResolver, parseConfig } from '../../src/workspace/config.js';

// Issue 20, items 7 and 9: citypact.json files a careless user or an attacker leaves behind.
describe('hostile citypact.json (issue 20)', () => {
    let dir: string;
    beforeEach(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citypact-hostile-config-'));
        fs.writeFileSync(path.join(dir, 'citypact.json'), '{ "locale": "zh-CN", "rules": { "missing-clause": "off" } }');
        fs.mkdirSync(path.join(dir, 'sub'));
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    const inSub = () => new ConfigResolver().forPath(path.join(dir, 'sub', 'a.citypact'));

    const cases: Array<[string, () => void, RegExp]> = [
        ['a directory', () => fs.mkdirSync(path.join(dir, 'sub', 'citypact.json')), /citypact\.json is a directory/],
        ['a FIFO', () => execFileSync('mkfifo', [path.join(dir, 'sub', 'citypact.json')]), /citypact\.json is a named pipe/],
        ['a symlink loop', () => fs.symlinkSync('citypact.json', path.join(dir, 'sub', 'citypact.json')), /citypact\.json is a symbolic link loop/],
        ['a dangling symlink', () => fs.symlinkSync('gone.json', path.join(dir, 'sub', 'citypact.json')), /symbolic link to a missing file/],
    ];
    for (const [name, plant, message] of cases) {
        it(`reports ${name} named citypact.json instead of silently using the parent's`, () => {
            plant();
            const loaded = inSub();
            assert.equal(loaded.file, path.join(dir, 'sub', 'citypact.json'));
            assert.equal(loaded.problems.length, 1);
            assert.match(loaded.problems[0].message, message);
            assert.equal(loaded.config.locale, undefined, 'the parent configuration does not apply');
        });
    }

    it('lists an unreadable configuration with the loaded ones (the editor shows it)', () => {
        fs.mkdirSync(path.join(dir, 'sub', 'citypact.json'));
        const resolver = new ConfigResolver();
        resolver.forPath(path.join(dir, 'sub', 'a.citypact'));
        assert.ok(resolver.loaded().some(l => l.file === path.join(dir, 'sub', 'citypact.json') && l.problems.length === 1));
    });

    it('reports duplicate keys, at the top level and in "rules"', () => {
        const text = '{\n  "locale": "en",\n  "locale": "zh-CN",\n  "rules": { "syntax": "error", "syntax": "off" }\n}';
        const { config, problems } = parseConfig(text);
        assert.deepEqual(problems.map(p => `${p.line}:${p.character} ${p.message}`), [
            '2:2 Duplicate key "locale": it is already set above (remove one of the two)',
            '3:32 Duplicate key "syntax": it is already set above (remove one of the two)',
        ]);
        assert.equal(config.locale, 'en');
    });

    it('accepts a byte order mark, positions unchanged', () => {
        assert.deepEqual(parseConfig('\uFEFF{ "locale": "zh-CN" }').problems, []);
        assert.equal(parseConfig('\uFEFF{ "locale": "zh-CN" }').config.locale, 'zh-CN');
        const problem = parseConfig('\uFEFF{ "colour": 1 }').problems[0];
        assert.equal(problem.character, 3);
    });
});
