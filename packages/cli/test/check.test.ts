import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli, tempWorkspace, REPO } from './run-cli.js';

const REGISTRY = 'department MedicalSecurity "上海市医疗保障局" of Shanghai\ndepartment MedicalSecurity "杭州市医疗保障局" of Hangzhou\n';
const AGREEMENT = (party: string) => [
    'agreement Settlement "结算协议" {',
    '  version 1.0.0',
    '  dimensions cross-region, cross-department',
    '  effective 2024-01-01',
    '  party Shanghai.MedicalSecurity',
    `  party ${party}`,
    '  body Committee "联席会议" {',
    `    members Shanghai.MedicalSecurity, ${party}`,
    '    chair Shanghai.MedicalSecurity',
    '    decides by unanimity',
    '  }',
    '  disputes by Committee',
    '  amendment by unanimity',
    '  termination notice 90 days',
    '}',
    '',
].join('\n');

interface JsonReport {
    files: Array<{ path: string; diagnostics: Array<{ rule: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }> }>;
    summary: { errors: number; warnings: number; infos: number; files: number };
}

describe('citypact check (as a process)', function () {
    this.timeout(60_000);

    it('exits 0 on a clean workspace and resolves references across files', () => {
        const ws = tempWorkspace({ 'citypact.json': '{}', 'registry.citypact': REGISTRY, 'agreement.citypact': AGREEMENT('Hangzhou.MedicalSecurity') });
        try {
            const result = runCli(['check', ws.dir]);
            assert.equal(result.stderr, '');
            assert.equal(result.status, 0, result.stdout);
            assert.match(result.stdout, /No problems \(2 files checked in \d+\.\d\ds\)/);
        } finally {
            ws.cleanup();
        }
    });

    it('reports unresolved-reference in JSON (§7 shape) at the line and columns of the name, exit 1', () => {
        const ws = tempWorkspace({ 'citypact.json': '{}', 'registry.citypact': REGISTRY, 'agreement.citypact': AGREEMENT('Hangzhou.Nowhere') });
        try {
            // Only the agreement is named; the registry beside it still resolves its references.
            const result = runCli(['check', 'agreement.citypact', '--format', 'json'], { cwd: ws.dir });
            assert.equal(result.status, 1);
            const report = JSON.parse(result.stdout) as JsonReport;
            assert.deepEqual(Object.keys(report), ['files', 'summary']);
            assert.equal(report.files.length, 1);
            assert.equal(report.files[0].path, 'agreement.citypact');
            const first = report.files[0].diagnostics.find(d => d.rule === 'unresolved-reference')!;
            assert.deepEqual(Object.keys(first), ['rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
            assert.equal(first.severity, 'error');
            const lines = fs.readFileSync(path.join(ws.dir, 'agreement.citypact'), 'utf8').split('\n');
            assert.equal(lines[first.line - 1].slice(first.column - 1, first.endColumn - 1), 'Hangzhou.Nowhere');
            const count = (severity: string) => report.files[0].diagnostics.filter(d => d.severity === severity).length;
            assert.deepEqual(report.summary, { errors: count('error'), warnings: count('warning'), infos: count('info'), files: 1 });
        } finally {
            ws.cleanup();
        }
    });

    it('prints stylish findings as line:col severity message rule-id', () => {
        const ws = tempWorkspace({ 'a.citypact': 'city C "c" {\n  code 110000\n}\nagreement A "a" {\n  version 1.0.0\n  effective 2024-02-30\n}\n' });
        try {
            const result = runCli(['check', '.'], { cwd: ws.dir });
            assert.equal(result.status, 1);
            assert.match(result.stdout, /^a\.citypact$/m);
            assert.match(result.stdout, /^ {2}6:13 +error +'2024-02-30' is not a real calendar date +invalid-date$/m);
            assert.doesNotMatch(result.stdout, /\u001b\[/, 'no colours when not on a terminal');
        } finally {
            ws.cleanup();
        }
    });

    it('colours a report that is not on a terminal when FORCE_COLOR asks, even with NO_COLOR; FORCE_COLOR=0 does not', () => {
        const ws = tempWorkspace({ 'a.citypact': 'agreement A "a" {\n  version 1.0.0\n  effective 2024-02-30\n}\n' });
        try {
            const forced = runCli(['check', '.'], { cwd: ws.dir, env: { FORCE_COLOR: '1' } });
            assert.equal(forced.status, 1);
            assert.match(forced.stdout, /\u001b\[\d+m/);
            assert.match(forced.stdout.replace(/\u001b\[\d+m/g, ''), /invalid-date$/m);
            assert.doesNotMatch(runCli(['check', '.'], { cwd: ws.dir, env: { FORCE_COLOR: '0' } }).stdout, /\u001b\[/);
        } finally {
            ws.cleanup();
        }
    });

    it('writes messages in Chinese with --locale zh-CN or the configuration', () => {
        const ws = tempWorkspace({ 'a.citypact': 'agreement A "a" {\n  version 1.0.0\n  effective 2024-02-30\n}\n' });
        try {
            const flag = runCli(['check', '.', '--locale', 'zh-CN', '--format', 'json'], { cwd: ws.dir });
            assert.match(flag.stdout, /不是有效的日历日期/);
            fs.writeFileSync(path.join(ws.dir, 'citypact.json'), '{ "locale": "zh-CN" }');
            assert.match(runCli(['check', '.'], { cwd: ws.dir }).stdout, /不是有效的日历日期/);
            assert.match(runCli(['check', '.', '--locale', 'en'], { cwd: ws.dir }).stdout, /is not a real calendar date/);
            fs.rmSync(path.join(ws.dir, 'citypact.json'));
            assert.match(runCli(['check', '.'], { cwd: ws.dir, env: { LANG: 'zh_CN.UTF-8' } }).stdout, /不是有效的日历日期/);
        } finally {
            ws.cleanup();
        }
    });

    it('reads stdin with --stdin-filename, resolving references in the workspace around it', () => {
        const ws = tempWorkspace({ 'citypact.json': '{}', 'registry.citypact': REGISTRY });
        try {
            const result = runCli(['check', '-', '--stdin-filename', 'new.citypact', '--format', 'json'], { cwd: ws.dir, input: AGREEMENT('Hangzhou.MedicalSecurity') });
            assert.equal(result.status, 0, result.stdout + result.stderr);
            const report = JSON.parse(result.stdout) as JsonReport;
            assert.deepEqual(report.files.map(f => [f.path, f.diagnostics.length]), [['new.citypact', 0]]);
        } finally {
            ws.cleanup();
        }
    });

    it('exits 2 with one line, never a stack trace, for usage and I/O problems', () => {
        const cases: Array<[string[], RegExp]> = [
            [['check', 'no/such/path'], /no\/such\/path: no such file or directory/],
            [['check', '--bogus'], /Unknown option '--bogus'/],
            [['check', '--format', 'xml'], /unknown format "xml"/],
            [['check', '--max-warnings', 'many'], /--max-warnings expects a non-negative integer/],
            [['frobnicate'], /unknown command "frobnicate"/],
        ];
        for (const [args, message] of cases) {
            const result = runCli(args);
            assert.equal(result.status, 2, args.join(' '));
            assert.match(result.stderr, message);
            assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
            assert.doesNotMatch(result.stderr, /\n\s+at /);
        }
    });

    it('exits 2 on a file that is not UTF-8', () => {
        const ws = tempWorkspace({ 'bad.citypact': Buffer.from([0x63, 0x69, 0x74, 0x79, 0x20, 0xff, 0xfe, 0x0a]) });
        try {
            const result = runCli(['check', 'bad.citypact'], { cwd: ws.dir });
            assert.equal(result.status, 2);
            assert.match(result.stderr, /bad\.citypact: not valid UTF-8/);
        } finally {
            ws.cleanup();
        }
    });

    it('reports a garbled file as syntax diagnostics with exit 1, not a crash', () => {
        const ws = tempWorkspace({ 'garbled.citypact': '}}} agreement { "unterminated\n@@@ 12-12 \u0000 party' });
        try {
            const result = runCli(['check', 'garbled.citypact', '--format', 'json'], { cwd: ws.dir });
            assert.equal(result.status, 1);
            const report = JSON.parse(result.stdout) as JsonReport;
            assert.ok(report.files[0].diagnostics.length > 0);
            assert.ok(report.files[0].diagnostics.some(d => d.rule === 'syntax'));
        } finally {
            ws.cleanup();
        }
    });

    it('exits 2 on an invalid configuration, naming the file, line and problem', () => {
        const ws = tempWorkspace({
            'citypact.json': '{\n  "stdlib": true,\n  "rulez": {},\n  "rules": { "no-such-rule": "off", "missing-clause": "loud" }\n}\n',
            'a.citypact': 'city C "c"\n',
        });
        try {
            const result = runCli(['check', '.'], { cwd: ws.dir });
            assert.equal(result.status, 2);
            assert.match(result.stderr, /citypact\.json:3:3: Unknown key "rulez"/);
            assert.match(result.stderr, /citypact\.json:4:14: Unknown rule id "no-such-rule"/);
            assert.match(result.stderr, /Bad severity for rule "missing-clause"/);
        } finally {
            ws.cleanup();
        }
    });

    it('applies rule severities from citypact.json, and --max-warnings', () => {
        const text = 'agreement A "a" {\n  version 1.0.0\n  effective 2024-02-30\n}\n';
        const ws = tempWorkspace({ 'citypact.json': '{ "rules": { "invalid-date": "warning" } }', 'a.citypact': text });
        try {
            const warned = runCli(['check', '.', '--format', 'json'], { cwd: ws.dir });
            const report = JSON.parse(warned.stdout) as JsonReport;
            const invalidDate = report.files[0].diagnostics.find(d => d.rule === 'invalid-date');
            assert.equal(invalidDate?.severity, 'warning');
            const errorsOnly = report.files[0].diagnostics.filter(d => d.severity === 'error');
            assert.equal(warned.status, errorsOnly.length ? 1 : 0);
            fs.writeFileSync(path.join(ws.dir, 'citypact.json'), '{ "rules": { "invalid-date": "off" } }');
            const off = JSON.parse(runCli(['check', '.', '--format', 'json'], { cwd: ws.dir }).stdout) as JsonReport;
            assert.equal(off.files[0].diagnostics.some(d => d.rule === 'invalid-date'), false);
        } finally {
            ws.cleanup();
        }
        const warnings = tempWorkspace({ 'citypact.json': '{ "rules": { "invalid-date": "warning", "too-few-parties": "off", "missing-clause": "off" } }', 'a.citypact': text });
        try {
            assert.equal(runCli(['check', '.'], { cwd: warnings.dir }).status, 0);
            assert.equal(runCli(['check', '.', '--max-warnings', '1'], { cwd: warnings.dir }).status, 0);
            assert.equal(runCli(['check', '.', '--max-warnings', '0'], { cwd: warnings.dir }).status, 1);
        } finally {
            warnings.cleanup();
        }
    });

    it('checks the examples clean', function () {
        if (!fs.existsSync(path.join(REPO, 'examples'))) this.skip();
        const result = runCli(['check', 'examples', '--format', 'json']);
        const report = JSON.parse(result.stdout) as JsonReport;
        assert.ok(report.files.length >= 8, 'four agreements with their registries');
        assert.deepEqual(report.files.filter(f => f.diagnostics.length).map(f => [f.path, f.diagnostics]), []);
        assert.equal(result.status, 0);
    });
});
