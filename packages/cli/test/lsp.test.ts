import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as net from 'node:net';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { StdioClient } from './lsp-client.js';
import { BIN, tempWorkspace } from './run-cli.js';

interface PublishParams {
    uri: string;
    diagnostics: Array<{ code: string; message: string; range: { start: { line: number } } }>;
}

describe('citypact lsp (language server over stdio)', function () {
    this.timeout(60_000);
    let child: ChildProcessWithoutNullStreams | undefined;

    afterEach(() => {
        child?.kill();
        child = undefined;
    });

    it('initializes, loads the workspace, and publishes diagnostics with rule codes', async () => {
        const ws = tempWorkspace({
            'citypact.json': '{}',
            'registry.citypact': 'department Health "上海市卫生健康委员会" of Shanghai\n',
        });
        try {
            // Exactly as the docs and every editor start it: no transport flag.
            child = spawn(process.execPath, [BIN, 'lsp'], { cwd: ws.dir });
            const client = new StdioClient(child);
            const rootUri = pathToFileURL(ws.dir).toString();
            const init = await client.request('initialize', {
                processId: process.pid, rootUri, capabilities: {}, workspaceFolders: [{ uri: rootUri, name: 'ws' }],
            }) as { capabilities: Record<string, unknown> };
            assert.ok(init.capabilities.documentFormattingProvider, 'formatting is offered');
            client.notify('initialized', {});

            const file = path.join(ws.dir, 'agreement.citypact');
            const text = 'agreement A "a" {\n  version 1.0.0\n  effective 2024-01-01\n  party Shanghai.Health\n  party Shanghai.Nowhere\n}\n';
            fs.writeFileSync(file, text);
            const uri = pathToFileURL(file).toString();
            const published = client.waitFor<PublishParams>('textDocument/publishDiagnostics', p => p.uri === uri && p.diagnostics.length > 0);
            client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'citypact', version: 1, text } });
            const diagnostics = (await published).diagnostics;
            const unresolved = diagnostics.find(d => d.code === 'unresolved-reference');
            assert.ok(unresolved, JSON.stringify(diagnostics));
            assert.equal(unresolved.range.start.line, 4);
            assert.ok(diagnostics.every(d => typeof d.code === 'string' && d.code.length > 0));

            // The server survives broken text and answers again.
            const fixed = client.waitFor<PublishParams>('textDocument/publishDiagnostics', p => p.uri === uri && !p.diagnostics.some(d => d.code === 'unresolved-reference'));
            client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: '}}} "unterminated' }] });
            client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: text.replace('Shanghai.Nowhere', 'Beijing') }] });
            await fixed;
        } finally {
            ws.cleanup();
        }
    });

    it('reloads citypact.json when it changes: severities apply live and config problems show on the file', async () => {
        const text = 'agreement A "a" {\n  version 1.0.0\n  effective 2024-02-30\n  party Shanghai\n  party Beijing\n}\n';
        const ws = tempWorkspace({ 'citypact.json': '{}', 'a.citypact': text });
        try {
            child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: ws.dir });
            const client = new StdioClient(child);
            const rootUri = pathToFileURL(ws.dir).toString();
            await client.request('initialize', { processId: process.pid, rootUri, capabilities: {}, workspaceFolders: [{ uri: rootUri, name: 'ws' }] });
            client.notify('initialized', {});
            const uri = pathToFileURL(path.join(ws.dir, 'a.citypact')).toString();
            const configUri = pathToFileURL(path.join(ws.dir, 'citypact.json')).toString();
            const severityOf = (p: PublishParams) => (p.diagnostics as unknown as Array<{ code: string; severity: number }>).find(d => d.code === 'invalid-date')?.severity;
            const first = client.waitFor<PublishParams>('textDocument/publishDiagnostics', p => p.uri === uri && severityOf(p) === 1);
            client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'citypact', version: 1, text } });
            await first;

            const downgraded = client.waitFor<PublishParams>('textDocument/publishDiagnostics', p => p.uri === uri && severityOf(p) === 2);
            fs.writeFileSync(path.join(ws.dir, 'citypact.json'), '{ "rules": { "invalid-date": "warning" } }');
            client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
            await downgraded;

            const problems = client.waitFor<PublishParams>('textDocument/publishDiagnostics', p => p.uri === configUri && p.diagnostics.length > 0);
            fs.writeFileSync(path.join(ws.dir, 'citypact.json'), '{\n  "rules": { "invalid-dates": "off" }\n}');
            client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
            const configDiagnostics = (await problems).diagnostics;
            assert.match(configDiagnostics[0].message, /Unknown rule id "invalid-dates"/);
            assert.equal(configDiagnostics[0].range.start.line, 1);
        } finally {
            ws.cleanup();
        }
    });

    const frame = (message: unknown) => {
        const body = JSON.stringify(message);
        return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    };
    const initialize = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } };

    it('answers a piped initialize (printf … | citypact lsp), then exits 1 at the end of input without shutdown', () => {
        const result = spawnSync(process.execPath, [BIN, 'lsp'], { input: frame(initialize), encoding: 'utf8', timeout: 30_000 });
        assert.match(result.stdout, /^Content-Length: \d+\r\n\r\n\{"jsonrpc":"2\.0","id":1,"result":\{"capabilities"/);
        assert.equal(result.status, 1, result.stderr);
    });

    it('exits 0 after shutdown and exit, as a client ends a session', async () => {
        child = spawn(process.execPath, [BIN, 'lsp']);
        let stdout = '';
        const shutdownAnswered = new Promise<void>(resolve => child!.stdout.on('data', (chunk: Buffer) => {
            stdout += chunk.toString('utf8');
            if (/"id":2,"result":null/.test(stdout)) resolve();
        }));
        const exited = new Promise<number | null>(resolve => child!.on('exit', resolve));
        child.stdin.write(frame(initialize) + frame({ jsonrpc: '2.0', method: 'initialized', params: {} }) + frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' }));
        await shutdownAnswered;
        child.stdin.write(frame({ jsonrpc: '2.0', method: 'exit' }));
        assert.equal(await exited, 0);
        assert.match(stdout, /"id":1,"result":\{"capabilities"/);
    });

    it('connects to a client listening on --socket=N', async () => {
        const server = net.createServer();
        await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
        const port = (server.address() as net.AddressInfo).port;
        const answered = new Promise<string>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error('no answer over the socket')), 30_000);
            server.on('connection', socket => {
                let received = '';
                socket.on('data', chunk => {
                    received += chunk.toString('utf8');
                    if (/"id":1,"result"/.test(received)) {
                        clearTimeout(timer);
                        resolve(received);
                        socket.destroy();
                    }
                });
                socket.write(frame(initialize));
            });
        });
        child = spawn(process.execPath, [BIN, 'lsp', `--socket=${port}`]);
        try {
            assert.match(await answered, /"capabilities"/);
        } finally {
            server.close();
        }
    });
});
