import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { EXPORT_SCHEMA, ODRL_CONTEXT } from 'citypact-language';
import { runCli, tempWorkspace, REPO } from './run-cli.js';

const REGISTRY = [
    'department MedicalSecurity "上海市医疗保障局" of Shanghai',
    'department MedicalSecurity "杭州市医疗保障局" of Hangzhou',
    'dataset Members "参保人员" of Shanghai.MedicalSecurity {',
    '  sharing conditional "仅限结算"',
    '  personal-data ordinary',
    '}',
    '',
].join('\n');

const AGREEMENT = (name: string, party = 'Hangzhou.MedicalSecurity') => [
    `/** ${name} for the tests. */`,
    `agreement ${name} "结算协议" {`,
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
    '  exchange Records "结算数据" {',
    '    data Shanghai.MedicalSecurity.Members',
    '    from Shanghai.MedicalSecurity',
    `    to ${party}`,
    '    purpose "结算"',
    '    basis statutory-duty',
    '    retention 2 years',
    '    onward forbidden',
    '  }',
    '  disputes by Committee',
    '  amendment by unanimity',
    '  termination notice 90 days',
    '}',
    '',
].join('\n');

const validate = new Ajv2020({ strict: true, allErrors: true }).compile(EXPORT_SCHEMA);
const assertValid = (document: unknown) => assert.ok(validate(document), JSON.stringify(validate.errors, null, 2));

/** Every file below a folder, relative, so a test can prove nothing else appeared. */
function filesBelow(folder: string): string[] {
    return fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).map(f => f.split(path.sep).join('/')).sort();
}

describe('citypact export (as a process)', function () {
    this.timeout(60_000);

    it('writes <id>.json into -o DIR, valid against the schema, exit 0', () => {
        const ws = tempWorkspace({ 'citypact.json': '{}', 'registry.citypact': REGISTRY, 'agreements/main.citypact': AGREEMENT('Settlement') });
        try {
            const result = runCli(['export', 'agreements/main.citypact', '-o', 'out'], { cwd: ws.dir });
            assert.equal(result.status, 0, result.stderr);
            assert.equal(result.stdout, '');
            assert.deepEqual(fs.readdirSync(path.join(ws.dir, 'out')), ['Settlement.json']);
            const text = fs.readFileSync(path.join(ws.dir, 'out/Settlement.json'), 'utf8');
            const document = JSON.parse(text);
            assertValid(document);
            assert.equal(document.source.path, 'agreements/main.citypact');
            const bytes = fs.readFileSync(path.join(ws.dir, 'agreements/main.citypact'));
            assert.equal(document.source.sha256, createHash('sha256').update(bytes).digest('hex'));
            assert.equal(document.agreement.doc, 'Settlement for the tests.');
            assert.deepEqual(document.agreement.datasets.map((d: { id: string }) => d.id), ['Shanghai.MedicalSecurity.Members']);
        } finally {
            ws.cleanup();
        }
    });

    it('prints a JSON array without -o, byte-identical from run to run', () => {
        const ws = tempWorkspace({ 'citypact.json': '{}', 'registry.citypact': REGISTRY, 'a.citypact': AGREEMENT('First'), 'b.citypact': AGREEMENT('Second') });
        try {
            const first = runCli(['export', '.'], { cwd: ws.dir });
            assert.equal(first.status, 0, first.stderr);
            const documents = JSON.parse(first.stdout) as Array<{ agreement: { id: string } }>;
            assert.deepEqual(documents.map(d => d.agreement.id), ['First', 'Second']);
            documents.forEach(assertValid);
            const second = runCli(['export', '.'], { cwd: ws.dir });
            assert.equal(second.stdout, first.stdout);
            assert.deepEqual(filesBelow(ws.dir), ['a.citypact', 'b.citypact', 'citypact.json', 'registry.citypact'], 'nothing written');
        } finally {
            ws.cleanup();
        }
    });

    it('writes <id>.odrl.jsonld with --format odrl', () => {
        const ws = tempWorkspace({ 'citypact.json': '{}', 'registry.citypact': REGISTRY, 'main.citypact': AGREEMENT('Settlement') });
        try {
            const result = runCli(['export', 'main.citypact', '--format', 'odrl', '-o', 'out'], { cwd: ws.dir });
            assert.equal(result.status, 0, result.stderr);
            assert.deepEqual(fs.readdirSync(path.join(ws.dir, 'out')), ['Settlement.odrl.jsonld']);
            const odrl = JSON.parse(fs.readFileSync(path.join(ws.dir, 'out/Settlement.odrl.jsonld'), 'utf8'));
            assert.equal(odrl['@context'][0], ODRL_CONTEXT);
            assert.equal(odrl['@graph'].length, 1);
            const [policy] = odrl['@graph'];
            assert.equal(policy['@type'], 'Agreement');
            assert.equal(policy.assigner, 'urn:citypact:actor:Shanghai.MedicalSecurity');
            assert.equal(policy.assignee, 'urn:citypact:actor:Hangzhou.MedicalSecurity');
            assert.deepEqual(policy.prohibition, [{
                target: 'urn:citypact:dataset:Shanghai.MedicalSecurity.Members', action: 'distribute',
                assigner: policy.assigner, assignee: policy.assignee,
            }]);
            assert.equal(policy.obligation[0].constraint[0].rightOperand['@value'], 'P2Y');
        } finally {
            ws.cleanup();
        }
    });

    it('refuses an agreement with errors: exit 1, its diagnostics on stderr, nothing written', () => {
        const ws = tempWorkspace({ 'citypact.json': '{}', 'registry.citypact': REGISTRY, 'main.citypact': AGREEMENT('Settlement', 'Hangzhou.Nowhere') });
        try {
            const result = runCli(['export', 'main.citypact', '-o', 'out'], { cwd: ws.dir });
            assert.equal(result.status, 1);
            assert.equal(result.stdout, '');
            assert.match(result.stderr, /main\.citypact: Settlement not exported/);
            assert.match(result.stderr, /main\.citypact:\d+:\d+: .*\[unresolved-reference\]/);
            assert.equal(fs.existsSync(path.join(ws.dir, 'out')), false);
            const printed = runCli(['export', 'main.citypact'], { cwd: ws.dir });
            assert.equal(printed.status, 1);
            assert.equal(printed.stdout, '[]\n');
        } finally {
            ws.cleanup();
        }
    });

    it('still exports the clean agreements when another file has errors, and exits 1', () => {
        const ws = tempWorkspace({
            'citypact.json': '{}', 'registry.citypact': REGISTRY,
            'good.citypact': AGREEMENT('Good'), 'bad.citypact': AGREEMENT('Bad', 'Hangzhou.Nowhere'),
        });
        try {
            const result = runCli(['export', 'good.citypact', 'bad.citypact', '-o', 'out'], { cwd: ws.dir });
            assert.equal(result.status, 1);
            assert.deepEqual(fs.readdirSync(path.join(ws.dir, 'out')), ['Good.json']);
        } finally {
            ws.cleanup();
        }
    });

    it('refuses every agreement that would ship a registry error (§6 export guard), naming the declaration and file', () => {
        const shanghai = 'department MedicalSecurity "上海市医疗保障局" of Shanghai';
        for (const rule of ['uscc-format', 'division-code'] as const) {
            // A wrong check character on a party; a Pudong district code under Jiangsu's 32 on a party's district.
            const registry = rule === 'uscc-format'
                ? REGISTRY.replace(shanghai, `${shanghai} {\n  uscc "11310000MB2F06207X"\n}`)
                : `${REGISTRY}district Pudong "浦东新区" of Shanghai {\n  code 320115\n}\ndepartment Health "浦东新区卫生健康委员会" of Shanghai.Pudong\n`;
            const agreement = rule === 'uscc-format' ? AGREEMENT('Settlement') : AGREEMENT('Settlement', 'Shanghai.Pudong.Health');
            const ws = tempWorkspace({ 'citypact.json': '{}', 'registry.citypact': registry, 'main.citypact': agreement });
            try {
                const check = runCli(['check', '.'], { cwd: ws.dir });
                assert.equal(check.status, 1, check.stdout);
                const result = runCli(['export', 'main.citypact', '-o', 'out'], { cwd: ws.dir });
                assert.equal(result.status, 1, `${rule}: ${result.stderr}`);
                assert.match(result.stderr, /main\.citypact: Settlement not exported/);
                const where = rule === 'uscc-format' ? /department Shanghai\.MedicalSecurity/ : /district Shanghai\.Pudong/;
                assert.match(result.stderr, new RegExp(`registry\\.citypact:\\d+:\\d+: ${where.source}, which this agreement exports: .*\\[${rule}\\]`));
                assert.equal(fs.existsSync(path.join(ws.dir, 'out')), false, 'nothing written');
            } finally {
                ws.cleanup();
            }
        }
    });

    it('carries a declared USCC into the export (format 1.1.0)', () => {
        const registry = REGISTRY.replace('department MedicalSecurity "上海市医疗保障局" of Shanghai', 'department MedicalSecurity "上海市医疗保障局" of Shanghai {\n  uscc "11310000MB2F06207Q"\n}');
        const ws = tempWorkspace({ 'citypact.json': '{}', 'registry.citypact': registry, 'main.citypact': AGREEMENT('Settlement') });
        try {
            const result = runCli(['export', 'main.citypact'], { cwd: ws.dir });
            assert.equal(result.status, 0, result.stderr);
            const [document] = JSON.parse(result.stdout);
            assertValid(document);
            assert.equal(document.agreement.parties[0].uscc, '11310000MB2F06207Q');
            assert.equal(document.agreement.parties[1].uscc, undefined);
        } finally {
            ws.cleanup();
        }
    });

    it('fails with one clear line and exit 2 when -o cannot be written, leaving no partial file', () => {
        const ws = tempWorkspace({ 'citypact.json': '{}', 'registry.citypact': REGISTRY, 'main.citypact': AGREEMENT('Settlement'), 'plain-file': '' });
        try {
            // chmod does not stop root from writing; a path below a regular file stops everyone.
            const isRoot = process.getuid?.() === 0;
            let output = 'plain-file/out';
            if (!isRoot) {
                fs.mkdirSync(path.join(ws.dir, 'locked'));
                fs.chmodSync(path.join(ws.dir, 'locked'), 0o555);
                output = 'locked';
            }
            const before = filesBelow(ws.dir);
            const result = runCli(['export', 'main.citypact', '-o', output], { cwd: ws.dir });
            if (!isRoot) fs.chmodSync(path.join(ws.dir, 'locked'), 0o755);
            assert.equal(result.status, 2);
            assert.equal(result.stdout, '');
            const lines = result.stderr.trimEnd().split('\n');
            assert.equal(lines.length, 1, result.stderr);
            assert.match(lines[0], isRoot
                ? /^citypact export: cannot create the output folder plain-file\/out: not a directory$/
                : /^citypact export: cannot write .*Settlement\.json: permission denied$/);
            assert.deepEqual(filesBelow(ws.dir), before);
        } finally {
            ws.cleanup();
        }
    });

    it('leaves the old file and no temporary file when the final rename fails (exit 2)', () => {
        const ws = tempWorkspace({ 'citypact.json': '{}', 'registry.citypact': REGISTRY, 'a.citypact': AGREEMENT('First'), 'b.citypact': AGREEMENT('Second') });
        try {
            fs.mkdirSync(path.join(ws.dir, 'out/Second.json'), { recursive: true });
            fs.writeFileSync(path.join(ws.dir, 'out/Second.json/keep'), 'x');
            const result = runCli(['export', 'a.citypact', 'b.citypact', '-o', 'out'], { cwd: ws.dir });
            assert.equal(result.status, 2);
            assert.match(result.stderr, /^citypact export: cannot write out\/Second\.json: .+\n$/);
            assert.deepEqual(filesBelow(path.join(ws.dir, 'out')).filter(f => f.endsWith('.tmp')), []);
            assert.equal(fs.readFileSync(path.join(ws.dir, 'out/Second.json/keep'), 'utf8'), 'x');
        } finally {
            ws.cleanup();
        }
    });

    it('reports usage problems with exit 2', () => {
        assert.equal(runCli(['export']).status, 2);
        const format = runCli(['export', '.', '--format', 'pdf']);
        assert.equal(format.status, 2);
        assert.match(format.stderr, /unknown format "pdf"/);
        assert.match(runCli(['export', '--help']).stdout, /Usage: citypact export <paths\.\.\.>/);
    });

    it('exports every agreement of examples/ and each document validates', function () {
        const examples = path.join(REPO, 'examples');
        const hasAgreements = fs.existsSync(examples) && filesBelow(examples)
            .some(f => f.endsWith('.citypact') && /^\s*agreement\s/m.test(fs.readFileSync(path.join(examples, f), 'utf8')));
        if (!hasAgreements) this.skip();
        const result = runCli(['export', 'examples']);
        assert.equal(result.status, 0, result.stderr);
        const documents = JSON.parse(result.stdout) as Array<{ agreement: { id: string } }>;
        assert.ok(documents.length > 0);
        documents.forEach(assertValid);
        const odrl = runCli(['export', 'examples', '--format', 'odrl']);
        assert.equal(odrl.status, 0, odrl.stderr);
        for (const document of JSON.parse(odrl.stdout) as Array<{ '@graph': Array<{ assigner: unknown; assignee: unknown }> }>) {
            for (const policy of document['@graph']) {
                assert.equal(typeof policy.assigner, 'string');
                assert.equal(typeof policy.assignee, 'string');
            }
        }
    });
});

describe('citypact schema (as a process)', function () {
    this.timeout(60_000);

    it('prints the committed JSON Schema', () => {
        const result = runCli(['schema']);
        assert.equal(result.status, 0, result.stderr);
        assert.equal(result.stdout, fs.readFileSync(path.join(REPO, 'packages/language/schemas/citypact-export-1.schema.json'), 'utf8'));
        assert.equal(JSON.parse(result.stdout).$id, 'https://citypact.dev/schema/export/v1.json');
    });
});
