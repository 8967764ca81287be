import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigResolver, effectiveSeverity, localeFromEnvironment, parseConfig } from '../src/workspace/config.js';

describe('configuration (§5)', () => {
    it('reads stdlib, locale and rule severities', () => {
        const { config, problems } = parseConfig('{ "stdlib": false, "locale": "zh-CN", "rules": { "missing-clause": "off", "dimension-undeclared": "warning" } }');
        assert.deepEqual(problems, []);
        assert.equal(config.stdlib, false);
        assert.equal(config.locale, 'zh-CN');
        assert.equal(effectiveSeverity(config, 'missing-clause'), 'off');
        assert.equal(effectiveSeverity(config, 'dimension-undeclared'), 'warning');
        assert.equal(effectiveSeverity(config, 'syntax'), 'error');
    });

    it('reports unknown keys, unknown rule ids, bad severities and bad JSON with positions', () => {
        const text = '{\n  "stdlib": 1,\n  "colour": "red",\n  "locale": "fr",\n  "rules": { "nope": "off", "syntax": "fatal" }\n}';
        const messages = parseConfig(text).problems.map(p => `${p.line}:${p.character} ${p.message}`);
        assert.deepEqual(messages, [
            '1:12 "stdlib" must be true, false or "national"',
            '2:2 Unknown key "colour" (known keys: stdlib, locale, rules)',
            '3:12 "locale" must be one of "en", "zh-CN"',
            '4:13 Unknown rule id "nope"',
            '4:38 Bad severity for rule "syntax": expected one of "error", "warning", "info", "off"',
        ]);
        assert.match(parseConfig('{ "stdlib": true, }').problems[0].message, /Invalid JSON/);
        assert.match(parseConfig('').problems[0].message, /empty/);
        assert.match(parseConfig('[]').problems[0].message, /must be a JSON object/);
    });

    it('finds the nearest citypact.json walking up from a file', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citypact-config-'));
        try {
            fs.mkdirSync(path.join(dir, 'a', 'b', 'c'), { recursive: true });
            fs.writeFileSync(path.join(dir, 'citypact.json'), '{ "locale": "en" }');
            fs.writeFileSync(path.join(dir, 'a', 'b', 'citypact.json'), '{ "locale": "zh-CN" }');
            const resolver = new ConfigResolver();
            assert.equal(resolver.forPath(path.join(dir, 'a', 'b', 'c', 'x.citypact')).config.locale, 'zh-CN');
            assert.equal(resolver.forPath(path.join(dir, 'a', 'x.citypact')).config.locale, 'en');
            assert.equal(resolver.forPath(path.join(dir, 'a', 'b', 'c', 'x.citypact')).file, path.join(dir, 'a', 'b', 'citypact.json'));
            fs.writeFileSync(path.join(dir, 'a', 'b', 'citypact.json'), '{ "locale": "en" }');
            assert.equal(resolver.forPath(path.join(dir, 'a', 'b', 'x.citypact')).config.locale, 'zh-CN', 'cached until cleared');
            resolver.clear();
            assert.equal(resolver.forPath(path.join(dir, 'a', 'b', 'x.citypact')).config.locale, 'en');
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it('takes the CLI locale from LANG', () => {
        assert.equal(localeFromEnvironment({ LANG: 'zh_CN.UTF-8' }), 'zh-CN');
        assert.equal(localeFromEnvironment({ LANG: 'en_US.UTF-8' }), 'en');
        assert.equal(localeFromEnvironment({ LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' }), 'zh-CN');
        assert.equal(localeFromEnvironment({}), undefined);
    });
});
