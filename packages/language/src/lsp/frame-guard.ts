/**
 * Watches the framing of the LSP messages arriving on stdin (issue 20). vscode-jsonrpc
 * 9's reader, on a header without a numeric Content-Length, reports an error and then
 * waits forever on the same bytes; a Content-Length that does not match the body
 * makes it read the next message from the middle of this one. Either way the server
 * stays up but deaf until stdin closes, and the editor shows a server that never
 * answers. The framing cannot be found again reliably (a body may contain anything
 * that looks like a header), so the server says why on stderr and exits with code 2
 * (docs/language.md §7: an I/O problem); an editor then restarts it, as it does after
 * a crash, and the user sees the reason in its output panel.
 *
 * The guard only reads along (a second 'data' listener sees the same chunks) and
 * keeps no body: for each message it checks the header and that the body looks like
 * one JSON object (`{` … `}`), which a misframed message never does.
 */
export interface FrameGuardOptions {
    /** Called once with the reason when the framing is lost. */
    onBroken(reason: string): void;
}

export class FrameGuard {
    private header = '';
    private remaining = -1;
    private first = -1;
    private last = -1;
    private broken = false;

    constructor(private readonly options: FrameGuardOptions) {}

    push(chunk: Buffer): void {
        let offset = 0;
        while (offset < chunk.length && !this.broken) {
            if (this.remaining < 0) {
                // Reading a header; headers are ASCII and short.
                const byte = chunk[offset++];
                this.header += String.fromCharCode(byte);
                if (this.header.length > 8192) return this.fail('a message header longer than 8 KB');
                if (this.header.endsWith('\r\n\r\n')) this.startBody();
            } else {
                const take = Math.min(this.remaining, chunk.length - offset);
                for (let i = offset; i < offset + take; i++) {
                    const byte = chunk[i];
                    if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d) continue;
                    if (this.first < 0) this.first = byte;
                    this.last = byte;
                }
                offset += take;
                this.remaining -= take;
                if (this.remaining === 0) this.endBody();
            }
        }
    }

    private startBody(): void {
        const lines = this.header.slice(0, -4).split('\r\n');
        this.header = '';
        let length: number | undefined;
        for (const line of lines) {
            const colon = line.indexOf(':');
            if (colon <= 0) return this.fail(`a header line without "name: value": ${JSON.stringify(line.slice(0, 80))}`);
            if (line.slice(0, colon).trim().toLowerCase() === 'content-length') {
                const value = line.slice(colon + 1).trim();
                if (!/^\d{1,10}$/.test(value)) return this.fail(`Content-Length is not a number: ${JSON.stringify(value.slice(0, 80))}`);
                length = Number(value);
            }
        }
        if (length === undefined) return this.fail('a message without a Content-Length header');
        this.remaining = length;
        this.first = this.last = -1;
        if (length === 0) this.endBody();
    }

    private endBody(): void {
        this.remaining = -1;
        if (this.first !== 0x7b || this.last !== 0x7d) {
            this.fail('a message body that is not one JSON object (its Content-Length does not match it)');
        }
    }

    private fail(reason: string): void {
        if (this.broken) return;
        this.broken = true;
        this.options.onBroken(reason);
    }
}

/**
 * Installs the guard on stdin when the server speaks over stdio (no --node-ipc,
 * --socket or --pipe argument), exiting with a clear line when the framing is lost.
 */
export function guardStdioFraming(argv = process.argv): void {
    if (argv.some(arg => /^--(node-ipc|socket|pipe)\b/.test(arg))) return;
    const guard = new FrameGuard({
        onBroken: reason => {
            process.stderr.write(`citypact lsp: malformed LSP input on stdin (${reason}); the message framing is lost, so the server stops (exit 2). The editor may restart it.\n`);
            process.exit(2);
        },
    });
    process.stdin.on('data', (chunk: Buffer | string) => guard.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk)));
}
