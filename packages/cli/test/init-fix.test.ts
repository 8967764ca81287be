import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO, runCli, tempWorkspace } from './run-cli.js';

/** docs/language.md §7: `citypact init [DIR]` and `citypact check --fix`. */
describe('citypact init (as a process)', function () {
    this.timeout(60_000);

    it('creates DIR with a workspace that checks clean and is in the canonical layout', () => {
        const ws = tempWorkspace({});
        try {
            const init = runCli(['init', 'new/ws'], { cwd: ws.dir });
            assert.equal(init.status, 0, init.stderr);
            const dir = path.join(ws.dir, 'new/ws');
            assert.deepEqual(fs.readdirSync(dir).sort(), ['agreement.citypact', 'citypact.json', 'registry.citypact']);
            assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, 'citypact.json'), 'utf8')), { stdlib: 'national' });
            const check = runCli(['check', '--format', 'json', '.'], { cwd: dir });
            assert.equal(check.status, 0, check.stdout);
            assert.deepEqual(JSON.parse(check.stdout).summary, { errors: 0, warnings: 0, infos: 0, files: 2 });
            assert.equal(runCli(['fmt', '--check', '.'], { cwd: dir }).status, 0, 'canonical layout');
            assert.match(fs.readFileSync(path.join(dir, 'agreement.citypact'), 'utf8'), /把名称、参与方和条款改成/);
        } finally {
            ws.cleanup();
        }
    });

    it('refuses to overwrite: exit 2, nothing written', () => {
        const ws = tempWorkspace({ 'agreement.citypact': '// mine\n' });
        try {
            const init = runCli(['init'], { cwd: ws.dir });
            assert.equal(init.status, 2);
            assert.match(init.stderr, /agreement\.citypact already exists; nothing written/);
            assert.deepEqual(fs.readdirSync(ws.dir), ['agreement.citypact']);
            assert.equal(fs.readFileSync(path.join(ws.dir, 'agreement.citypact'), 'utf8'), '// mine\n');
        } finally {
            ws.cleanup();
        }
    });
});

describe('citypact check --fix (as a process)', function () {
    this.timeout(60_000);
    const registry = [
        'department MedicalSecurity "上海市医疗保障局" of Shanghai {', '  uscc "11310000MB2F06207X"', '}',
        'department MedicalSecurity "杭州市医疗保障局" of Hangzhou',
        'dataset Records "就医记录" of Shanghai.MedicalSecurity {', '  sharing conditional "仅限结算"', '  personal-data sensitive', '}', '',
    ].join('\n');
    const agreement = [
        'agreement A "协议" {',
        '  version 1.0.0',
        '  dimensions cross-region, cross-department',
        '  signed 2024-1-5',
        '  effective 2024-01-01',
        '  party Shanghai.MedicalSecurity role lead',
        '  party Hangzhou.MedicalSecurity',
        '  exchange X "结算数据" {',
        '    data Shanghai.MedicalSecurity.Records',
        '    from Shanghai.MedicalSecurity',
        '    to Hangzhou.MedicalSecurity，Shanghai.Nowhere',
        '    purpose "结算"',
        '    basis statutory-duty',
        '    retention 5 years',
        '  }',
        '}', '',
    ].join('\n');

    it('applies every single-choice fix, rewrites the changed files in canonical layout, and reports on the result', () => {
        const ws = tempWorkspace({ 'citypact.json': '{}', 'registry.citypact': registry, 'agreement.citypact': agreement, 'clean.citypact': '// untouched\n' });
        try {
            const before = fs.statSync(path.join(ws.dir, 'clean.citypact')).mtimeMs;
            const result = runCli(['check', '--fix', '--format', 'json', '.'], { cwd: ws.dir });
            const fixed = fs.readFileSync(path.join(ws.dir, 'agreement.citypact'), 'utf8');
            // Full-width comma and short date (syntax), then encryption, the three closing clauses.
            assert.match(fixed, /to Hangzhou\.MedicalSecurity, Shanghai\.Nowhere\n/);
            assert.match(fixed, /signed 2024-01-05\n/);
            assert.match(fixed, /security encryption\n/);
            assert.match(fixed, /amendment by unanimity\n {2}termination notice 90 days\n/);
            assert.match(fixed, /disputes by JointCommittee then arbitration\n/);
            assert.match(fs.readFileSync(path.join(ws.dir, 'registry.citypact'), 'utf8'), /uscc "11310000MB2F06207Q"/);
            assert.equal(fs.statSync(path.join(ws.dir, 'clean.citypact')).mtimeMs, before, 'an unchanged file is not rewritten');
            assert.equal(runCli(['fmt', '--check', 'agreement.citypact'], { cwd: ws.dir }).status, 0, 'canonical layout');
            // What is left has no single fix: a name to choose (the suggestion is a guess) and the date order.
            const report = JSON.parse(result.stdout);
            const rules = report.files.flatMap((f: { diagnostics: Array<{ rule: string }> }) => f.diagnostics.map(d => d.rule)).sort();
            assert.deepEqual(rules, ['date-order', 'unresolved-reference']);
            assert.equal(result.status, 1);
            assert.match(result.stderr, /citypact check --fix: \d+ fixes applied, 2 files rewritten/);
        } finally {
            ws.cleanup();
        }
    });

    it('refuses "-" (stdin) with --fix', () => {
        const result = runCli(['check', '--fix', '-', '--stdin-filename', 'a.citypact'], { input: '' });
        assert.equal(result.status, 2);
    });
});

describe('citypact check --locale zh-CN on a file with ten typical slips (issue 14)', function () {
    this.timeout(60_000);

    it('prints no English word except identifiers and keywords, and the summary in Chinese', () => {
        const dir = path.join(REPO, 'packages/cli/test/fixtures/zh-slips');
        const result = runCli(['check', '--locale', 'zh-CN', '.'], { cwd: dir });
        assert.equal(result.status, 1);
        const lines = result.stdout.trim().split('\n');
        assert.match(lines.at(-1)!, /^✖ \d+ 个问题（\d+ 个错误，0 个警告，0 个提示）；检查 2 个文件，用时 [\d.]+ 秒$/);
        const messages = lines.filter(l => /^\s+\d+:\d+/.test(l));
        assert.ok(messages.length >= 9, result.stdout);
        for (const line of messages) {
            // position, severity, message, rule id
            const [, severity, message] = /^\s+\d+:\d+\s+(\S+)\s+(.*?)\s+[a-z-]+$/.exec(line)!;
            assert.equal(severity, '错误');
            const english = message
                .replace(/[（(][^（）()]*[）)]/g, '') // keywords and identifiers in parentheses
                .replace(/“[^“”]*”/g, '') // names and keywords in quotes
                .replace(/CityPact|YYYY-MM-DD|[A-Za-z]+(\.[A-Za-z]+)+|\b\d[\d.%-]*/g, '')
                .match(/[A-Za-z]{2,}/g) ?? [];
            assert.deepEqual(english, [], line);
        }
    });
});
