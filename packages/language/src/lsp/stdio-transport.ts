import { format } from 'node:util';
import type { Connection } from 'vscode-languageserver';
import {
    StreamMessageReader, StreamMessageWriter,
    type DataCallback, type Message, type MessageReader, type MessageWriter,
} from 'vscode-languageserver/node';

/**
 * The stdio transport of `citypact lsp`, the default (docs/language.md §7): editors
 * other than VS Code start exactly the command they are given, with no `--stdio`.
 *
 * vscode-languageserver's own stdio mode exits the moment stdin ends, before it has
 * answered what it read, so `printf '<initialize>' | citypact lsp` printed nothing.
 * Here the end of input lets the requests already read be answered first (at most
 * `drainMs`), then exits as the library would: 0 after `shutdown`, else 1.
 */
export function createStdioTransport(options: { input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream; drainMs?: number; exit?: (code: number) => void } = {}): {
    reader: MessageReader;
    writer: MessageWriter;
} {
    const exit = options.exit ?? ((code: number) => process.exit(code));
    const reader = new StreamMessageReader(options.input ?? process.stdin);
    const writer = new StreamMessageWriter(options.output ?? process.stdout);
    const unanswered = new Set<string | number>();
    let shutdownReceived = false;
    let inputEnded = false;
    let exiting = false;

    const exitWhenAnswered = () => {
        if (exiting || !inputEnded || unanswered.size > 0) return;
        exiting = true;
        // Let the last response leave the pipe before the process goes.
        (options.output ?? process.stdout).write('', () => exit(shutdownReceived ? 0 : 1));
    };
    const endOfInput = () => {
        if (inputEnded) return;
        inputEnded = true;
        exitWhenAnswered();
        // A request whose handler never answers must not keep a client-less server alive.
        setTimeout(() => { unanswered.clear(); exitWhenAnswered(); }, options.drainMs ?? 10_000).unref();
    };
    (options.input ?? process.stdin).on('end', endOfInput);
    (options.input ?? process.stdin).on('close', endOfInput);

    const countingReader: MessageReader = {
        onError: reader.onError,
        onClose: reader.onClose,
        onPartialMessage: reader.onPartialMessage,
        listen(callback: DataCallback) {
            return reader.listen(message => {
                if (isRequest(message)) {
                    unanswered.add(message.id);
                    if (message.method === 'shutdown') shutdownReceived = true;
                }
                callback(message);
            });
        },
        dispose: () => reader.dispose(),
    };
    const countingWriter: MessageWriter = {
        onError: writer.onError,
        onClose: writer.onClose,
        async write(message: Message) {
            await writer.write(message);
            if (isResponse(message)) {
                unanswered.delete(message.id!);
                exitWhenAnswered();
            }
        },
        end: () => writer.end(),
        dispose: () => writer.dispose(),
    };
    return { reader: countingReader, writer: countingWriter };
}

/**
 * On stdio, stdout belongs to the protocol: a stray console.log from any library
 * would corrupt it. As the library does for `--stdio`, console output goes to the
 * client's log (window/logMessage) instead.
 */
export function routeConsoleToClient(connection: Connection): void {
    const send = (level: 'log' | 'info' | 'warn' | 'error') => (...args: unknown[]) => connection.console[level](format(...args));
    console.log = send('log');
    console.info = send('info');
    console.debug = send('log');
    console.warn = send('warn');
    console.error = send('error');
}

function isRequest(message: Message): message is Message & { id: string | number; method: string } {
    const candidate = message as { id?: unknown; method?: unknown };
    return typeof candidate.method === 'string' && (typeof candidate.id === 'number' || typeof candidate.id === 'string');
}

function isResponse(message: Message): message is Message & { id: string | number | null } {
    const candidate = message as { id?: unknown; method?: unknown };
    return candidate.method === undefined && candidate.id !== undefined && candidate.id !== null;
}
