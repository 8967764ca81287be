import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, type StdioClient } from '../lsp-client.js';
import { BIN, tempWorkspace } from '../run-cli.js';

interface PublishParams {
    uri: string;
    diagnostics: Array<{ code: string; message: string }>;
}

// Issue 20 over stdio, as a generic LSP client drives `citypact lsp`.
describe('language server: hostile traffic (issue 20)', function () {
    this.timeout(60_000);
    let client: StdioClient | undefined;
    let cleanup: (() => void) | undefined;
    afterEach(() => {
        client?.child.kill();
        client = undefined;
        cleanup?.();
        cleanup = undefined;
    });

    it('ignores documents of other languages (plaintext, json, markdown, .txt) and keeps serving', async () => {
        const ws = tempWorkspace({ 'citypact.json': '{}' });
        cleanup = ws.cleanup;
        client = startServer(ws.dir);
        await client.initialize(ws.dir);
        const uriOf = (name: string) => pathToFileURL(path.join(ws.dir, name)).toString();
        const others = [
            { uri: uriOf('notes.txt'), languageId: 'plaintext', text: 'agreement? no: notes\n' },
            { uri: uriOf('citypact.json'), languageId: 'json', text: '{}' },
            { uri: uriOf('README.md'), languageId: 'markdown', text: '# hi & <b>\n' },
            { uri: uriOf('data.json'), languageId: 'citypact', text: '{"not": "citypact"}' },
            { uri: 'untitled:Untitled-1', languageId: 'plaintext', text: 'x' },
        ];
        for (const [index, document] of others.entries()) {
            client.notify('textDocument/didOpen', { textDocument: { ...document, version: 1 } });
            client.notify('textDocument/didChange', { textDocument: { uri: document.uri, version: 2 }, contentChanges: [{ text: document.text + ' ' }] });
            const hover = await client.request('textDocument/hover', { textDocument: { uri: document.uri }, position: { line: 0, character: 0 } });
            if (index < 3) assert.equal(hover, null);
        }
        for (const document of others) client.notify('textDocument/didClose', { textDocument: { uri: document.uri } });

        // Still alive: a CityPact document gets its diagnostics.
        const uri = uriOf('a.citypact');
        const published = client.waitFor<PublishParams>('textDocument/publishDiagnostics', p => p.uri === uri);
        client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'citypact', version: 1, text: 'city X "x" { code 12 }\n' } });
        assert.ok((await published).diagnostics.some(d => d.code === 'division-code'));
        assert.equal(client.child.exitCode, null, client.stderr);
        assert.doesNotMatch(client.stderr, /no services for the extension/);
        assert.deepEqual(client.loggedErrors, []);
    });

    it('hover escapes & in labels (Markdown)', async () => {
        const ws = tempWorkspace({ 'citypact.json': '{}' });
        cleanup = ws.cleanup;
        client = startServer(ws.dir);
        await client.initialize(ws.dir);
        const uri = pathToFileURL(path.join(ws.dir, 'a.citypact')).toString();
        const text = 'city X "R&amp;D &#x202E; &lt;b&gt;" { code 120000 }\n';
        const published = client.waitFor<PublishParams>('textDocument/publishDiagnostics', p => p.uri === uri);
        client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'citypact', version: 1, text } });
        await published;
        const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 5 } }) as { contents: { value: string } };
        assert.match(hover.contents.value, /R\\&amp;D \\&\\#x202E; \\&lt;b\\&gt;/);
    });

    for (const [name, frame] of [
        ['a Content-Length that is not a number', 'Content-Length: abc\r\n\r\n{}'],
        ['a Content-Length shorter than the body', 'Content-Length: 5\r\n\r\n{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}'],
        ['a header without Content-Length', 'Content-Type: application/json\r\n\r\n{}'],
    ] as const) {
        it(`exits with a clear message on ${name} (instead of staying deaf)`, async () => {
            const child = spawn(process.execPath, [BIN, 'lsp', '--stdio']);
            let stderr = '';
            child.stderr.on('data', chunk => { stderr += chunk; });
            const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)));
            child.stdin.write(frame);
            const timer = setTimeout(() => child.kill(), 20_000);
            const code = await exited;
            clearTimeout(timer);
            assert.equal(code, 2, stderr);
            assert.match(stderr, /citypact lsp: malformed LSP input on stdin/);
            assert.doesNotMatch(stderr, /\n\s+at /);
        });
    }
});
