import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import AjvDraft04Module from "ajv-draft-04";

// ajv-draft-04 is CommonJS: its class is the default export of the module object.
type AjvClass = new (options: Record<string, unknown>) => { compile(schema: unknown): ((data: unknown) => boolean) & { errors?: unknown[] | null } };
const Ajv04 = ((AjvDraft04Module as unknown as { default?: AjvClass }).default ?? AjvDraft04Module) as unknown as AjvClass;
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { REPOSITORY_URL, RULE_IDS } from 'citypact-language';
import { REPO, runCli, tempWorkspace } from './run-cli.js';

const BROKEN = [
    'department Health "上海市卫生健康委员会" of Shanghai',
    'agreement A "协议" {',
    '  version 1.0.0',
    '  effective 2024-02-30',
    '  party Shanghai.Health',
    '  party Shanghai.Nowhere',
    '}',
    '',
].join('\n');

function withBroken<T>(run: (dir: string) => T): T {
    const ws = tempWorkspace({ 'citypact.json': '{}', 'a.citypact': BROKEN, 'clean.citypact': 'district Minhang "闵行区" of Shanghai {\n  code 310112\n}\n' });
    try {
        return run(ws.dir);
    } finally {
        ws.cleanup();
    }
}

describe('citypact check report formats', function () {
    this.timeout(60_000);

    it('sarif: validates against the SARIF 2.1.0 schema, with catalog rules and fingerprints', () => withBroken(dir => {
        const result = runCli(['check', '.', '--format', 'sarif'], { cwd: dir });
        assert.equal(result.status, 1);
        const log = JSON.parse(result.stdout);
        const schema = JSON.parse(fs.readFileSync(new URL('../../test/fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
        // The published schema has one pattern that is invalid in Unicode mode, and uses
        // formats (uri) that are not part of the structural check.
        const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false });
        const validate = ajv.compile(schema);
        assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
        const run = log.runs[0];
        assert.deepEqual(run.tool.driver.rules.map((r: { id: string }) => r.id), [...RULE_IDS]);
        assert.ok(run.tool.driver.rules.every((r: { help: { text: string } }) => r.help.text.length > 40));
        // Each rule links to its own section of docs/rules.md, one heading per rule id.
        const rulesMd = fs.readFileSync(path.join(REPO, 'docs/rules.md'), 'utf8');
        for (const rule of run.tool.driver.rules as { id: string; helpUri: string }[]) {
            assert.equal(rule.helpUri, `${REPOSITORY_URL}/blob/main/docs/rules.md#${rule.id}`);
            assert.match(rulesMd, new RegExp(`^## ${rule.id}$`, 'm'), `docs/rules.md has no section for ${rule.id}`);
        }
        const unresolved = run.results.find((r: { ruleId: string }) => r.ruleId === 'unresolved-reference');
        assert.deepEqual(unresolved.locations[0].physicalLocation.region, { startLine: 6, startColumn: 9, endLine: 6, endColumn: 25 });
        assert.equal(run.tool.driver.rules[unresolved.ruleIndex].id, 'unresolved-reference');
        const fingerprints = run.results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['citypact/v1']);
        assert.equal(new Set(fingerprints).size, fingerprints.length, 'fingerprints are unique');
        // Stable: a line inserted above the findings does not change them.
        fs.writeFileSync(path.join(dir, 'a.citypact'), '// a new first line\n' + BROKEN);
        const moved = JSON.parse(runCli(['check', '.', '--format', 'sarif'], { cwd: dir }).stdout).runs[0].results;
        assert.deepEqual(moved.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['citypact/v1']), fingerprints);
    }));

    it('github: one workflow command per finding, in the runner syntax', () => withBroken(dir => {
        const result = runCli(['check', '.', '--format', 'github'], { cwd: dir });
        assert.equal(result.status, 1);
        const lines = result.stdout.trim().split('\n');
        assert.ok(lines.length >= 2);
        const syntax = /^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=citypact [a-z-]+::[^\r\n]+$/;
        for (const line of lines) assert.match(line, syntax);
        assert.ok(lines.includes("::error file=a.citypact,line=6,col=9,endLine=6,endColumn=25,title=citypact unresolved-reference::Cannot resolve 'Shanghai.Nowhere': no actor (jurisdiction, department or organization) with this qualified name (unresolved-reference)"), lines.join('\n'));
    }));

    it('junit: well-formed XML, one test case per file, failures for errors', () => withBroken(dir => {
        const result = runCli(['check', '.', '--format', 'junit'], { cwd: dir });
        assert.equal(result.status, 1);
        assert.equal(XMLValidator.validate(result.stdout), true);
        const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(result.stdout);
        const suite = parsed.testsuites.testsuite;
        assert.equal(suite.tests, '2');
        assert.equal(suite.failures, '1');
        const cases = Array.isArray(suite.testcase) ? suite.testcase : [suite.testcase];
        const failing = cases.find((c: { name: string }) => c.name === 'a.citypact');
        assert.match(failing.failure['#text'], /a\.citypact:6:9 error Cannot resolve 'Shanghai\.Nowhere'/);
        assert.equal(cases.find((c: { name: string }) => c.name === 'clean.citypact').failure, undefined);
    }));

    it('-o writes the report to a file while the summary goes to the terminal', () => withBroken(dir => {
        const result = runCli(['check', '.', '--format', 'json', '-o', 'report.json'], { cwd: dir });
        assert.equal(result.status, 1);
        assert.match(result.stdout, /problems? \(/);
        const report = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8'));
        assert.equal(report.summary.files, 2);
        const unwritable = runCli(['check', '.', '-o', 'a.citypact/report.txt'], { cwd: dir });
        assert.equal(unwritable.status, 2);
        assert.match(unwritable.stderr, /cannot write the report/);
    }));

    it('expands quoted globs, skips .citypactignore entries, and rejects a glob that matches nothing', () => {
        const ws = tempWorkspace({
            'citypact.json': '{}',
            'agreements/a.citypact': 'district A1 "a" of Shanghai\n',
            'agreements/deep/b.citypact': 'district B1 "b" of Shanghai\n',
            'agreements/draft/c.citypact': 'district C1 "c" of Shanghai\n',
            'other/d.citypact': 'district D1 "d" of Shanghai\n',
            'node_modules/x/e.citypact': 'garbage {{{',
            '.citypactignore': 'agreements/draft/\n',
        });
        try {
            const result = runCli(['check', 'agreements/**/*.citypact', '--format', 'json'], { cwd: ws.dir });
            assert.equal(result.status, 0, result.stderr);
            const paths = JSON.parse(result.stdout).files.map((f: { path: string }) => f.path);
            assert.deepEqual(paths, ['agreements/a.citypact', 'agreements/deep/b.citypact']);
            const all = JSON.parse(runCli(['check', '--format', 'json'], { cwd: ws.dir }).stdout).files.map((f: { path: string }) => f.path);
            assert.deepEqual(all, ['agreements/a.citypact', 'agreements/deep/b.citypact', 'other/d.citypact']);
            const none = runCli(['check', 'nothing/**/*.citypact'], { cwd: ws.dir });
            assert.equal(none.status, 2);
            assert.match(none.stderr, /no files match this pattern/);
        } finally {
            ws.cleanup();
        }
    });
});

describe('citypact fmt', function () {
    this.timeout(60_000);

    it('--check lists files that would change and exits 1; fmt rewrites them; then --check exits 0', () => {
        const messy = 'city   Foo "福" {code 110000   tier small}\n\n\n\nagreement A "a" { version 1.0.0 effective 2024-01-01 // start\n party Shanghai party Beijing }';
        const ws = tempWorkspace({ 'messy.citypact': messy, 'tidy.citypact': 'city Bar "巴"\n' });
        try {
            const before = runCli(['check', '.', '--format', 'json'], { cwd: ws.dir }).stdout;
            const check = runCli(['fmt', '--check'], { cwd: ws.dir });
            assert.equal(check.status, 1);
            assert.equal(check.stdout, 'messy.citypact\n');
            assert.equal(fs.readFileSync(path.join(ws.dir, 'messy.citypact'), 'utf8'), messy, '--check writes nothing');
            assert.equal(runCli(['fmt'], { cwd: ws.dir }).status, 0);
            assert.equal(fs.readFileSync(path.join(ws.dir, 'messy.citypact'), 'utf8'), [
                'city Foo "福" {', '  code 110000', '  tier small', '}', '', 'agreement A "a" {', '  version 1.0.0',
                '  effective 2024-01-01 // start', '  party Shanghai', '  party Beijing', '}', '',
            ].join('\n'));
            assert.equal(runCli(['fmt', '--check'], { cwd: ws.dir }).status, 0);
            const after = runCli(['check', '.', '--format', 'json'], { cwd: ws.dir }).stdout;
            const strip = (json: string) => JSON.parse(json).files.map((f: { diagnostics: Array<{ rule: string; message: string }> }) => f.diagnostics.map(d => `${d.rule} ${d.message}`));
            assert.deepEqual(strip(after), strip(before), 'formatting never changes diagnostics');
        } finally {
            ws.cleanup();
        }
    });

    it('leaves a file that does not parse untouched and exits 1', () => {
        const ws = tempWorkspace({ 'broken.citypact': 'city {{{ "x' });
        try {
            const result = runCli(['fmt'], { cwd: ws.dir });
            assert.equal(result.status, 1);
            assert.match(result.stderr, /broken\.citypact: not formatted: the file has syntax errors/);
            assert.equal(fs.readFileSync(path.join(ws.dir, 'broken.citypact'), 'utf8'), 'city {{{ "x');
        } finally {
            ws.cleanup();
        }
    });

    it('keeps every example in the canonical layout', () => {
        const result = runCli(['fmt', '--check', 'examples']);
        assert.equal(result.stdout, '');
        assert.equal(result.status, 0);
    });
});
