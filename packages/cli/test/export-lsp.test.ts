import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BIN, runCli, tempWorkspace } from './run-cli.js';

/**
 * `citypact/export` over a real `citypact lsp` process: proves the request is
 * registered and answers what `citypact export` writes. (A deliberately small JSON-RPC
 * client: requests and responses only; server requests are acknowledged.)
 */
function startServer(cwd: string): { child: ChildProcessWithoutNullStreams; request: (method: string, params: unknown) => Promise<any>; notify: (method: string, params: unknown) => void } {
    const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd, stdio: 'pipe' });
    const pending = new Map<number, (result: unknown) => void>();
    let buffer = Buffer.alloc(0);
    let nextId = 1;
    const send = (message: unknown) => {
        const body = JSON.stringify(message);
        child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    };
    child.stdout.on('data', (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
            const headerEnd = buffer.indexOf('\r\n\r\n');
            if (headerEnd < 0) return;
            const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1]);
            if (buffer.length < headerEnd + 4 + length) return;
            const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
            buffer = buffer.subarray(headerEnd + 4 + length);
            if ('id' in message && !('method' in message)) pending.get(message.id)?.(message.result ?? message.error);
            else if ('id' in message) send({ jsonrpc: '2.0', id: message.id, result: null });
        }
    });
    return {
        child,
        request: (method, params) => {
            const id = nextId++;
            send({ jsonrpc: '2.0', id, method, params });
            return new Promise(resolve => pending.set(id, resolve));
        },
        notify: (method, params) => send({ jsonrpc: '2.0', method, params }),
    };
}

const REGISTRY = 'department MedicalSecurity "上海市医疗保障局" of Shanghai\ndepartment MedicalSecurity "杭州市医疗保障局" of Hangzhou\n';
const AGREEMENT = (party: string) => `agreement Settlement "结算协议" {
  version 1.0.0
  effective 2024-01-01
  party Shanghai.MedicalSecurity
  party ${party}
}
`;

describe('citypact/export over the language server', function () {
    this.timeout(60_000);

    it('answers with the documents the CLI exports, and refuses a file with errors', async () => {
        const ws = tempWorkspace({ 'citypact.json': '{}', 'registry.citypact': REGISTRY, 'main.citypact': AGREEMENT('Hangzhou.MedicalSecurity') });
        const server = startServer(ws.dir);
        try {
            const rootUri = pathToFileURL(ws.dir).href;
            await server.request('initialize', { processId: process.pid, rootUri, capabilities: {}, workspaceFolders: [{ uri: rootUri, name: 'ws' }] });
            server.notify('initialized', {});
            const uri = pathToFileURL(path.join(ws.dir, 'main.citypact')).href;
            const text = fs.readFileSync(path.join(ws.dir, 'main.citypact'), 'utf8');
            server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'citypact', version: 1, text } });

            const result = await server.request('citypact/export', { uri, format: 'json' });
            assert.deepEqual(result.documents.map((d: { fileName: string }) => d.fileName), ['Settlement.json']);
            // One exporter: the server's bytes are the CLI's bytes.
            const cli = runCli(['export', 'main.citypact'], { cwd: ws.dir });
            assert.equal(cli.status, 0, cli.stderr);
            assert.equal(result.documents[0].content, JSON.stringify(JSON.parse(cli.stdout)[0], null, 2) + '\n');

            server.notify('textDocument/didChange', {
                textDocument: { uri, version: 2 },
                contentChanges: [{ text: AGREEMENT('Hangzhou.Nowhere') }],
            });
            const refused = await server.request('citypact/export', { uri, format: 'odrl' });
            assert.match(refused.error, /^main\.citypact has errors, so Settlement was not exported/);
        } finally {
            server.child.kill();
            ws.cleanup();
        }
    });
});
