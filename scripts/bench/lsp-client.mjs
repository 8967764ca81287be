// A minimal LSP client over stdio for the benchmark: Content-Length framing,
// requests, notifications, and a log of every server notification with the time it
// arrived. The same approach as packages/cli/test/lsp-client.ts, in plain JS so the
// benchmark needs no build step of its own.

import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export class BenchLspClient {
    constructor(command, args, options) {
        this.child = spawn(command, args, { ...options, stdio: ['pipe', 'pipe', 'pipe'] });
        this.buffer = Buffer.alloc(0);
        this.nextId = 1;
        this.pending = new Map();
        this.listeners = [];
        this.stderr = '';
        this.exited = new Promise(resolve => this.child.on('exit', code => {
            for (const { method, reject } of this.pending.values()) reject(new Error(`the server exited (${code}) before answering ${method}\n${this.stderr}`));
            this.pending.clear();
            resolve(code);
        }));
        this.child.stdout.on('data', chunk => this.receive(chunk));
        this.child.stderr.on('data', chunk => { this.stderr += chunk.toString('utf8'); });
    }

    request(method, params) {
        const id = this.nextId++;
        const response = new Promise((resolve, reject) => this.pending.set(id, { method, resolve, reject }));
        this.write({ jsonrpc: '2.0', id, method, params });
        return response;
    }

    notify(method, params) {
        this.write({ jsonrpc: '2.0', method, params });
    }

    /** Calls `listener(method, params, time)` for every notification until it returns true. */
    on(listener) {
        this.listeners.push(listener);
        return () => {
            const i = this.listeners.indexOf(listener);
            if (i >= 0) this.listeners.splice(i, 1);
        };
    }

    /** Resolves with `{ params, time }` of the first notification matching the predicate. */
    waitFor(method, predicate = () => true, timeoutMs = 600_000) {
        return new Promise((resolve, reject) => {
            const off = this.on((m, params, time) => {
                if (m === method && predicate(params)) {
                    off();
                    clearTimeout(timer);
                    resolve({ params, time });
                }
            });
            const timer = setTimeout(() => {
                off();
                reject(new Error(`timed out waiting for ${method}\n${this.stderr.slice(-2000)}`));
            }, timeoutMs);
        });
    }

    async initialize(folder, initializationOptions) {
        const rootUri = pathToFileURL(folder).toString();
        const result = await this.request('initialize', {
            processId: process.pid, rootUri, capabilities: {
                workspace: { workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: false } },
                textDocument: { synchronization: { didSave: true }, publishDiagnostics: {} },
            },
            workspaceFolders: [{ uri: rootUri, name: 'bench' }],
            initializationOptions,
        });
        this.notify('initialized', {});
        return result;
    }

    async shutdown() {
        try {
            await Promise.race([this.request('shutdown', null), new Promise(r => setTimeout(r, 5000))]);
            this.notify('exit', null);
        } catch { /* already gone */ }
        const timer = setTimeout(() => this.child.kill(), 10_000);
        await this.exited;
        clearTimeout(timer);
    }

    write(message) {
        const body = JSON.stringify(message);
        this.child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    }

    receive(chunk) {
        const time = performance.now();
        this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
        for (;;) {
            const headerEnd = this.buffer.indexOf('\r\n\r\n');
            if (headerEnd < 0) return;
            const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
            if (this.buffer.length < headerEnd + 4 + length) return;
            const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
            this.buffer = this.buffer.subarray(headerEnd + 4 + length);
            if ('id' in message && !('method' in message)) {
                const pending = this.pending.get(message.id);
                this.pending.delete(message.id);
                if (!pending) continue;
                if (message.error) pending.reject(new Error(`${pending.method} failed: ${message.error.message}`));
                else pending.resolve(message.result);
            } else if ('id' in message && 'method' in message) {
                // A request from the server (client/registerCapability, workspace/configuration): acknowledge it.
                this.write({ jsonrpc: '2.0', id: message.id, result: message.method === 'workspace/configuration' ? (message.params?.items ?? []).map(() => null) : null });
            } else {
                for (const listener of [...this.listeners]) listener(message.method, message.params, time);
            }
        }
    }
}
