import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { BIN } from './run-cli.js';

/** A JSON-RPC error answered instead of a result (e.g. -32800 for a cancelled request). */
export interface ResponseError {
    code: number;
    message: string;
}

export class LspResponseError extends Error {
    constructor(readonly method: string, readonly error: ResponseError) {
        super(`${method} failed: ${error.code} ${error.message}`);
    }
}

/**
 * A minimal LSP client over stdio: Content-Length framing, requests (with
 * cancellation), notifications, and waiting for server notifications. Requests
 * from the server (client/registerCapability, workspace/configuration) are
 * acknowledged with `null`.
 */
export class StdioClient {
    private buffer = Buffer.alloc(0);
    private nextId = 1;
    private readonly pending = new Map<number, { method: string; resolve: (result: unknown) => void; reject: (error: Error) => void }>();
    private readonly listeners: Array<(method: string, params: unknown) => void> = [];
    /** Everything the server wrote to stderr (a crash leaves its stack here). */
    stderr = '';
    /** `window/logMessage` errors: the server's console.error, where Langium reports exceptions it caught. */
    readonly loggedErrors: string[] = [];

    constructor(readonly child: ChildProcessWithoutNullStreams) {
        child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
        child.stderr.on('data', (chunk: Buffer) => { this.stderr += chunk.toString('utf8'); });
        child.on('exit', code => {
            for (const { method, reject } of this.pending.values()) reject(new Error(`the server exited (${code}) before answering ${method}\n${this.stderr}`));
            this.pending.clear();
        });
    }

    /** Sends a request; `id` is available at once for `cancel`. */
    send(method: string, params: unknown): { id: number; response: Promise<unknown> } {
        const id = this.nextId++;
        const response = new Promise<unknown>((resolve, reject) => this.pending.set(id, { method, resolve, reject }));
        this.write({ jsonrpc: '2.0', id, method, params });
        return { id, response };
    }

    request(method: string, params: unknown): Promise<unknown> {
        return this.send(method, params).response;
    }

    cancel(id: number): void {
        this.notify('$/cancelRequest', { id });
    }

    notify(method: string, params: unknown): void {
        this.write({ jsonrpc: '2.0', method, params });
    }

    waitFor<T>(method: string, predicate: (params: T) => boolean, timeoutMs = 20_000): Promise<T> {
        return new Promise((resolve, reject) => {
            const listener = (m: string, params: unknown) => {
                if (m === method && predicate(params as T)) {
                    clearTimeout(timer);
                    this.listeners.splice(this.listeners.indexOf(listener), 1);
                    resolve(params as T);
                }
            };
            const timer = setTimeout(() => {
                this.listeners.splice(this.listeners.indexOf(listener), 1);
                reject(new Error(`timed out waiting for ${method}\n${this.stderr}`));
            }, timeoutMs);
            this.listeners.push(listener);
        });
    }

    /** `initialize` and `initialized` for one workspace folder. */
    async initialize(folder: string, capabilities: Record<string, unknown> = {}): Promise<{ capabilities: Record<string, unknown> }> {
        const rootUri = pathToFileURL(folder).toString();
        const result = await this.request('initialize', {
            processId: process.pid, rootUri, capabilities, workspaceFolders: [{ uri: rootUri, name: 'ws' }],
        });
        this.notify('initialized', {});
        return result as { capabilities: Record<string, unknown> };
    }

    private write(message: unknown): void {
        const body = JSON.stringify(message);
        this.child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    }

    private receive(chunk: Buffer): void {
        this.buffer = Buffer.concat([this.buffer, chunk]);
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
                if (message.error) pending.reject(new LspResponseError(pending.method, message.error as ResponseError));
                else pending.resolve(message.result);
            } else if ('id' in message && 'method' in message) {
                // A request from the server (e.g. client/registerCapability): acknowledge it.
                this.write({ jsonrpc: '2.0', id: message.id, result: null });
            } else {
                if (message.method === 'window/logMessage' && message.params?.type === 1) this.loggedErrors.push(String(message.params.message));
                for (const listener of [...this.listeners]) listener(message.method, message.params);
            }
        }
    }
}

/** `citypact lsp` (stdio, the default), started in `cwd`, with a client attached. */
export function startServer(cwd: string, execArgv: string[] = []): StdioClient {
    const child = spawn(process.execPath, [...execArgv, BIN, 'lsp'], { cwd });
    return new StdioClient(child);
}
