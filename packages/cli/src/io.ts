/** The process's streams and environment, passed in so tests can run commands in-process. */
export interface Io {
    stdout: NodeJS.WritableStream & { isTTY?: boolean };
    stderr: NodeJS.WritableStream;
    stdin: NodeJS.ReadableStream;
    env: NodeJS.ProcessEnv;
}

export const processIo: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };

/**
 * Colours only on a terminal, and never with NO_COLOR (https://no-color.org) —
 * unless FORCE_COLOR asks for them (CI logs that render ANSI colour are not
 * terminals). As in Node.js itself, FORCE_COLOR wins over NO_COLOR, and
 * FORCE_COLOR=0 (or "false") turns colour off even on a terminal.
 */
export function useColor(io: Io): boolean {
    const force = io.env.FORCE_COLOR;
    if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
    return Boolean(io.stdout.isTTY) && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '');
}

export async function readStdin(io: Io): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
    const { decodeSource } = await import('./files.js');
    return decodeSource(Buffer.concat(chunks), '<stdin>');
}
