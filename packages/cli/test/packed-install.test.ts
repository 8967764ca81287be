import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { StdioClient } from './lsp-client.js';
import { assertAllAnswered } from './robustness/stress-helpers.js';
import { REPO } from './run-cli.js';
import { writeTransitWorkspaces } from './transit-workspace.js';
import { npm, packCli } from './packed-cli.js';

/**
 * The `citypact` package as a user gets it: `npm pack` of packages/cli, installed
 * with `npm install <tarball>` into an empty folder outside the repository, then
 * every command run from there with whatever Node.js runs this suite (the node
 * matrix runs it under 20, 22 and 24). Nothing of the repository is on the path:
 * a missing file in `files`, a workspace sibling left unbundled or a second
 * JSON-RPC copy fails here, not on a user's machine.
 */
describe('the packed citypact package, installed outside the repository', function () {
    this.timeout(180_000);
    let home: string;
    let project: string;
    let bin: string;

    const run = (args: string[], options: { cwd?: string; input?: string } = {}) => {
        const result = spawnSync(process.execPath, [bin, ...args], {
            cwd: options.cwd ?? project, input: options.input, encoding: 'utf8', timeout: 60_000,
            env: { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '' },
        });
        return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    };

    before(function () {
        home = fs.mkdtempSync(path.join(os.tmpdir(), 'citypact-packed-'));
        const tarball = packCli(home);
        project = path.join(home, 'agreements');
        fs.mkdirSync(project);
        fs.writeFileSync(path.join(project, 'package.json'), '{ "name": "agreements", "private": true }\n');
        npm(['install', '--offline', '--no-package-lock', tarball], project);
        bin = path.join(project, 'node_modules/citypact/bin/citypact.js');
        writeTransitWorkspaces(project);
    });

    after(() => {
        if (home) fs.rmSync(home, { recursive: true, force: true });
    });

    it('holds the bundle, its licences, the schemas and the docs, and no workspace dependency', () => {
        const installed = path.join(project, 'node_modules/citypact');
        const pkg = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
        assert.equal(pkg.private, undefined, 'publishable');
        assert.deepEqual(Object.keys(pkg.dependencies ?? {}), [], 'self-contained: nothing to resolve at install');
        assert.ok(pkg.engines?.node, 'engines.node declared');
        for (const file of ['bin/citypact.js', 'dist/citypact.cjs', 'dist/THIRD-PARTY-NOTICES.txt', 'schemas/citypact-export-1.schema.json', 'schemas/citypact.schema.json', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
            assert.ok(fs.existsSync(path.join(installed, file)), `${file} is in the package`);
        }
        assert.ok(!fs.existsSync(path.join(installed, 'src')) && !fs.existsSync(path.join(installed, 'test')), 'no sources or tests shipped');
        assert.deepEqual(fs.readdirSync(path.join(project, 'node_modules')).filter(name => !name.startsWith('.')), ['citypact']);
        assert.match(fs.readFileSync(path.join(installed, 'dist/THIRD-PARTY-NOTICES.txt'), 'utf8'), /^langium@4\.4\.\d+ \(MIT\)$/m);
    });

    it('runs --version and --help, and `npx citypact` finds it', () => {
        const version = run(['--version']);
        assert.equal(version.status, 0, version.stderr);
        assert.equal(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(REPO, 'packages/cli/package.json'), 'utf8')).version);
        const help = run(['check', '--help']);
        assert.equal(help.status, 0);
        assert.match(help.stdout, /docs\/language\.md/);
        // The shebang's `env node` must find the Node.js under test first.
        const npx = spawnSync('npx', ['--no-install', 'citypact', '--version'], {
            cwd: project, encoding: 'utf8', timeout: 60_000,
            env: { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}` },
        });
        assert.equal(npx.status, 0, npx.stderr);
        assert.equal(npx.stdout.trim(), version.stdout.trim());
    });

    it('checks a clean workspace (exit 0) and one with errors (exit 1, rule ids)', () => {
        const clean = run(['check', 'clean']);
        assert.equal(clean.status, 0, clean.stdout + clean.stderr);
        assert.match(clean.stdout, /No problems/);
        const broken = run(['check', 'broken', '--format', 'json']);
        assert.equal(broken.status, 1, broken.stderr);
        const report = JSON.parse(broken.stdout) as { files: Array<{ diagnostics: Array<{ rule: string; line: number }> }> };
        const rules = report.files.flatMap(file => file.diagnostics.map(d => `${d.rule}@${d.line}`));
        assert.ok(rules.includes('cost-shares-sum@13'), rules.join(', '));
    });

    it('exports JSON that validates against the schema the package ships, and prints that schema', () => {
        const out = path.join(home, 'export');
        const result = run(['export', 'clean', '-o', out]);
        assert.equal(result.status, 0, result.stderr);
        const schemaFile = path.join(project, 'node_modules/citypact/schemas/citypact-export-1.schema.json');
        const printed = run(['schema']);
        assert.equal(printed.status, 0);
        assert.equal(printed.stdout, fs.readFileSync(schemaFile, 'utf8'));
        const validate = new Ajv2020({ strict: false }).compile(JSON.parse(printed.stdout));
        const document: unknown = JSON.parse(fs.readFileSync(path.join(out, 'Transit.json'), 'utf8'));
        assert.ok(validate(document), JSON.stringify(validate.errors));
        assert.equal((document as { agreement: { parties: unknown[] } }).agreement.parties.length, 2);
    });

    it('checks the layout with fmt --check and formats stdin with fmt -', () => {
        assert.equal(run(['fmt', '--check', 'clean']).status, 0);
        const messy = fs.readFileSync(path.join(project, 'clean/registry.citypact'), 'utf8').replace(/\n  /g, '\n      ');
        const formatted = run(['fmt', '-', '--stdin-filename', 'clean/registry.citypact'], { input: messy });
        assert.equal(formatted.status, 0, formatted.stderr);
        assert.equal(formatted.stdout, fs.readFileSync(path.join(project, 'clean/registry.citypact'), 'utf8'));
    });

    it('renders an HTML page', () => {
        const out = path.join(home, 'render');
        const result = run(['render', 'clean', '--format', 'html', '-o', out]);
        assert.equal(result.status, 0, result.stderr);
        const html = fs.readFileSync(path.join(out, 'Transit.html'), 'utf8');
        assert.match(html, /<svg/);
        assert.match(html, /广州市交通运输局/);
    });

    it('serves LSP on stdio with no flag, and answers cancelled requests with error -32800', async () => {
        const child = spawn(process.execPath, [bin, 'lsp'], { cwd: path.join(project, 'clean') });
        const client = new StdioClient(child);
        try {
            await client.initialize(path.join(project, 'clean'));
            const file = path.join(project, 'clean/agreement.citypact');
            const uri = pathToFileURL(file).toString();
            const text = fs.readFileSync(file, 'utf8');
            client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'citypact', version: 1, text } });
            // A long edit keeps the server rebuilding; requests sent meanwhile and cancelled at once
            // must come back as errors: with two vscode-jsonrpc copies they came back as results.
            const long = text + Array.from({ length: 3_000 }, (_, i) => `department D${i} "部门${i}" of Guangzhou\n`).join('');
            const responses: Array<Promise<unknown>> = [];
            for (let round = 0; round < 4; round++) {
                client.notify('textDocument/didChange', { textDocument: { uri, version: round + 2 }, contentChanges: [{ text: round % 2 ? text : long }] });
                for (const method of ['textDocument/hover', 'textDocument/definition', 'textDocument/references', 'textDocument/semanticTokens/full']) {
                    const { id, response } = client.send(method, { textDocument: { uri }, position: { line: 5, character: 18 }, context: { includeDeclaration: true } });
                    responses.push(response);
                    client.cancel(id);
                }
            }
            const { cancelled } = await assertAllAnswered(responses, 30_000);
            assert.ok(cancelled > 0, 'some requests were really cancelled');
            const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 18 } }) as { contents: { value: string } };
            assert.match(hover.contents.value, /广州市交通运输局/);
        } finally {
            child.kill();
        }
    });
});
