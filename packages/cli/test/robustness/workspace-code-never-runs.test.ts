import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, type StdioClient } from '../lsp-client.js';
import { runCli, tempWorkspace } from '../run-cli.js';
import { hoverText, positionOf, type PublishParams } from './stress-helpers.js';

/**
 * The tools never execute, import or fetch anything a workspace names
 * (docs/reliability.md). A workspace full of traps is checked, formatted, exported
 * and opened in the language server: every script in it would leave a marker file
 * if it ran, and every URL in it points at a local server that counts requests.
 */
describe('workspace content is never executed, imported or fetched (robustness)', function () {
    this.timeout(60_000);
    let server: http.Server;
    let requests: string[];
    let base: string;
    let client: StdioClient | undefined;

    before(async () => {
        requests = [];
        server = http.createServer((request, response) => {
            requests.push(request.url ?? '');
            response.end('{}');
        });
        await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
        base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    after(async () => {
        client?.child.kill();
        await new Promise(resolve => server.close(resolve));
    });

    /** A script that, if anything ran it, would leave `pwned-<name>` and call home. */
    const trap = (name: string) => `require('fs').writeFileSync(require('path').join(__dirname, 'pwned-${name}'), 'ran');\n`
        + `fetch('${'BASE'}/ran/${name}').catch(() => {});\n`;

    function trappedWorkspace() {
        const agreement = [
            `/** Details: BASE/doc and file:///etc/passwd, $(touch pwned-shell) \`touch pwned-backtick\` */`,
            'agreement Trap "陷阱" en "BASE/label" {',
            '  version 1.0.0',
            '  effective 2024-01-01',
            '  party Shanghai',
            '  party Beijing',
            '  body B "b" {',
            '    members Shanghai, Beijing',
            '    chair Shanghai',
            '    decides by majority',
            '  }',
            '  clause Run "require(\'./evil.cjs\'); import(\'./evil.mjs\')" en "BASE/clause"',
            '  disputes by B then arbitration "BASE/forum"',
            '  amendment by majority',
            '  termination notice 30 days',
            '}',
            '',
        ].join('\n');
        const files: Record<string, string> = {
            'citypact.json': '{ "$schema": "BASE/schema.json" }\n',
            'agreement.citypact': agreement,
            'sub/citypact.json': '{ "$schema": "BASE/sub.json", "plugins": ["../evil.mjs"], "extends": "../evil.cjs", "require": "./citypact.config.js" }\n',
            'sub/a.citypact': 'city C "c"\n',
            'evil.mjs': trap('evil-mjs'),
            'evil.cjs': trap('evil-cjs'),
            'citypact.config.js': trap('config-js'),
            'citypact.config.mjs': trap('config-mjs'),
            '.citypactrc.js': trap('rc'),
            'node_modules/citypact-plugin/package.json': '{ "name": "citypact-plugin", "main": "index.js" }',
            'node_modules/citypact-plugin/index.js': trap('plugin'),
            'node_modules/.bin/citypact': `#!/bin/sh\ntouch pwned-bin\n`,
            'package.json': '{ "name": "trap", "scripts": { "preinstall": "touch pwned-npm" }, "citypact": { "plugins": ["./evil.mjs"] } }',
        };
        for (const [name, text] of Object.entries(files)) files[name] = text.replaceAll('BASE', base);
        return tempWorkspace(files);
    }

    function assertNothingRan(dir: string): void {
        const markers = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(name => path.basename(name).startsWith('pwned'));
        assert.deepEqual(markers, [], 'no workspace script ran');
        assert.deepEqual(requests, [], 'nothing was fetched');
    }

    it('citypact check and export (which checks the file first)', () => {
        const ws = trappedWorkspace();
        try {
            const env = { PATH: `${path.join(ws.dir, 'node_modules/.bin')}:${process.env.PATH}` };
            const sub = runCli(['check', 'sub'], { cwd: ws.dir, env });
            assert.equal(sub.status, 2, 'unknown keys in citypact.json are reported, never followed');
            assert.match(sub.stderr, /Unknown key "plugins"/);
            const exported = runCli(['export', 'agreement.citypact', '-o', 'out'], { cwd: ws.dir, env });
            assert.equal(exported.status, 0, exported.stderr);
            assert.match(fs.readFileSync(path.join(ws.dir, 'out/Trap.json'), 'utf8'), /\$\(touch pwned-shell\)/, 'text is exported as text');
            assertNothingRan(ws.dir);
        } finally {
            ws.cleanup();
        }
    });

    it('citypact lsp: workspace load, diagnostics, hover, symbols, tokens, lenses, completion, export', async () => {
        const ws = trappedWorkspace();
        try {
            client = startServer(ws.dir);
            await client.initialize(ws.dir);
            const file = path.join(ws.dir, 'agreement.citypact');
            const text = fs.readFileSync(file, 'utf8');
            const uri = pathToFileURL(file).toString();
            const published = client.waitFor<PublishParams>('textDocument/publishDiagnostics', p => p.uri === uri);
            client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'citypact', version: 1, text } });
            await published;
            assert.match(await hoverText(client, uri, positionOf(text, 'agreement Trap', 11)), /陷阱/);
            const textDocument = { uri };
            await client.request('textDocument/documentSymbol', { textDocument });
            await client.request('textDocument/semanticTokens/full', { textDocument });
            await client.request('textDocument/codeLens', { textDocument });
            await client.request('textDocument/completion', { textDocument, position: positionOf(text, '  amendment') });
            await client.request('citypact/export', { uri, format: 'json' });
            await client.request('shutdown', null);
            assertNothingRan(ws.dir);
        } finally {
            client?.child.kill();
            client = undefined;
            ws.cleanup();
        }
    });
});
