import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';
import ICAL from 'ical.js';
import { reportSchemaText } from 'citypact-language';
import { startServer } from './lsp-client.js';
import { REPO, runCli, tempWorkspace } from './run-cli.js';

type Ajv = { compile(schema: unknown): ((data: unknown) => boolean) & { errors?: unknown } };
const Ajv2020 = ((Ajv2020Module as unknown as { default?: new (o: object) => Ajv }).default ?? Ajv2020Module) as unknown as new (o: object) => Ajv;
const SCHEMA = JSON.parse(fs.readFileSync(path.join(REPO, 'packages/language/schemas/citypact-report-1.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(SCHEMA);
const EXAMPLES = path.join(REPO, 'examples');

interface ReportJson {
    asOf: string;
    agreements: Array<{ id: string; status: string; supersededBy: string | null }>;
    deadlines: Array<{ obligation: string; due: string; status: string }>;
    datasets: Array<{ id: string; flows: Array<{ agreement: string; status: string }> }>;
    funders: Array<{ funder: string; perYear: string; once: string }>;
    filesWithErrors: Array<{ path: string; errors: number }>;
}

function report(args: string[], cwd = EXAMPLES) {
    return runCli(['report', ...args], { cwd });
}

/** The onward-transfer pair of issue 17: A sends a dataset to X with `onward forbidden`, B sends it on from X. */
const REGISTRY = [
    'department Health "上海市卫生健康委员会" of Shanghai',
    'department Health "杭州市卫生健康委员会" of Hangzhou',
    'department Health "南京市卫生健康委员会" of Nanjing',
    'dataset Records "居民健康档案统计" of Shanghai.Health { sharing unconditional }',
    '',
].join('\n');
const closing = ['  body Board "联席会议" {', '    members {M}', '    chair {C}', '    decides by unanimity', '  }', '  disputes by Board', '  amendment by unanimity', '  termination notice 90 days'];
function pactText(name: string, a: string, b: string, exchange: string[]): string {
    return [`agreement ${name} "协议${name}" {`, '  version 1.0.0', '  dimensions cross-region, cross-department', '  signed 2024-01-01', '  effective 2024-01-01 until 2026-12-31',
        `  party ${a}`, `  party ${b}`, ...exchange, ...closing.map(l => l.replace('{M}', `${a}, ${b}`).replace('{C}', a)), '}', ''].join('\n');
}
const A_TEXT = pactText('A', 'Shanghai.Health', 'Hangzhou.Health', ['  exchange Share "共享" {', '    data Shanghai.Health.Records', '    from Shanghai.Health', '    to Hangzhou.Health', '    purpose "统计"', '    onward forbidden', '  }']);
const B_TEXT = pactText('B', 'Hangzhou.Health', 'Nanjing.Health', ['  exchange Forward "转发" {', '    data Shanghai.Health.Records', '    from Hangzhou.Health', '    to Nanjing.Health', '    purpose "统计"', '  }']);

describe('citypact report (docs/language.md §10)', function () {
    this.timeout(60_000);

    it('ships the schema the build writes (regenerate with npm run build)', () => {
        assert.equal(fs.readFileSync(path.join(REPO, 'packages/language/schemas/citypact-report-1.schema.json'), 'utf8'), reportSchemaText());
    });

    it('reports the examples on 2025-06-30 as a reader of them would, valid against the schema', () => {
        const result = report(['.', '--as-of', '2025-06-30', '--format', 'json']);
        assert.equal(result.status, 0, result.stderr);
        const json = JSON.parse(result.stdout) as ReportJson;
        assert.ok(validate(json), JSON.stringify(validate.errors));
        assert.equal(json.asOf, '2025-06-30');
        const status = Object.fromEntries(json.agreements.map(a => [a.id, a.status]));
        assert.deepEqual(status, {
            GBATransportLink: 'in-force',
            HangzhouCityBrain: 'in-force',
            ShanghaiEmergencyCommand: 'in-force',
            XuhuiSmartElderCare: 'in-force',
            YRDMedicalSettlement: 'in-force',
            // Its successor was signed 2023-12-20 and took effect 2024-01-01.
            YRDMedicalSettlement2021: 'superseded',
        });
        assert.equal(json.agreements.find(a => a.id === 'YRDMedicalSettlement2021')!.supersededBy, 'YRDMedicalSettlement');
        const deadlines = Object.fromEntries(json.deadlines.map(d => [d.obligation, `${d.due} ${d.status}`]));
        // Due on the date itself counts as due; 2025-08-31 is within 90 days; the rest lie in the past.
        assert.equal(deadlines['ShanghaiEmergencyCommand.联合演练'], '2025-06-30 due');
        assert.equal(deadlines['XuhuiSmartElderCare.PlatformAccess'], '2025-06-30 due');
        assert.equal(deadlines['HangzhouCityBrain.SecurityAssessment'], '2025-08-31 due');
        assert.equal(deadlines['YRDMedicalSettlement.UpgradePlatform'], '2024-06-30 overdue');
        assert.ok(json.deadlines.every(d => d.due <= '2025-09-28'), 'nothing beyond the 90-day window');
        assert.ok(!json.deadlines.some(d => d.obligation.startsWith('YRDMedicalSettlement2021.')), 'a superseded agreement has no deadlines');
        const filings = json.datasets.find(d => d.id === 'Hangzhou.MedicalSecurity.CrossRegionFilings')!;
        assert.deepEqual(filings.flows.map(f => `${f.agreement} ${f.status}`), ['YRDMedicalSettlement in-force', 'YRDMedicalSettlement2021 superseded']);
        assert.deepEqual(json.funders.map(f => [f.funder, f.perYear, f.once]), [['Shanghai.Science', '0', '5000000'], ['Shanghai.Xuhui.CivilAffairs', '3600000', '0']]);
        assert.deepEqual(json.filesWithErrors, []);
    });

    it('gives the same bytes on a second run', () => {
        for (const format of ['json', 'md', 'html', 'ics']) {
            const first = report(['.', '--as-of', '2025-06-30', '--format', format]).stdout;
            assert.equal(report(['.', '--as-of', '2025-06-30', '--format', format]).stdout, first, format);
        }
    });

    it('statuses move with the date: expiring within 90 days (until included), then expired', () => {
        const on = (date: string) => (JSON.parse(report(['.', '--as-of', date, '--format', 'json']).stdout) as ReportJson).agreements.find(a => a.id === 'YRDMedicalSettlement')!.status;
        assert.equal(on('2026-10-01'), 'in-force', 'until is 91 days away');
        assert.equal(on('2026-10-02'), 'expiring', 'until 2026-12-31 is exactly 90 days after 2026-10-02');
        assert.equal(on('2026-12-31'), 'expiring', 'the until day is still in force');
        assert.equal(on('2027-01-01'), 'expired');
        assert.equal(on('2023-12-25'), 'signed', 'signed 2023-12-20, effective 2024-01-01');
        assert.equal(on('2023-12-01'), 'draft', 'not yet signed on the date');
    });

    it('writes an RFC 5545 calendar that ical.js reads: one event per obligation and per until, stable UIDs', () => {
        const first = report(['.', '--as-of', '2025-06-30', '--format', 'ics']);
        assert.equal(first.status, 0, first.stderr);
        assert.ok(first.stdout.split('\r\n').every(line => Buffer.byteLength(line) <= 75), 'folded at 75 octets');
        const calendar = new ICAL.Component(ICAL.parse(first.stdout));
        const events = calendar.getAllSubcomponents('vevent').map(e => new ICAL.Event(e));
        const uids = events.map(e => e.uid);
        assert.equal(new Set(uids).size, uids.length, 'UIDs are unique');
        // Five agreements neither expired nor superseded: each has an until; the 2021 one is left out.
        assert.ok(uids.includes('YRDMedicalSettlement@citypact'));
        assert.ok(!uids.includes('YRDMedicalSettlement2021@citypact'));
        assert.ok(!uids.some(uid => uid.startsWith('YRDMedicalSettlement2021.')));
        // Every obligation, not only those within 90 days.
        assert.ok(uids.includes('YRDMedicalSettlement.AdvanceFunds@citypact'));
        const drill = events.find(e => e.uid === 'ShanghaiEmergencyCommand.联合演练@citypact')!;
        assert.equal(drill.startDate.toString(), '2025-06-30');
        assert.ok(drill.startDate.isDate, 'an all-day event');
        assert.equal(drill.endDate.toString(), '2025-07-01');
        const json = JSON.parse(report(['.', '--as-of', '2025-06-30', '--format', 'json']).stdout) as ReportJson;
        assert.equal(events.filter(e => !e.uid.includes('.')).length, json.agreements.filter(a => a.status !== 'superseded' && a.status !== 'expired').length);
        const second = new ICAL.Component(ICAL.parse(report(['.', '--as-of', '2025-06-30', '--format', 'ics']).stdout));
        assert.deepEqual(second.getAllSubcomponents('vevent').map(e => new ICAL.Event(e).uid), uids);
    });

    it('writes a self-contained HTML page and Markdown, in Chinese with --locale zh-CN', () => {
        const html = report(['.', '--as-of', '2025-06-30', '--locale', 'zh-CN']).stdout;
        assert.match(html, /^<!DOCTYPE html>/);
        assert.match(html, /协议总览/);
        assert.match(html, /<svg class="cp-diagram cp-atlas"/);
        assert.doesNotMatch(html, /<script|<link |src="http|url\(http/, 'no script, no network');
        const md = report(['.', '--as-of', '2025-06-30', '--format', 'md']).stdout;
        assert.match(md, /^# Portfolio of agreements/);
        assert.match(md, /\| 2025-06-30 \| due \| `ShanghaiEmergencyCommand\.联合演练` \|/);
    });

    it('lists files with errors and still exits 0; exit 2 for a bad date, format or path', () => {
        const ws = tempWorkspace({ 'citypact.json': '{}', 'broken.citypact': 'agreement Broken "坏" {\n  version 1.0.0\n  effective 2024-01-01\n  party Shanghai.Nowhere\n}\n' });
        try {
            const result = report(['.', '--as-of', '2025-01-01', '--format', 'json'], ws.dir);
            assert.equal(result.status, 0, result.stderr);
            const json = JSON.parse(result.stdout) as ReportJson;
            assert.ok(validate(json));
            assert.deepEqual(json.filesWithErrors.map(f => f.path), ['broken.citypact']);
            assert.match(result.stderr, /broken\.citypact has \d+ errors?/);
            assert.equal(report(['.', '--as-of', '2025-02-30'], ws.dir).status, 2);
            assert.equal(report(['.', '--format', 'pdf'], ws.dir).status, 2);
            assert.equal(report(['nowhere'], ws.dir).status, 2);
            assert.equal(report(['.', '-o', path.join(ws.dir, 'no-such-folder', 'r.html')], ws.dir).status, 2);
        } finally {
            ws.cleanup();
        }
    });

    it('-o writes the file through the atomic writer', () => {
        const ws = tempWorkspace({});
        try {
            const out = path.join(ws.dir, 'portfolio.ics');
            const result = report(['.', '--as-of', '2025-06-30', '--format', 'ics', '-o', out]);
            assert.equal(result.status, 0, result.stderr);
            assert.equal(result.stdout, '');
            assert.match(fs.readFileSync(out, 'utf8'), /^BEGIN:VCALENDAR\r\n/);
            assert.deepEqual(fs.readdirSync(ws.dir), ['portfolio.ics'], 'no staging file left');
        } finally {
            ws.cleanup();
        }
    });
});

describe('citypact/portfolio (the editor\'s view and report page)', function () {
    this.timeout(60_000);

    it('answers from the server\'s documents what citypact report says, with the page on request', async () => {
        const client = startServer(EXAMPLES);
        try {
            await client.initialize(EXAMPLES);
            const result = await client.request('citypact/portfolio', { asOf: '2025-06-30', html: { cspSource: 'vscode-resource:', nonce: 'n0nce' } }) as {
                asOf: string; html: string;
                agreements: Array<{ id: string; status: string; uri: string; line: number; deadlines: Array<{ obligation: string; status: string }> }>;
            };
            assert.equal(result.asOf, '2025-06-30');
            const cli = JSON.parse(report(['.', '--as-of', '2025-06-30', '--format', 'json']).stdout) as ReportJson;
            assert.deepEqual(result.agreements.map(a => [a.id, a.status]), cli.agreements.map(a => [a.id, a.status]));
            assert.deepEqual(result.agreements.flatMap(a => a.deadlines.map(d => d.obligation)).sort(), cli.deadlines.map(d => d.obligation).sort());
            const yrd = result.agreements.find(a => a.id === 'YRDMedicalSettlement')!;
            assert.match(yrd.uri, /yrd-medical-settlement\/agreement\.citypact$/);
            assert.match(fs.readFileSync(new URL(yrd.uri), 'utf8').split('\n')[yrd.line - 1], /^agreement YRDMedicalSettlement /);
            assert.match(result.html, /<style nonce="n0nce">/);
            // Quotes in the attribute are escaped (&#39;), which HTML decodes before reading the policy.
            assert.match(result.html, /Content-Security-Policy" content="default-src &#39;none&#39;; [^"]*style-src &#39;nonce-n0nce&#39;/);
        } finally {
            client.child.kill();
        }
    });
});

describe('onward-transfer across two agreements (issue 17)', function () {
    this.timeout(60_000);

    it('is reported by check on B\'s from line', () => {
        const ws = tempWorkspace({ 'citypact.json': '{}', 'registry.citypact': REGISTRY, 'a.citypact': A_TEXT, 'b.citypact': B_TEXT });
        try {
            const result = runCli(['check', '.', '--format', 'json'], { cwd: ws.dir });
            const json = JSON.parse(result.stdout) as { files: Array<{ path: string; diagnostics: Array<{ rule: string; line: number; column: number; message: string }> }> };
            const found = json.files.flatMap(f => f.diagnostics.filter(d => d.rule === 'onward-transfer').map(d => ({ ...d, path: f.path })));
            assert.deepEqual(found.map(d => [d.path, d.line, d.column]), [['b.citypact', 10, 10]]);
            assert.match(found[0].message, /under A\.Share, which forbids onward transfer/);
            assert.equal(result.status, 1);
        } finally {
            ws.cleanup();
        }
    });

    it('disappears in the editor when A\'s onward becomes allowed-to the recipient', async () => {
        const ws = tempWorkspace({ 'citypact.json': '{}', 'registry.citypact': REGISTRY, 'a.citypact': A_TEXT, 'b.citypact': B_TEXT });
        const client = startServer(ws.dir);
        try {
            await client.initialize(ws.dir);
            const aUri = pathToFileURL(path.join(ws.dir, 'a.citypact')).toString();
            const bUri = pathToFileURL(path.join(ws.dir, 'b.citypact')).toString();
            type Publish = { uri: string; diagnostics: Array<{ code: string; range: { start: { line: number } } }> };
            const onward = (p: Publish) => p.diagnostics.filter(d => d.code === 'onward-transfer');
            const shown = client.waitFor<Publish>('textDocument/publishDiagnostics', p => p.uri === bUri && onward(p).length === 1);
            client.notify('textDocument/didOpen', { textDocument: { uri: aUri, languageId: 'citypact', version: 1, text: A_TEXT } });
            client.notify('textDocument/didOpen', { textDocument: { uri: bUri, languageId: 'citypact', version: 1, text: B_TEXT } });
            assert.equal(onward(await shown)[0].range.start.line, 9);

            const gone = client.waitFor<Publish>('textDocument/publishDiagnostics', p => p.uri === bUri && onward(p).length === 0);
            client.notify('textDocument/didChange', { textDocument: { uri: aUri, version: 2 }, contentChanges: [{ text: A_TEXT.replace('onward forbidden', 'onward allowed-to Nanjing.Health') }] });
            await gone;

            const back = client.waitFor<Publish>('textDocument/publishDiagnostics', p => p.uri === bUri && onward(p).length === 1);
            client.notify('textDocument/didChange', { textDocument: { uri: aUri, version: 3 }, contentChanges: [{ text: A_TEXT }] });
            await back;
        } finally {
            client.child.kill();
            ws.cleanup();
        }
    });
});
