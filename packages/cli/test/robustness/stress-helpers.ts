import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspResponseError, type StdioClient } from '../lsp-client.js';
import { REPO, tempWorkspace } from '../run-cli.js';

export interface Diagnostic {
    code: string;
    message: string;
    severity: number;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export interface PublishParams {
    uri: string;
    diagnostics: Diagnostic[];
}

/** A copy of an examples/ folder (with a citypact.json) in a temporary folder. */
export function exampleWorkspace(example: string, extra: Record<string, string | Buffer> = {}): { dir: string; cleanup: () => void; uri: (file: string) => string; text: (file: string) => string } {
    const source = path.join(REPO, 'examples', example);
    const files: Record<string, string | Buffer> = { 'citypact.json': '{}\n' };
    for (const name of fs.readdirSync(source)) files[name] = fs.readFileSync(path.join(source, name));
    const ws = tempWorkspace({ ...files, ...extra });
    return {
        ...ws,
        uri: file => pathToFileURL(path.join(ws.dir, file)).toString(),
        text: file => fs.readFileSync(path.join(ws.dir, file), 'utf8'),
    };
}

/** A small deterministic PRNG (mulberry32), so that every run sends the same edits. */
export function seededRandom(seed: number): (below: number) => number {
    let state = seed >>> 0;
    return below => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
    };
}

/** The LSP position just after the end of `text` (UTF-16 columns). */
export function endPosition(text: string): { line: number; character: number } {
    const lines = text.split('\n');
    return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** The LSP position of the first occurrence of `needle` (plus `delta` characters). */
export function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
    const offset = text.indexOf(needle);
    assert.ok(offset >= 0, `"${needle}" is not in the text`);
    return endPosition(text.slice(0, offset + delta));
}

/** Error codes that only say "this answer is no longer wanted": not failures. */
const EXPECTED_ERROR_CODES = new Set([
    -32800, // RequestCancelled
    -32801, // ContentModified
    -32802, // ServerCancelled
]);

/**
 * Waits until every request has been answered, each with a result or a cancellation
 * error; an internal error (-32603: a handler threw) or no answer in `timeoutMs` fails.
 */
export async function assertAllAnswered(responses: Array<Promise<unknown>>, timeoutMs: number): Promise<{ results: number; cancelled: number }> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`not every request was answered within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
        const settled = await Promise.race([Promise.allSettled(responses), timeout]);
        let results = 0;
        let cancelled = 0;
        for (const outcome of settled) {
            if (outcome.status === 'fulfilled') {
                // An error sent as a result (`{"code": -32800}`) is not an answer an editor can read.
                const value = outcome.value as { code?: unknown } | null;
                assert.ok(!(value && typeof value === 'object' && 'code' in value), `an error answered as a result: ${JSON.stringify(value)}`);
                results++;
                continue;
            }
            const error = outcome.reason as Error;
            assert.ok(error instanceof LspResponseError && EXPECTED_ERROR_CODES.has(error.error.code), `unexpected failure: ${error.message}`);
            cancelled++;
        }
        return { results, cancelled };
    } finally {
        clearTimeout(timer);
    }
}

/** Hover at a position, with the Markdown it shows (or '' for none). */
export async function hoverText(client: StdioClient, uri: string, position: { line: number; character: number }): Promise<string> {
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position }) as { contents?: { value?: string } } | null;
    return hover?.contents?.value ?? '';
}

/** The server process's resident memory in MB (Linux), or undefined elsewhere. */
export function residentMegabytes(pid: number): number | undefined {
    try {
        const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
        const kilobytes = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
        return kilobytes === undefined ? undefined : Number(kilobytes) / 1024;
    } catch {
        return undefined;
    }
}

/** The server has logged nothing at error level and is still running. */
export function assertServerHealthy(client: StdioClient): void {
    assert.deepEqual(client.loggedErrors, [], 'the server logged errors');
    assert.equal(client.child.exitCode, null, `the server exited:\n${client.stderr}`);
    assert.equal(client.child.signalCode, null, `the server was killed:\n${client.stderr}`);
}

/** About `bytes` of UTF-8: departments of Guangzhou, each with a 2 KB doc comment. */
export function bigFile(bytes: number): string {
    const doc = 'Shared bus and metro data for the Greater Bay Area, 大湾区交通数据共享. '.repeat(28);
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < bytes; i++) {
        const part = `/** ${doc} */\ndepartment D${i} "部门${i}" of Guangzhou\n`;
        parts.push(part);
        size += Buffer.byteLength(part);
    }
    return parts.join('');
}
